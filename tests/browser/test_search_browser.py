"""Search in a real browser: each edition searches its own language only."""
import pytest

from scripts.tools.search_eval import open_search, run_query


@pytest.mark.parametrize("lang,path,query", [("en", "en/", "Politburo"), ("vi", "", "Bộ Chính trị")])
def test_results_are_pages_of_the_edition_being_read(page, served_site, lang, path, query):
    open_search(page, served_site + path)
    pages = run_query(page, served_site, query).pages
    assert pages, f"no results for {query!r}"
    in_english = [p.startswith("en/") for p in pages]
    assert all(in_english) if lang == "en" else not any(in_english), pages


def test_the_index_is_fetched_only_when_the_reader_opens_the_search(page, served_site):
    """A reader who never searches does not download the index; focusing the search field fetches it."""
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(served_site + "van-ban/")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    assert not [url for url in requested if "search_index" in url]
    open_search(page, served_site + "van-ban/")
    assert [url for url in requested if url.endswith("/search/search_index.json")]
    assert run_query(page, served_site, "21-KL/TW").pages[0] == "van-ban/ket-luan-21-kl-tw-2021/"


@pytest.mark.parametrize("query", ["đảng viên", "tự soi, tự sửa", "hội nghị tự phê bình và phê bình", "dang vien"])
def test_each_matched_word_is_marked_once_and_no_markup_shows(page, served_site, query):
    """A word with diacritics is indexed twice at the same position (as written and folded), so a query with
    diacritics matches both; the results must still mark it once: no <mark> in another, no broken tag
    (Material's highlighter, given a position twice, put "ark>" before every such word)."""
    open_search(page, served_site)
    assert run_query(page, served_site, query).pages
    found = page.evaluate("""() => { const list = document.querySelector('.md-search-result__list');
        return {marks: list.querySelectorAll('mark').length, nested: list.querySelectorAll('mark mark').length,
                names: [...new Set([...list.querySelectorAll('*')].map(e => e.localName))], text: list.textContent}; }""")
    assert found["marks"] > 0
    assert found["nested"] == 0
    assert all(name.isalnum() for name in found["names"]), found["names"]
    assert "k>" not in found["text"] and "<m" not in found["text"]


def test_a_query_leaves_the_index_as_it_found_it(page, served_site):
    """Marking each word once must not change the index itself: a no-diacritics query highlights as many
    words after a query with diacritics as before it (changed in place, the positions left the index's
    postings, and "dang vien" lost about half its marks after "đảng viên")."""
    marks = "() => document.querySelectorAll('.md-search-result__list mark').length"
    open_search(page, served_site)
    run_query(page, served_site, "dang vien")
    before = page.evaluate(marks)
    run_query(page, served_site, "đảng viên")
    run_query(page, served_site, "dang vien")
    assert before > 0
    assert page.evaluate(marks) == before
