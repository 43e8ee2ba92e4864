"""A 390 px phone (issue 19): every page of the built site, in both languages, at the default and at the largest
text size (A+ three times): the page is never wider than the screen, nothing sticks out past its right edge
but inside a box that scrolls sideways, the header keeps its title and buttons on screen, and table text is as
large as the text around it. The print button is on every page, a real button with a name, reachable by
keyboard, gone on paper; the diagrams' text grows with the text size.

One browser and one tab per text size, reused from page to page; every page of the site is checked, the 404
page included, and the handbook print view too (it holds every other page once more: it is the slowest).
"""
import pathlib

import pytest

from scripts.common.labels import languages, text

PHONE = {"width": 390, "height": 844}
LARGEST = "3"  # the largest step of overrides/assets/javascripts/reading-controls.js
SIZE_KEY = "reading.text-size"
PRINT_BUTTON = ".page-print"

# What sticks out: the page's width, every element past the right edge outside a box that scrolls sideways
# (overflow-x auto or scroll, itself on screen), a table that has to be scrolled sideways (axe: a scrollable
# region a keyboard cannot reach), the header's title squeezed out, table cells in smaller text than the text
# around them (the article's, or the box's the table sits in: an admonition's text is smaller).
LAYOUT_PROBLEMS = """() => {
  const width = window.innerWidth, problems = [];
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  const scrollsSideways = (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  if (document.documentElement.scrollWidth > width) {
    problems.push(`page ${document.documentElement.scrollWidth} px wide`);
  }
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.right <= width + 0.5 || (box.width === 0 && box.height === 0)) continue;
    let scroller = el.parentElement;
    while (scroller && scroller !== document.body && !scrollsSideways(scroller)) scroller = scroller.parentElement;
    if (scroller && scroller !== document.body && scroller.getBoundingClientRect().right <= width + 0.5) continue;
    problems.push(`${name(el)} reaches ${Math.round(box.right)} px`);
    if (problems.length > 8) break;
  }
  for (const box of document.querySelectorAll('article :is(table, .md-typeset__scrollwrap)')) {
    if (box.scrollWidth > box.clientWidth + 1) {  // a region to scroll, which a keyboard cannot reach
      problems.push(`${name(box)} scrolls sideways: ${box.scrollWidth} px in ${box.clientWidth} px`);
    }
  }
  const title = document.querySelector('.md-header__title');
  if (title && title.getBoundingClientRect().width < 60) problems.push('header title squeezed out');
  for (const cell of document.querySelectorAll('article :is(td, th)')) {
    if (!cell.getClientRects().length) continue;  // a stacked table's header row, a row the finder hides
    const around = cell.closest('.admonition, details, article');
    const size = parseFloat(getComputedStyle(cell).fontSize), body = parseFloat(getComputedStyle(around).fontSize);
    if (size + 0.05 < body) {
      problems.push(`table text ${size} px in ${name(around)} of ${body} px: ${cell.textContent.trim().slice(0, 30)}`);
      break;
    }
  }
  return problems;
}"""

PRINT_BUTTON_SHOWN = f"""() => {{ const buttons = document.querySelectorAll('{PRINT_BUTTON}');
  return buttons.length === 1 && buttons[0].checkVisibility({{visibilityProperty: true}}); }}"""

# The drawing shown: the rendered size of its first text (font size in drawing units times the drawing's
# scale on screen) and its right edge
SVG_TEXT = """(selector) => {
  const svg = [...document.querySelectorAll(selector)].find((s) => s.getClientRects().length);
  const box = svg.getBoundingClientRect(), size = svg.querySelector('text').getAttribute('font-size');
  return [parseFloat(size) * box.width / svg.viewBox.baseVal.width, box.right];
}"""
BODY_PX = "() => parseFloat(getComputedStyle(document.querySelector('article')).fontSize)"


def site_pages(site: pathlib.Path) -> list[str]:
    """Every page of the built site as a URL path: `''`, `van-ban/x/`, `en/...`, and `404.html`."""
    pages = [p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")]
    return sorted("" if p == "." else p + "/" for p in pages) + ["404.html"]


def phone_tab(browser, size: str):
    """A tab on a phone-sized screen with the reader's text size stored before any page loads;
    window.print() only counted (the print dialog is not the test's business)."""
    # not Playwright's is_mobile: a phone's browser zooms out to show a page wider than the screen, and then
    # reports that width as window.innerWidth, so the page would always seem to fit
    context = browser.new_context(viewport=PHONE, device_scale_factor=1)
    store = f"localStorage.setItem('{SIZE_KEY}', '{size}')" if size != "0" else f"localStorage.removeItem('{SIZE_KEY}')"
    context.add_init_script(f"try {{ {store} }} catch (e) {{}}\n"
                            "window.print = () => { window.printed = (window.printed || 0) + 1; };")
    return context, context.new_page()


@pytest.mark.parametrize("size", ["0", LARGEST])
def test_no_page_is_wider_than_a_phone_and_tables_keep_the_text_size(browser, site, served_site, size):
    pages = site_pages(site)
    assert len(pages) > 100 and "en/" in pages and "van-ban/tra-cuu/" in pages
    context, tab = phone_tab(browser, size)
    found = {}
    try:
        for path in pages:
            tab.goto(served_site + path, wait_until="domcontentloaded")  # after the deferred scripts
            assert tab.evaluate("[document.documentElement.dataset.textSize, window.innerWidth]") == [size, 390], path
            problems = tab.evaluate(LAYOUT_PROBLEMS)
            if path != "404.html" and not tab.evaluate(PRINT_BUTTON_SHOWN):
                problems.append("no print button to see")
            if problems:
                found[path] = problems
    finally:
        context.close()
    assert found == {}, "\n".join(f"{path}: {problems}" for path, problems in found.items())


@pytest.mark.parametrize("lang", languages())
def test_the_print_button_is_a_named_button_reached_by_keyboard_and_never_printed(browser, served_site, lang):
    context, tab = phone_tab(browser, "0")
    try:
        tab.goto(served_site + ("" if lang == "vi" else f"{lang}/") + "tai-lieu-hoc-tap/noi-dung-1/", wait_until="load")
        named = tab.get_by_role("button", name=text("print_page", lang), exact=True)
        assert named.count() == 1 and named.evaluate("(b) => b.matches('" + PRINT_BUTTON + "')")
        for _ in range(80):  # Tab from the top of the page until the button has the focus
            tab.keyboard.press("Tab")
            if tab.evaluate(f"document.activeElement.matches('{PRINT_BUTTON}')"):
                break
        else:
            pytest.fail("the print button is not reached with Tab")
        tab.keyboard.press("Enter")
        assert tab.evaluate("window.printed") == 1
        tab.emulate_media(media="print")
        assert tab.evaluate(f"getComputedStyle(document.querySelector('{PRINT_BUTTON}')).display") == "none"
        tab.emulate_media(media="screen")
    finally:
        context.close()


def test_the_print_button_waits_for_its_script(browser, served_site):
    """Without JavaScript there is nothing to call window.print(): no button to see or to reach."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(served_site, wait_until="load")
        button = tab.locator(PRINT_BUTTON)
        assert button.count() == 1 and not button.is_visible()
        assert tab.get_by_role("button", name=text("print_page", "vi")).count() == 0
    finally:
        context.close()


@pytest.mark.parametrize("path, selector", [("van-ban/ket-luan-21-kl-tw-2021/", "figure.relation-diagram svg"),
                                            ("en/chien-dich/dong-thoi-gian/", "figure.timeline-chart svg")])
def test_the_diagrams_text_grows_with_the_text_size(browser, served_site, path, selector):
    """At 390 px the drawing fills the column at every size: its text grows only if it is laid out again."""
    text_px, body_px = {}, {}
    for size in ("0", "1", "2", LARGEST):
        context, tab = phone_tab(browser, size)
        try:
            tab.goto(served_site + path, wait_until="load")
            (text_px[size], right), body_px[size] = tab.evaluate(SVG_TEXT, selector), tab.evaluate(BODY_PX)
            assert right <= PHONE["width"], size
        finally:
            context.close()
    assert body_px[LARGEST] / body_px["0"] == pytest.approx(1.5, abs=0.01)
    assert text_px["0"] < text_px["1"] < text_px["2"] < text_px[LARGEST], text_px  # grows at every step
    assert text_px[LARGEST] / text_px["0"] >= 0.85 * body_px[LARGEST] / body_px["0"], (text_px, body_px)
