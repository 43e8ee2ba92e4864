"""Search in a real browser: each edition searches its own language only."""
import pytest

from scripts.search_eval import open_search, run_query


@pytest.mark.parametrize("lang,path,query", [("en", "en/", "Politburo"), ("vi", "", "Bộ Chính trị")])
def test_results_are_pages_of_the_edition_being_read(page, served_site, lang, path, query):
    open_search(page, served_site + path)
    pages = run_query(page, served_site, query).pages
    assert pages, f"no results for {query!r}"
    in_english = [p.startswith("en/") for p in pages]
    assert all(in_english) if lang == "en" else not any(in_english), pages
