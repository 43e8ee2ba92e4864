"""Bad content stops the build with the file, the field and what was expected."""
import pytest

from scripts.catalogue import CatalogueError, load
from tests.unit.content_fixture import GLOSSARY, document, make_docs

DOC = "van-ban/ket-luan-21-kl-tw-2021.md"


def error_for(tmp_path, pages) -> CatalogueError:
    with pytest.raises(CatalogueError) as caught:
        load(make_docs(tmp_path, pages))
    return caught.value


def test_the_minimal_fixture_is_valid(tmp_path):
    catalogue = load(make_docs(tmp_path))
    assert list(catalogue.documents) == ["ket-luan-21-kl-tw-2021"]
    assert catalogue.documents["ket-luan-21-kl-tw-2021"].date.value.iso == "2021-10-25"


def test_missing_required_field(tmp_path):
    text = document().replace("  signer: null\n", "")
    error = error_for(tmp_path, {DOC: text})
    assert (error.file, error.field) == (DOC, "document.signer")
    assert "required field" in str(error)


@pytest.mark.parametrize("bad_date", ["2021-02-30", "25/10/2021", "2021-13"])
def test_bad_date(tmp_path, bad_date):
    error = error_for(tmp_path, {DOC: document(date=f'"{bad_date}"')})
    assert (error.file, error.field) == (DOC, "document.date")
    assert "YYYY-MM-DD" in str(error) and bad_date in str(error)


def test_unknown_relation_target(tmp_path):
    relations = "\n    - {type: thuc-hien, target: ke-hoach-99-kh-tw-2099, source: [bai-a]}"
    error = error_for(tmp_path, {DOC: document(relations=relations)})
    assert (error.file, error.field) == (DOC, "document.relations[0].target")
    assert "ke-hoach-99-kh-tw-2099" in str(error)


def test_unknown_relation_type(tmp_path):
    relations = "\n    - {type: phan-doi, target: ket-luan-21-kl-tw-2021, source: [bai-a]}"
    error = error_for(tmp_path, {DOC: document(relations=relations)})
    assert error.field == "document.relations[0].type" and "thuc-hien" in error.expected


def test_duplicate_number(tmp_path):
    error = error_for(tmp_path, {"van-ban/ket-luan-21-kl-tw-2021-ban-sao.md": document().replace(
        "title: Văn bản", "title: Bản sao")})
    assert error.field in ("document.number", "file name")


def test_duplicate_number_same_issuer_and_year(tmp_path):
    # Same number and year under an id that passes the naming check only because the date is unknown.
    error = error_for(tmp_path, {"van-ban/ket-luan-21-kl-tw-ban-sao.md": document(date=None),
                                 DOC: document(date=None)})
    assert (error.field, error.expected.split(" ")[0]) == ("document.number", "a")
    assert "21-KL/TW" in str(error)


def test_id_must_carry_type_number_suffix_and_year(tmp_path):
    error = error_for(tmp_path, {DOC: None, "van-ban/kl21.md": document()})
    assert (error.file, error.field) == ("van-ban/kl21.md", "file name")
    assert "ket-luan-21-kl-tw-2021" in error.expected


def test_unknown_source_in_citation(tmp_path):
    error = error_for(tmp_path, {"trang.md": "# Trang\n\nMột câu.[@khong-co]\n"})
    assert (error.file, error.field) == ("trang.md", "citation [@...]")
    assert "khong-co" in str(error)


def test_malformed_front_matter(tmp_path):
    error = error_for(tmp_path, {DOC: document().replace("type: ket-luan", "type: [ket-luan")})
    assert (error.file, error.field) == (DOC, "front matter") and "valid YAML" in str(error)


def test_unclosed_front_matter(tmp_path):
    error = error_for(tmp_path, {"trang.md": "---\ntitle: Trang\n# Trang\n"})
    assert (error.file, error.field) == ("trang.md", "front matter")


def test_unknown_issuer_key(tmp_path):
    error = error_for(tmp_path, {DOC: document(issuer="bo-cong-an")})
    assert error.field == "document.issuer" and "bch-tw" in error.expected


def test_value_without_source(tmp_path):
    text = document().replace("{value: XIII, source: [bai-a]}", "{value: XIII}")
    error = error_for(tmp_path, {DOC: text})
    assert error.field == "document.term.source"


def test_document_page_without_document_block(tmp_path):
    error = error_for(tmp_path, {"van-ban/trang-le.md": "---\ntitle: Lẻ\n---\n# Lẻ\n"})
    assert (error.file, error.field) == ("van-ban/trang-le.md", "document")


def test_unknown_front_matter_key(tmp_path):
    error = error_for(tmp_path, {"trang.md": "---\ntitel: Trang\n---\n# Trang\n"})
    assert error.field == "titel"


def test_glossary_term_used_nowhere(tmp_path):
    glossary = GLOSSARY.replace("  - term: tự diễn biến", "  - term: tự chuyển hóa")
    error = error_for(tmp_path, {"thuat-ngu.md": glossary})
    assert (error.file, error.field) == ("thuat-ngu.md", "terms[0].term")


# --------------------------------------------------------------------------------------------------
# What a document says: provisions, structure, status, comparison

PROVISION = ("  provisions:\n    - anchor: dieu-1\n      kind: dieu\n      number: '1'\n"
             "      label: {vi: Điều 1, en: Article 1}\n      summary: {vi: Tóm tắt., en: Summary.}\n"
             "      source: [bai-a]\n")


def with_contents(extra: str) -> str:
    return document(extra=extra).replace("# Văn bản 21-KL/TW\n", "# Văn bản 21-KL/TW\n\n<!-- generated: provisions -->\n")


def test_a_valid_provision_is_read(tmp_path):
    catalogue = load(make_docs(tmp_path, {DOC: with_contents(PROVISION)}))
    [provision] = catalogue.documents["ket-luan-21-kl-tw-2021"].provisions
    assert (provision.anchor, provision.number, provision.summary["en"]) == ("dieu-1", "1", "Summary.")


@pytest.mark.parametrize("change,field,expected", [
    (("      source: [bai-a]\n", "      source: []\n"), "document.provisions[0].source", "non-empty list of source ids"),
    (("      source: [bai-a]\n", ""), "document.provisions[0].source", "required field"),
    (("      source: [bai-a]\n", "      source: [bai-z]\n"), "document.provisions[0].source", "source id declared"),
    (("summary: {vi: Tóm tắt., en: Summary.}", "summary: {vi: Tóm tắt.}"), "document.provisions[0].summary",
     "'vi' and an 'en' text"),
    (("anchor: dieu-1", "anchor: Điều 1"), "document.provisions[0].anchor", "anchor of lower-case ASCII"),
    (("kind: dieu", "kind: article"), "document.provisions[0].kind", "one of dieu"),
    (("number: '1'\n", "number: '1'\n      group: nhom-1\n"), "document.provisions[0].group", "group key"),
    (("number: '1'\n", "number: '1'\n      explained_by: [huong-dan-99-hd-tw-2099]\n"),
     "document.provisions[0].explained_by", "the id of a document page"),
    (("number: '1'\n", "number: '1'\n      sumary: {vi: x, en: x}\n"), "document.provisions[0].sumary",
     "one of the keys of this block"),
])
def test_a_broken_provision_stops_the_build(tmp_path, change, field, expected):
    error = error_for(tmp_path, {DOC: with_contents(PROVISION.replace(*change))})
    assert (error.file, error.field) == (DOC, field)
    assert expected in str(error)


def test_two_provisions_with_one_anchor_or_one_number_stop_the_build(tmp_path):
    twice = PROVISION + PROVISION.replace("  provisions:\n", "")
    error = error_for(tmp_path, {DOC: with_contents(twice)})
    assert error.field == "document.provisions[1].anchor" and "dieu-1" in str(error)
    renumbered = twice.replace("anchor: dieu-1", "anchor: dieu-2", 1)
    error = error_for(tmp_path / "b", {DOC: with_contents(renumbered)})
    assert error.field == "document.provisions[1].number" and "no other dieu" in error.expected


def test_a_status_cannot_say_replaced_and_a_later_document_must_have_a_page(tmp_path):
    status = "  status: {value: replaced, statement: {vi: x, en: x}, source: [bai-a]}\n"
    error = error_for(tmp_path, {DOC: with_contents(PROVISION + status)})
    assert error.field == "document.status.value" and "relation the later document states" in error.expected
    later = "\n    - {type: thay-the, target: quy-dinh-99-qd-tw-2099, source: [bai-a]}"
    error = error_for(tmp_path / "b", {DOC: document(relations=later)})
    assert (error.field, "quy-dinh-99-qd-tw-2099" in str(error)) == ("document.relations[0].target", True)


def test_a_comparison_must_name_a_document_and_its_own_provisions(tmp_path):
    comparison = ("  comparison:\n    previous: quy-dinh-99-qd-tw-2099\n    rows:\n"
                  "      - {old: null, new: dieu-1, change: new, source: [bai-a]}\n")
    error = error_for(tmp_path, {DOC: with_contents(PROVISION + comparison)})
    assert error.field == "document.comparison.previous"
    comparison = comparison.replace("quy-dinh-99-qd-tw-2099", "ket-luan-21-kl-tw-2021").replace("new: dieu-1", "new: dieu-7")
    error = error_for(tmp_path / "b", {DOC: with_contents(PROVISION + comparison)})
    assert error.field == "document.comparison.rows[0].new" and "dieu-7" in str(error)


def test_provisions_without_their_marker_on_the_page_stop_the_build(tmp_path):
    """What a document says never goes silently missing: its page must show it."""
    from scripts.generate.pages import page_markdown

    docs = make_docs(tmp_path, {DOC: with_contents(PROVISION)})
    catalogue = load(docs)

    class File:
        src_uri = DOC
        alternates = {}

    class Page:
        file, url = File(), "van-ban/ket-luan-21-kl-tw-2021/"

    with pytest.raises(CatalogueError) as caught:
        page_markdown("# Văn bản 21-KL/TW\n\nKhông có mốc.\n", Page(), catalogue, "vi")
    assert caught.value.field == "<!-- generated: provisions -->"
    assert "Điều 1" in page_markdown("# T\n\n<!-- generated: provisions -->\n", Page(), catalogue, "vi")
