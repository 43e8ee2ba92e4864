"""Small things a reader notices, on a phone (390 px wide, touch): an abbreviation explained on a tap and on
keyboard focus, the language menu marking the language being read and keeping the reader's place, the
timeline's jump to the peaks of 2022. The builders are tested in tests/unit (test_abbreviations.py,
test_diagrams.py)."""
import pytest

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
TIP = """() => { const tip = document.getElementById('abbr-tip');
    if (!tip || tip.hidden) return null;
    const box = tip.getBoundingClientRect(), owner = document.querySelector('[aria-describedby="abbr-tip"]');
    return {text: tip.textContent, role: tip.getAttribute('role'), left: box.left, right: box.right,
            visible: box.width > 0 && box.height > 0, owner: owner && owner.title}; }"""
PLACE = """() => { let best = null, top = -Infinity;
    document.querySelectorAll('.md-content :is(h2, h3, h4, h5, h6)[id]').forEach(h => {
      const y = h.getBoundingClientRect().top; if (y <= innerHeight / 5 && y >= top) { best = h; top = y; } });
    return best && best.id; }"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    tab = context.new_page()
    errors = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert errors == []


# --------------------------------------------------------------------------------------------------
# Abbreviations


def test_a_tap_on_an_abbreviation_shows_its_meaning_and_a_tap_elsewhere_hides_it(phone, served_site):
    phone.goto(served_site + "van-ban/ke-hoach-66-kh-hu-2022/")
    abbreviation = phone.locator("article abbr[title]", has_text="HU").first
    abbreviation.tap()
    tip = phone.evaluate(TIP)
    assert tip is not None, "a tap showed nothing"
    assert tip["text"] == "Huyện ủy (district Party Committee)" == tip["owner"] and tip["role"] == "tooltip"
    assert tip["visible"] and tip["left"] >= 0 and tip["right"] <= 390  # on the screen, however long
    phone.touchscreen.tap(195, 700)
    assert phone.evaluate(TIP) is None


def test_keyboard_focus_on_an_abbreviation_shows_its_meaning_and_escape_hides_it(phone, served_site):
    phone.goto(served_site + "en/van-ban/quy-dinh-37-qd-tw-2021/")
    for _ in range(80):  # tab through the page until an abbreviation has the focus
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.localName") == "abbr":
            break
    else:
        pytest.fail("no abbreviation takes the keyboard focus")
    tip = phone.evaluate(TIP)
    assert tip is not None and tip["text"] == phone.evaluate("document.activeElement.title")
    phone.keyboard.press("Escape")
    assert phone.evaluate(TIP) is None


def test_a_page_sets_nothing_up_for_its_abbreviations_until_one_is_used(phone, served_site):
    phone.goto(served_site + "van-ban/ke-hoach-66-kh-hu-2022/")
    assert phone.evaluate("document.getElementById('abbr-tip')") is None
    assert phone.evaluate("document.querySelectorAll('abbr[aria-describedby]').length") == 0


# --------------------------------------------------------------------------------------------------
# Language menu


def open_language_menu(phone):
    phone.locator(".md-select:has(a[hreflang]) > button").click()


def switch_language(phone, lang):
    """From the keyboard: Playwright's click or tap would first scroll the opening menu "into view", and with
    it the page, now and then (a reader's tap scrolls nothing)."""
    link = phone.locator(f"a.md-select__link[hreflang={lang}]")
    link.focus()
    link.press("Enter")
    phone.wait_for_load_state("load")
    phone.wait_for_timeout(200)


@pytest.mark.parametrize("path,lang", [("noi-dung/", "vi"), ("en/noi-dung/", "en")])
def test_the_language_menu_marks_the_language_being_read(phone, served_site, path, lang):
    phone.goto(served_site + path)
    open_language_menu(phone)
    links = phone.evaluate("""() => [...document.querySelectorAll('a.md-select__link')].map(a => ({
        lang: a.getAttribute('hreflang'), spoken: a.lang, current: a.getAttribute('aria-current'),
        weight: getComputedStyle(a).fontWeight, mark: getComputedStyle(a, '::before').content}))""")
    assert {link["lang"] for link in links} == {"vi", "en"}
    for link in links:
        assert link["spoken"] == link["lang"]  # each name is read in its own language
        if link["lang"] == lang:
            assert link["current"] == "page" and link["weight"] == "700" and "✓" in link["mark"]
        else:
            assert link["current"] is None and link["weight"] == "400" and "✓" not in link["mark"]


def scroll_to(phone, element_id):
    phone.evaluate(f"document.getElementById('{element_id}').scrollIntoView()")
    phone.evaluate("window.scrollBy(0, -60)")


def test_switching_language_keeps_the_section_being_read(phone, served_site):
    """Translations share their Vietnamese page's heading ids (#dieu-13); generated headings are named in each
    language (#luoc-do, #relation-diagram), and the heading at the same position is found instead."""
    phone.goto(served_site + "van-ban/quy-dinh-37-qd-tw-2021/")
    scroll_to(phone, "dieu-13")
    switch_language(phone, "en")
    assert phone.url == served_site + "en/van-ban/quy-dinh-37-qd-tw-2021/#dieu-13"
    assert phone.evaluate(PLACE) == "dieu-13"
    scroll_to(phone, "relation-diagram")
    switch_language(phone, "vi")
    assert phone.url == served_site + "van-ban/quy-dinh-37-qd-tw-2021/#luoc-do"
    assert phone.evaluate(PLACE) == "luoc-do"


def test_switching_language_at_the_top_of_a_page_stays_at_the_top(phone, served_site):
    phone.goto(served_site + "van-ban/quy-dinh-37-qd-tw-2021/")
    switch_language(phone, "en")
    assert phone.url == served_site + "en/van-ban/quy-dinh-37-qd-tw-2021/"
    assert phone.evaluate("window.scrollY") == 0


# --------------------------------------------------------------------------------------------------
# Timeline


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_timeline_jumps_from_its_top_to_each_peak_of_2022(phone, served_site, prefix):
    phone.goto(served_site + prefix + "chien-dich/dong-thoi-gian/")
    jump = phone.locator(".timeline-jump:visible")  # the large-text drawing has its own line, hidden here
    assert jump.bounding_box()["y"] < 844  # on the first screen
    for target in ("bieu-do-2022", "cao-diem-1", "cao-diem-2", "cao-diem-3"):
        phone.evaluate("window.scrollTo(0, 0)")
        jump.locator(f'a[href="#{target}"]').tap()
        phone.wait_for_timeout(150)
        top = phone.evaluate(f"document.getElementById('{target}').getBoundingClientRect().top")
        header = phone.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
        assert header <= top < 844 / 3, (target, top)  # at the top of the screen, below the header
    # and the language switch keeps the peak
    switch_language(phone, "vi" if prefix else "en")
    assert phone.url.endswith("chien-dich/dong-thoi-gian/#cao-diem-3")
