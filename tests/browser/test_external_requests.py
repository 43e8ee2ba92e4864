"""Zero external requests: every page of the built site, served on 127.0.0.1 and as the offline bundle from
file://, loads with every other host blocked, and fails on any request that leaves, any console error and
any failed request."""
import pathlib

from scripts.tools.browser import RequestGuard


def every_page(site: pathlib.Path) -> list[str]:
    """Every HTML page of a built site, as a path inside it (`thuat-ngu/index.html`, `404.html`, ...)."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def problems_on(browser, allowed: str, urls: list[str]) -> dict[str, list[str]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    guard = RequestGuard(allowed)
    guard.attach(context)
    page = context.new_page()
    guard.watch(page)
    found = {}
    for url in urls:
        problems = guard.load(page, url)
        if problems:
            found[url] = problems
    context.close()
    return found


def test_every_served_page_asks_nothing_of_another_host(browser, site, served_site):
    pages = every_page(site)
    assert len(pages) > 100
    urls = [served_site + (p[: -len("index.html")] if p.endswith("index.html") else p) for p in pages]
    assert problems_on(browser, served_site, urls) == {}


def test_every_page_of_the_offline_bundle_asks_nothing_of_any_host(browser, offline_site):
    pages = every_page(offline_site)
    assert len(pages) > 100
    urls = [(offline_site / p).as_uri() for p in pages]
    assert problems_on(browser, "file://", urls) == {}


def test_the_check_catches_a_request_that_leaves_a_console_error_and_a_failed_request(browser, tmp_path):
    page = tmp_path / "leaky.html"
    page.write_text('<!doctype html><html lang="en"><title>leaky</title>'
                    '<img src="http://example.invalid/pixel.png" alt="">'
                    '<script src="missing.js"></script><script>console.error("boom")</script></html>',
                    encoding="utf-8")
    found = problems_on(browser, "file://", [page.as_uri()])[page.as_uri()]
    assert "request to another place: http://example.invalid/pixel.png" in found
    assert "console error: boom" in found
    assert any(p.startswith("failed request: ") and p.split()[2].endswith("/missing.js") for p in found), found
