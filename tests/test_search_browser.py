"""Search in a real browser: each edition searches its own language only."""
import pytest


def search(page, url, query):
    page.goto(url)
    page.click("input.md-search__input")
    page.fill("input.md-search__input", query)
    page.wait_for_selector(".md-search-result__item a", timeout=15000)
    return [a.get_attribute("href") for a in page.query_selector_all(".md-search-result__item > a")]


@pytest.mark.parametrize("lang,path,query", [("en", "en/", "Politburo"), ("vi", "", "Bộ Chính trị")])
def test_results_are_pages_of_the_edition_being_read(page, served_site, lang, path, query):
    links = search(page, served_site + path, query)
    assert links, f"no results for {query!r}"
    absolute = [page.evaluate("href => new URL(href, document.baseURI).href", href) for href in links]
    in_english = [href.startswith(served_site + "en/") for href in absolute]
    assert all(in_english) if lang == "en" else not any(in_english), absolute
