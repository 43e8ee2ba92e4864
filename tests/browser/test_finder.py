"""The "find a document" page (van-ban/tra-cuu/) in a real browser, in both languages: the placeholder's own
examples and the readers' number queries of search_queries.yml find their document, words of a subject find
it in any order and without diacritics, a query that finds nothing says what to try, the filters live in the
address (reload, share, back button), the form stays small on a phone, and without JavaScript the table is
simply sorted by date."""
from __future__ import annotations

import pathlib
import re
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from scripts.common.collation import fold
from scripts.common.labels import text
from scripts.search.index import KIND_OF, KINDS, number_token
from scripts.tools.search_eval import page_path

FINDER = "van-ban/tra-cuu/"
EDITIONS = {"vi": "", "en": "en/"}
FIELD = ".document-finder input[type=search]"
QUERIES = yaml.safe_load((pathlib.Path(__file__).parent / "search_queries.yml").read_text(encoding="utf-8"))
# A document number as readers write it: "21-KL/TW", "37 QĐ", "qd37", "kết luận số 14", "Conclusion 14"
NUMBER = re.compile(rf"(?<![0-9a-z])(\d+)\s*-?\s*({KINDS})(?![a-z])"
                    rf"|(?<![a-z])({KINDS}|{'|'.join(KIND_OF)})\s*(?:so\s*)?(\d+)(?!\d)")
ARTICLE_BEFORE = re.compile(r"(?:dieu|article|art\.?)\s*(?:so\s*)?$")
VISIBLE = """rows => rows.filter(row => !row.hidden && row.offsetParent !== null)
                        .map(row => ({href: row.querySelector('a').href, number: row.dataset.number}))"""


def token_of(query: str) -> str | None:
    """The document number a query names, as the index writes it ("kl14"), or None; in "điều 4 qđ 37" the 4 is
    an article's."""
    folded = fold(query)
    for match in NUMBER.finditer(folded):
        if match.group(1):
            if not ARTICLE_BEFORE.search(folded[: match.start()]):
                return f"{match.group(2)}{int(match.group(1))}"
        else:
            return f"{KIND_OF.get(match.group(3), match.group(3))}{int(match.group(4))}"
    return None


def document_url(doc, edition: str) -> str:
    return edition + doc.path[: -len(".md")] + "/"


def visible(page, base_url: str) -> list[dict]:
    rows = page.eval_on_selector_all(".document-finder tbody tr", VISIBLE)
    return [{"page": page_path(r["href"], base_url), "number": r["number"]} for r in rows]


def find(page, query: str) -> None:
    page.fill(FIELD, query)
    page.wait_for_timeout(20)


@pytest.fixture
def errors(page):
    found = []
    page.on("pageerror", lambda error: found.append(str(error)))
    page.on("console", lambda message: found.append(message.text) if message.type == "error" else None)
    return found


def number_queries(catalogue) -> list[tuple[str, str, str]]:
    """(query, edition, expected page) for every query of search_queries.yml that names a document number
    and expects that document's page (an article's anchor counts as its document)."""
    by_url = {document_url(doc, edition): doc for doc in catalogue.documents.values() for edition in EDITIONS.values()}
    found = []
    for item in QUERIES:
        expected = item["page"].split("#")[0]
        token = token_of(item["q"])
        if expected in by_url and token:
            assert number_token(by_url[expected].number or "") == token, (item, token)
            found.append((item["q"], "en/" if expected.startswith("en/") else "", expected))
    return found


def test_number_queries_are_read_from_the_search_evaluation(catalogue):
    queries = [q for q, _, _ in number_queries(catalogue)]
    for query in ("21-KL/TW", "qd37", "quy dinh 37", "kl 14", "Conclusion 21", "hướng dẫn 02-HD/UBKTTW"):
        assert query in queries
    assert "bieu hien suy thoai 27" not in queries  # a number, but not a document's


@pytest.mark.parametrize("lang", EDITIONS)
def test_the_placeholders_examples_find_their_document(page, served_site, catalogue, errors, lang):
    """"kết luận 14" gave "0 văn bản": the finder read the numbers from the search's Lunr query ("kl14^1"),
    where they no longer matched; only forms whose letters happened to be in a row's text ("kl 14") worked."""
    edition = EDITIONS[lang]
    page.goto(served_site + edition + FINDER)
    placeholder = page.get_attribute(FIELD, "placeholder")
    examples = [e.strip() for e in re.sub(r"^[^:]*:|^e\.g\.", "", placeholder).split(",")]
    assert len(examples) >= 3, placeholder
    by_token = {number_token(doc.number or ""): doc for doc in catalogue.documents.values() if doc.number}
    wrong = []
    for example in examples:
        token = token_of(example)
        assert token in by_token, (example, token)
        find(page, example)
        rows = visible(page, served_site)
        if document_url(by_token[token], edition) not in [r["page"] for r in rows] or \
                any(r["number"] != token for r in rows):  # "QĐ 37" is not 377
            wrong.append((example, [r["page"] for r in rows]))
    assert not wrong
    assert not errors


@pytest.mark.parametrize("lang", EDITIONS)
def test_readers_number_queries_find_their_document(page, served_site, catalogue, errors, lang):
    queries = [(q, expected) for q, edition, expected in number_queries(catalogue) if edition == EDITIONS[lang]]
    assert len(queries) >= (15 if lang == "vi" else 5)
    page.goto(served_site + EDITIONS[lang] + FINDER)
    missed = []
    for query, expected in queries:
        find(page, query)
        pages = [r["page"] for r in visible(page, served_site)]
        if expected not in pages:
            missed.append((query, expected, pages[:5]))
    assert not missed
    assert not errors


SUBJECT_QUERIES = {
    "vi": ["đảng viên không được làm", "dang vien khong duoc lam", "Đảng viên làm", "lam dang vien khong duoc"],
    "en": ["Party members must not do", "party members must not", "members not do party"],
}


@pytest.mark.parametrize("lang", EDITIONS)
def test_words_of_a_subject_find_the_document_in_any_order_and_without_diacritics(page, served_site, errors, lang):
    edition = EDITIONS[lang]
    page.goto(served_site + edition + FINDER)
    total = len(visible(page, served_site))
    for query in SUBJECT_QUERIES[lang]:
        find(page, query)
        pages = [r["page"] for r in visible(page, served_site)]
        assert edition + "van-ban/quy-dinh-37-qd-tw-2021/" in pages, (query, pages)
        assert len(pages) < total / 4, (query, pages)
    find(page, "37")  # a number alone matches whole: Regulation 37, not 377
    pages = [r["page"] for r in visible(page, served_site)]
    assert edition + "van-ban/quy-dinh-37-qd-tw-2021/" in pages
    assert edition + "van-ban/quy-dinh-377-qd-tw-2025/" not in pages
    assert not errors


@pytest.mark.parametrize("lang", EDITIONS)
def test_a_query_that_finds_nothing_says_what_to_try(page, served_site, errors, lang):
    edition = EDITIONS[lang]
    page.goto(served_site + edition + FINDER)
    hint = page.locator(".document-finder__none")
    first_words = text("finder_none", lang).split("{search}")[0].split(".")[0]
    assert not hint.is_visible()
    find(page, "zzxq khong co")
    assert visible(page, served_site) == []
    assert hint.is_visible() and first_words in hint.inner_text()
    assert page.locator(".document-finder table").is_hidden()
    assert page.inner_text(".document-finder__count").startswith("0")
    find(page, "")
    assert not hint.is_visible() and visible(page, served_site)
    # a filter too many: a number and another type
    find(page, "kl 14")
    page.select_option(".document-finder select[name=type]", "quy-dinh")
    assert hint.is_visible() and visible(page, served_site) == []
    # its link opens the site search with the same words (Material reads ?q=)
    page.select_option(".document-finder select[name=type]", "")
    find(page, "phiếu tín nhiệm zzxq")
    page.click(".document-finder__none a")
    page.wait_for_function("() => document.getElementById('__search').checked")
    assert page.input_value("input.md-search__input") == "phiếu tín nhiệm zzxq"
    assert not errors


def state(page) -> dict:
    return {"find": page.input_value(FIELD),
            **{name: page.input_value(f".document-finder select[name={name}]")
               for name in ("type", "issuer", "year", "term", "status")}}


def address(page) -> dict:
    return {key: values[0] for key, values in parse_qs(urlsplit(page.url).query).items()}


@pytest.mark.parametrize("lang", EDITIONS)
def test_the_filters_live_in_the_address(page, served_site, errors, lang):
    edition = EDITIONS[lang]
    kl14 = edition + "van-ban/ket-luan-14-kl-tw-2021/"
    page.goto(served_site + edition + FINDER)
    total = len(visible(page, served_site))
    page.click(FIELD)
    page.keyboard.type("kl 14", delay=10)
    assert address(page) == {"find": "kl 14"}
    page.select_option(".document-finder select[name=type]", "ket-luan")
    assert address(page) == {"find": "kl 14", "type": "ket-luan"}
    page.select_option(".document-finder select[name=year]", "2021")
    assert address(page) == {"find": "kl 14", "type": "ket-luan", "year": "2021"}
    # reload: the same filters, the same rows
    page.reload()
    assert state(page) == {"find": "kl 14", "type": "ket-luan", "issuer": "", "year": "2021", "term": "", "status": ""}
    assert [r["page"] for r in visible(page, served_site)] == [kl14]
    # back: each committed change, then the typed words (typed in one history entry), then nothing
    page.go_back()
    assert state(page)["year"] == "" and state(page)["type"] == "ket-luan"
    page.go_back()
    assert state(page)["type"] == "" and state(page)["find"] == "kl 14"
    assert [r["page"] for r in visible(page, served_site)] == [kl14]
    page.go_back()
    assert state(page)["find"] == "" and len(visible(page, served_site)) == total
    page.go_forward()
    assert state(page)["find"] == "kl 14"
    # a shared address, with a value that is not an option: ignored
    page.goto(served_site + edition + FINDER + "?find=k%E1%BA%BFt+lu%E1%BA%ADn+14&type=ket-luan&year=1800")
    assert state(page) == {"find": "kết luận 14", "type": "ket-luan", "issuer": "", "year": "", "term": "", "status": ""}
    assert [r["page"] for r in visible(page, served_site)] == [kl14]
    assert not page.evaluate("() => document.getElementById('__search').checked")  # not Material's search
    assert not errors


@pytest.mark.parametrize("lang", EDITIONS)
def test_the_form_is_small_on_a_phone(browser, served_site, lang):
    """At 390 px the text field and a "More filters" line, not five selects one under another; a shared
    address with a filter opens them; on a wide screen they are open."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    url = served_site + EDITIONS[lang] + FINDER
    page.goto(url)
    form = page.locator(".document-finder form").bounding_box()
    assert form["height"] < 200, form
    assert not page.locator(".document-finder select[name=type]").is_visible()
    assert page.locator(".document-finder table").bounding_box()["y"] < 844  # the list starts on the first screen
    page.click(".document-finder summary")
    boxes = [page.locator(f".document-finder select[name={name}]").bounding_box() for name in ("type", "issuer")]
    assert boxes[0]["y"] == boxes[1]["y"], boxes  # two per line
    page.goto(url + "?type=quy-dinh")
    assert page.locator(".document-finder select[name=type]").is_visible()
    context.close()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url)
    assert page.locator(".document-finder select[name=status]").is_visible()
    context.close()


@pytest.mark.parametrize("lang", EDITIONS)
def test_without_javascript_the_table_is_sorted_by_date_and_the_form_hidden(browser, served_site, catalogue, lang):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site + EDITIONS[lang] + FINDER)
    assert not page.locator(".document-finder form").is_visible()
    assert not page.locator(".document-finder__none").is_visible()
    years = page.eval_on_selector_all(".document-finder tbody tr", "rows => rows.map(r => r.dataset.year)")
    assert len(years) == len(catalogue.documents)
    known = [y for y in years if y != "?"]
    assert known == sorted(known) and years == known + ["?"] * (len(years) - len(known))
    context.close()
