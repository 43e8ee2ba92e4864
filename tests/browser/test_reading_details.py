"""Small things a reader notices, on a phone (390 px wide, touch): an abbreviation explained on a tap and on
keyboard focus. The filter that keeps one explained use is tested in tests/unit/test_abbreviations.py."""
import pytest

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
TIP = """() => { const tip = document.getElementById('abbr-tip');
    if (!tip || tip.hidden) return null;
    const box = tip.getBoundingClientRect(), owner = document.querySelector('[aria-describedby="abbr-tip"]');
    return {text: tip.textContent, role: tip.getAttribute('role'), left: box.left, right: box.right,
            visible: box.width > 0 && box.height > 0, owner: owner && owner.title}; }"""


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
