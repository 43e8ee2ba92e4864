"""Index builders: ordering, relations in both directions, backlinks, Vietnamese glossary order."""
import re

from scripts.catalogue import load
from scripts.generate import expand_markers
from scripts.generate.document_pages import decorate
from tests.unit.content_fixture import GLOSSARY, document, make_docs

PLAN = "van-ban/ke-hoach-03-kh-tw-2021.md"
CONCLUSION = "van-ban/ket-luan-21-kl-tw-2021.md"
OLD = "van-ban/quy-dinh-47-qd-tw-2011.md"


def catalogue(tmp_path, extra=None):
    pages = {
        PLAN: document("03-KH/TW", "ke-hoach", "2021-12-01", None, "bo-chinh-tri",
                       "\n    - {type: thuc-hien, target: ket-luan-21-kl-tw-2021, source: [bai-b]}"),
        OLD: document("47-QĐ/TW", "quy-dinh", "2011-11-01", None, None),
        "van-ban/bai-phat-bieu-khong-ro-ngay.md": document(None, "bai-phat-bieu", None, None, "tong-bi-thu"),
        "trang-gioi-thieu.md": "# Giới thiệu\n\nXem [Kết luận 21](van-ban/ket-luan-21-kl-tw-2021.md).\n",
    }
    pages.update(extra or {})
    return load(make_docs(tmp_path, pages))


def test_relation_is_shown_on_both_documents(tmp_path):
    cat = catalogue(tmp_path)
    plan_page = decorate("# Kế hoạch\n", PLAN, cat, "vi")
    conclusion_page = decorate("# Kết luận\n", CONCLUSION, cat, "vi")
    assert "| Thực hiện | [Văn bản 21-KL/TW](ket-luan-21-kl-tw-2021.md) | [@bai-b] |" in plan_page
    assert "| Được thực hiện bởi | [Văn bản 03-KH/TW](ke-hoach-03-kh-tw-2021.md) | [@bai-b] |" in conclusion_page
    english = decorate("# Conclusion\n", CONCLUSION, cat, "en")
    assert "| Carried out by | [Văn bản 03-KH/TW](ke-hoach-03-kh-tw-2021.md) | [@bai-b] |" in english


def test_backlinks_list_pages_that_link_the_document(tmp_path):
    cat = catalogue(tmp_path)
    page = decorate("# Kết luận\n", CONCLUSION, cat, "vi")
    backlinks = page.split("## Được nhắc đến tại")[1]
    assert "[Giới thiệu](../trang-gioi-thieu.md)" in backlinks
    assert "ke-hoach-03" not in backlinks  # a relation is not a link in the page's own text


def test_card_shows_unknown_fields_as_unknown(tmp_path):
    cat = catalogue(tmp_path)
    card = decorate("# Quy định 47\n", OLD, cat, "vi")
    assert "| Cơ quan ban hành | *chưa có trong nguồn* |  |" in card
    assert "| Ngày ban hành | 01/11/2011 | [@bai-a] |" in card
    assert "| Date issued | 1 November 2011 | [@bai-a] |" in decorate("# R\n", OLD, cat, "en")


def test_documents_by_date_are_chronological_with_unknown_dates_last(tmp_path):
    cat = catalogue(tmp_path)
    markdown = expand_markers("<!-- generated: documents-by-date -->", "van-ban/theo-thoi-gian.md", cat, "vi")
    headings = re.findall(r"^## (.+?) \{", markdown, re.MULTILINE)
    assert headings == ["2011 (1)", "2021 (2)", "Chưa rõ ngày ban hành (1)"]
    rows = re.findall(r"^\| ([^|]+) \| \[", markdown, re.MULTILINE)
    assert rows == ["47-QĐ/TW", "21-KL/TW", "03-KH/TW", "*chưa rõ số hiệu*"]


def test_documents_by_khoa_newest_term_first_and_unknown_last(tmp_path):
    cat = catalogue(tmp_path, {"van-ban/chi-thi-05-ct-tw-2016.md": document("05-CT/TW", "chi-thi", "2016-05-15", "XII")})
    markdown = expand_markers("<!-- generated: documents-by-term -->", "van-ban/theo-khoa.md", cat, "vi")
    assert re.findall(r"^## (.+?) \{", markdown, re.MULTILINE) == ["Khóa XIII (1)", "Khóa XII (1)", "Chưa rõ khóa (3)"]


def test_glossary_is_in_vietnamese_alphabetical_order(tmp_path):
    terms = ["đoàn thể", "Ban Bí thư", "ủy viên", "dân chủ", "ưu tiên", "tự diễn biến", "Ban Chấp hành", "a"]
    glossary = GLOSSARY.split("terms:")[0] + "terms:\n" + "".join(
        f"  - term: {t}\n    en: x\n    definition: {{vi: d, en: d}}\n    source: [bai-a]\n" for t in terms) + "---\n# T\n"
    page = "# Trang\n\n" + " ".join(terms) + "\n"
    cat = load(make_docs(tmp_path, {"thuat-ngu.md": glossary, "trang.md": page}))
    markdown = expand_markers("<!-- generated: glossary -->", "thuat-ngu.md", cat, "vi")
    assert re.findall(r"^### (.+?) \{", markdown, re.MULTILINE) == [
        "a", "Ban Bí thư", "Ban Chấp hành", "dân chủ", "đoàn thể", "tự diễn biến", "ủy viên", "ưu tiên"]
    assert re.findall(r"^## (.+?) \{", markdown, re.MULTILINE) == ["A", "B", "D", "Đ", "T", "U", "Ư"]
    assert '??? note search-exclude "Dùng tại 1 trang"\n\n    - [Trang](trang.md)' in markdown


def test_unknown_marker_stops_the_build(tmp_path):
    import pytest

    from scripts.catalogue import CatalogueError

    with pytest.raises(CatalogueError, match="documents-by-colour"):
        expand_markers("<!-- generated: documents-by-colour -->", "x.md", catalogue(tmp_path), "vi")


def topic_page(number: int, documents: str) -> str:
    return (f"---\ntitle: Nội dung {number}\ntopic:\n  number: {number}\n"
            f"  short: {{vi: Ngắn {number}, en: Short {number}}}\n  documents: {documents}\n  source: [bai-a]\n"
            f"---\n# Nội dung {number}\n\nBàn về tự diễn biến.[@bai-a]\n")


def test_topic_that_names_no_document_says_so_instead_of_an_empty_table(tmp_path):
    cat = catalogue(tmp_path, {"noi-dung/1.md": topic_page(1, "[]"),
                               "noi-dung/3.md": topic_page(3, "[ket-luan-21-kl-tw-2021]")})
    markdown = expand_markers("<!-- generated: documents-by-topic -->", "van-ban/theo-noi-dung.md", cat, "vi")
    first, third = markdown.split("## Nội dung 3")
    assert "Nội dung này không nêu tên văn bản riêng nào" in first and "| Số hiệu" not in first
    assert "21-KL/TW" in third.split("## Văn bản không thuộc")[0]
    listing = expand_markers("<!-- generated: topics -->", "noi-dung/index.md", cat, "en")
    assert "(names no specific document)" in listing and "(names one document)" in listing
