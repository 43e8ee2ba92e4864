"""The Content-Security-Policy in Chromium: the site works under it (search, palette, reading settings,
finder, language switch: no violation), and on the hostile copy (tests/conftest.py: a payload in every
prose value, an inline script and an inline event handler pasted into a page body) the injected code never
runs, each attempt is reported as a violation, and the payload shows as text."""
import pytest

from scripts.tools.local_server import serve
from scripts.tools.search_eval import open_search, run_query
from tests.conftest import hostile_site_url

# Collected from the first moment of every page: the policy's violation reports
WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(
  {directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample}));
"""


def watched(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(WATCH)
    return context, context.new_page()


def violations(page) -> list[dict]:
    return page.evaluate("() => window.__violations")


def test_the_site_works_under_its_policy(browser, served_site):
    context, page = watched(browser)
    open_search(page, served_site)
    assert run_query(page, served_site, "21-KL/TW").pages[0] == "van-ban/ket-luan-21-kl-tw-2021/"
    page.goto(served_site + "van-ban/tra-cuu/")
    page.fill("input[name=find]", "37")
    page.wait_for_function("() => document.querySelectorAll('.document-finder tbody tr:not([hidden])').length >= 1")
    scheme = page.evaluate("() => document.body.dataset.mdColorScheme")
    page.locator("form[data-md-component=palette] label:not([hidden])").first.click()
    page.wait_for_function(f"() => document.body.dataset.mdColorScheme !== {scheme!r}")
    page.goto(served_site + "thuat-ngu/")
    for button in page.locator(".reading-controls button").all()[:3]:
        button.click()
    page.goto(served_site + "chien-dich/dong-thoi-gian/")
    page.goto(served_site + "en/")
    assert violations(page) == []
    context.close()


def test_each_page_kind_loads_without_a_violation(browser, served_site):
    context, page = watched(browser)
    for path in ["", "van-ban/quy-dinh-37-qd-tw-2021/", "tai-lieu-hoc-tap/so-tay/", "du-lieu/", "nguon/",
                 "en/van-ban/ket-luan-21-kl-tw-2021/", "no-such-page/"]:
        page.goto(served_site + path)
        page.wait_for_load_state("load")
        assert violations(page) == [], path
    context.close()


@pytest.fixture(scope="module")
def hostile_served(hostile_project, site_url):
    port = int(hostile_site_url(site_url).rsplit(":", 1)[1].strip("/"))
    with serve(hostile_project / "site", port) as url:
        yield url


def test_injected_inline_script_and_handler_never_run(browser, hostile_served):
    context, page = watched(browser)
    page.goto(hostile_served + "van-ban/quy-dinh-37-qd-tw-2021/")
    page.wait_for_load_state("load")
    page.wait_for_function("() => window.__violations.length >= 2")
    assert page.evaluate("() => window.__injected") is None
    directives = sorted(v["directive"] for v in violations(page))
    assert "script-src-elem" in directives and "script-src-attr" in directives
    # the site's own scripts still run: Material's bundle has set up the page, ours the reading settings
    assert page.evaluate("() => document.documentElement.hasAttribute('data-text-size')")
    assert page.locator(".md-search__input").count() == 1
    context.close()
    # the control: without the policy, the same page runs the injected code
    unguarded = browser.new_context(bypass_csp=True)
    page = unguarded.new_page()
    page.goto(hostile_served + "van-ban/quy-dinh-37-qd-tw-2021/")
    page.wait_for_function("() => window.__injected !== undefined")
    unguarded.close()


def test_the_payload_shows_as_text_in_the_header_and_the_page(browser, hostile_served):
    from scripts.tools.hostile_content import PAYLOAD

    context, page = watched(browser)
    page.goto(hostile_served + "van-ban/quy-dinh-37-qd-tw-2021/")
    assert PAYLOAD in page.title()
    header = page.locator(".md-header__topic").last.inner_text()
    assert " ".join(PAYLOAD.split()) in " ".join(header.split())
    assert PAYLOAD in page.locator("article").inner_text()
    assert page.evaluate("() => window.__injected") is None
    context.close()
