"""The offline bundle (python3.11 scripts/cli.py offline) in Chromium from file://: search and navigation and
the language switch work in both languages."""
import pytest

from scripts.tools.search_eval import open_search, run_query


@pytest.mark.parametrize("home,query,expected", [
    ("index.html", "dang vien", None),
    ("index.html", "KL 21", "van-ban/ket-luan-21-kl-tw-2021.html"),
    ("en/index.html", "KL 21", "en/van-ban/ket-luan-21-kl-tw-2021.html"),
    ("en/index.html", "dang vien", None),
])
def test_search_works_from_file_in_both_languages(page, offline_site, home, query, expected):
    base = offline_site.as_uri() + "/"
    open_search(page, base + home)
    # from file:// Material's worker is the iframe shim, and the query rewriter has patched it
    assert page.evaluate("() => window.Worker === window.IFrameWorker && IFrameWorker.prototype.__searchQueryPatched")
    pages = run_query(page, base, query).pages
    assert pages, f"no results for {query!r} from {home}"
    assert all(p.startswith("en/") == home.startswith("en/") for p in pages), pages
    if expected:
        assert pages[0] == expected, pages


def switch_language(page, lang):
    page.hover(".md-select:has(a[hreflang]) > button")  # the language selector opens on hover or focus
    page.click(f"a.md-select__link[hreflang={lang}]")
    page.wait_for_load_state()


def test_navigation_and_language_switch_from_file(page, offline_site):
    base = offline_site.as_uri() + "/"
    page.goto(base + "en/thuat-ngu.html")
    switch_language(page, "vi")
    assert page.url == base + "thuat-ngu.html"
    assert page.evaluate("document.documentElement.lang") == "vi"
    page.click(".md-tabs__link >> nth=0")  # the first tab: the home page
    page.wait_for_load_state()
    assert page.url == base + "index.html"
    switch_language(page, "en")
    assert page.url == base + "en/index.html"
    page.click("a.md-tabs__link[href$='van-ban/index.html']")
    page.wait_for_load_state()
    assert page.url == base + "en/van-ban/index.html" and page.title().startswith("Documents")
