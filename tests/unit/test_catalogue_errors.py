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
