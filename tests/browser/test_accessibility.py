"""Accessibility (WCAG 2.1 AA): axe-core on every page type in both languages (and with the reader's
settings: dark scheme, high contrast, large text), Lighthouse on the four page types the site is judged by,
and the reading controls (text size, high contrast): keyboard reachable, visible focus, remembered across
pages, print unchanged."""
import pytest

from scripts.tools.browser import LIGHTHOUSE_PAGES, PAGE_TYPES, VIETNAMESE_ONLY, Lighthouse, axe, serious
from scripts.tools.local_server import serve

READING_BUTTON = ".reading-controls button.md-header__button"


@pytest.fixture(scope="module")
def lighthouse_run(served_site, npm_tools, tmp_path_factory):
    """Lighthouse over the eight pages, plus a broken page (served by a server of its own) to show that the
    audits can fail; started in the background with the first axe check, collected by the Lighthouse tests."""
    folder = tmp_path_factory.mktemp("lighthouse")
    (folder / "broken.html").write_text('<!doctype html><html><head><title>x</title></head><body>'
                                        '<p style="color:#ccc">faint</p><img src="missing.png"></body></html>',
                                        encoding="utf-8")
    with serve(folder) as broken_base:
        broken = broken_base + "broken.html"
        urls = [served_site + prefix + path for prefix in ("", "en/") for path in LIGHTHOUSE_PAGES.values()]
        run = Lighthouse(urls + [broken])
        yield run, urls, broken
        run.stop()


@pytest.fixture
def axe_page(browser, npm_tools, lighthouse_run):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def dark_scheme(page):
    """Material's dark scheme, as its toggle sets it (on <body>), without the colour transitions that would
    have axe measure colours halfway."""
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_axe_finds_no_serious_violation_on_any_page_type(axe_page, served_site, lang):
    found = {}
    for kind, path in {**PAGE_TYPES, **(VIETNAMESE_ONLY if lang == "vi" else {})}.items():
        response = axe_page.goto(served_site + ("en/" if lang == "en" else "") + path)
        assert response.ok, f"{kind}: {response.url} answers {response.status}"
        problems = serious(axe(axe_page))
        if problems:
            found[f"{kind} ({lang}/{path})"] = problems
    assert found == {}


@pytest.mark.parametrize("setting", ["dark scheme", "high contrast, largest text", "high contrast, dark scheme"])
def test_axe_finds_no_serious_violation_with_the_readers_settings(axe_page, served_site, setting):
    axe_page.goto(served_site)
    if "high contrast" in setting:
        axe_page.evaluate("readingControls.act('contrast')")
    if "largest" in setting:
        axe_page.evaluate("for (let i = 0; i < 4; i++) readingControls.act('larger')")
    found = {}
    for kind in ("home", "document", "study guide"):
        for prefix in ("", "en/"):
            axe_page.goto(served_site + prefix + PAGE_TYPES[kind])
            if "dark" in setting:
                dark_scheme(axe_page)
            problems = serious(axe(axe_page))
            if problems:
                found[f"{kind} ({prefix}{PAGE_TYPES[kind]})"] = problems
    assert found == {}


def test_axe_reports_a_page_that_breaks_the_rules(axe_page, tmp_path):
    page = tmp_path / "bad.html"
    page.write_text('<!doctype html><html><title>bad</title><body><main>'
                    '<p style="color:#bbb;background:#fff">faint</p><img src="x.png"><button></button>'
                    '</main></body></html>', encoding="utf-8")
    axe_page.goto(page.as_uri())
    found = " ".join(serious(axe(axe_page)))
    for rule in ("color-contrast", "image-alt", "button-name", "html-has-lang"):
        assert rule in found


def test_lighthouse_scores_100_on_home_document_index_and_study_guide_in_both_languages(lighthouse_run):
    run, urls, _ = lighthouse_run
    report = run.result()
    below = {url: {"scores": report[url]["scores"], "failing": report[url]["failing"]} for url in urls
             if report[url]["runtimeError"] or any(score != 1 for score in report[url]["scores"].values())}
    assert below == {}


def test_lighthouse_fails_a_broken_page(lighthouse_run):
    run, _, broken = lighthouse_run
    report = run.result()
    failing = {audit["id"] for audit in report[broken]["failing"]}
    assert report[broken]["scores"]["accessibility"] < 1 and report[broken]["scores"]["seo"] < 1
    assert {"html-has-lang", "image-alt", "meta-description"} <= failing


# --- The reading controls -------------------------------------------------------------------------

def root_state(page):
    return page.evaluate("""() => ({size: document.documentElement.getAttribute('data-text-size'),
        contrast: document.documentElement.getAttribute('data-contrast'),
        fontSize: parseFloat(getComputedStyle(document.documentElement).fontSize)})""")


def test_reading_controls_are_reached_by_keyboard_with_a_visible_focus(page, served_site):
    page.goto(served_site + "van-ban/ket-luan-21-kl-tw-2021/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement === document.querySelector('{READING_BUTTON}')"):
            break
    else:
        pytest.fail("Tab never reached the reading controls")
    ring = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                         " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }")
    assert ring[0] != "none" and ring[1] >= 2
    assert page.is_visible("[data-reading=larger]")  # the panel opens on focus
    before = root_state(page)["fontSize"]
    for action in ("smaller", "default", "larger"):  # the next stops: A−, A, A+
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.dataset.reading") == action
    page.keyboard.press("Enter")
    state = root_state(page)
    assert state["size"] == "1" and state["fontSize"] == pytest.approx(before * 1.15, rel=0.01)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.reading") == "contrast"
    page.keyboard.press("Space")
    assert root_state(page)["contrast"] == "high"
    assert page.get_attribute("[data-reading=contrast]", "aria-pressed") == "true"


def test_reading_choices_are_remembered_across_pages_and_languages(page, served_site):
    page.goto(served_site)
    assert root_state(page) == {"size": "0", "contrast": None, "fontSize": pytest.approx(20)}
    page.evaluate("readingControls.act('larger'); readingControls.act('larger'); readingControls.act('contrast')")
    page.goto(served_site + "en/thuat-ngu/")
    assert root_state(page)["size"] == "2" and root_state(page)["contrast"] == "high"
    assert page.get_attribute("[data-reading=contrast]", "aria-pressed") == "true"
    page.click(READING_BUTTON)
    page.click("[data-reading=default]")
    page.goto(served_site + "thuat-ngu/")
    assert root_state(page)["size"] == "0" and root_state(page)["contrast"] == "high"
    page.focus("[data-reading=smaller]")  # the panel stays open while focus is inside it
    page.click("[data-reading=smaller]")
    assert root_state(page)["size"] == "-1"
    assert page.get_attribute("[data-reading=smaller]", "aria-disabled") == "true"  # the smallest size
    page.click("[data-reading=smaller]", force=True)
    assert root_state(page)["size"] == "-1"


PRINTED = """() => { const q = (s) => getComputedStyle(document.querySelector(s));
    return {root: q('html').fontSize, text: q('.md-typeset').color, size: q('.md-typeset').fontSize,
            link: q('.md-typeset a').color, body: q('body').backgroundColor}; }"""


def test_print_is_the_same_whatever_the_reader_chose(browser, served_site):
    looks = []
    for choose in (False, True):
        context = browser.new_context()
        page = context.new_page()
        page.goto(served_site + "tai-lieu-hoc-tap/noi-dung-1/")
        if choose:
            page.evaluate("readingControls.act('larger'); readingControls.act('larger'); readingControls.act('contrast')")
            assert root_state(page)["fontSize"] > 20
        page.emulate_media(media="print")
        looks.append(page.evaluate(PRINTED))
        context.close()
    assert looks[0] == looks[1]
