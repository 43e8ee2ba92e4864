"""The real site: strict build, links and anchors in the built HTML, generated content per language."""
import re

import pytest

from scripts.common.collation import sort_key
from scripts.tools.linkcheck import check
from tests.conftest import copy_project, mkdocs_build

REQUIRED_DOCUMENTS = {
    "ket-luan-21-kl-tw-2021": "21-KL/TW", "quy-dinh-37-qd-tw-2021": "37-QĐ/TW",
    "ke-hoach-03-kh-tw-2021": "03-KH/TW", "quy-dinh-22-qd-tw-2021": "22-QĐ/TW",
    "quy-dinh-24-qd-tw-2021": "24-QĐ/TW", "quy-dinh-41-qd-tw-2021": "41-QĐ/TW",
    "ket-luan-01-kl-tw-2021": "01-KL/TW", "chi-thi-05-ct-tw-2016": "05-CT/TW",
    "ket-luan-14-kl-tw-2021": "14-KL/TW", "nghi-quyet-04-nq-tw-2016": "04-NQ/TW",
    "ke-hoach-66-kh-hu-2022": "66-KH/HU", "ke-hoach-105-kh-tu-2022": "105-KH/TU",
    "huong-dan-05-hd-tu-2022": "05-HD/TU", "ke-hoach-43-kh-tu-2022": "43-KH/TU",
    "nghi-quyet-12-nq-tw-2012": "12-NQ/TW", "nghi-quyet-hoi-nghi-tw6-khoa-xiii": None,
    "bai-phat-bieu-tong-bi-thu-hoi-nghi-can-bo-toan-quoc": None,
    "tac-pham-kien-quyet-kien-tri-dau-tranh-phong-chong-tham-nhung": None,
    "tac-pham-mot-so-van-de-ly-luan-va-thuc-tien-ve-cnxh": None,
}


def html(site, page):
    return (site / page / "index.html").read_text(encoding="utf-8")


def text_of(markup):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", markup)).strip()


def test_built_html_has_no_broken_link_anchor_external_resource_or_orphan(site, site_url):
    problems = check(site, ("index.html", "en/index.html"), site_url)
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.parametrize("doc_id,number", REQUIRED_DOCUMENTS.items())
def test_every_named_document_has_a_page_with_a_metadata_card(site, catalogue, doc_id, number):
    assert catalogue.documents[doc_id].number == number
    page = html(site, f"van-ban/{doc_id}")
    card = text_of(page.split('class="document-card"')[1].split("</table>")[0])
    for field in ("Số hiệu", "Loại văn bản", "Cơ quan ban hành", "Người ký", "Ngày ban hành", "Khóa", "Trích yếu", "Thay thế"):
        assert field in card
    if number is None:
        assert "Số hiệu Thông tin" not in card and "Số hiệu chưa có trong nguồn" in card


def test_unknown_fields_say_so_and_known_ones_cite_a_source(site):
    card = html(site, "van-ban/ke-hoach-66-kh-hu-2022").split('class="document-card"')[1].split("</table>")[0]
    rows = {text_of(r.split("</td>")[0]): r for r in card.split("<tr>")[2:]}
    assert "28/02/2022" in rows["Ngày ban hành"] and 'class="footnote-ref"' in rows["Ngày ban hành"]
    assert "chưa có trong nguồn" in rows["Người ký"] and "footnote-ref" not in rows["Người ký"]


def test_relations_are_listed_on_both_sides(site):
    conclusion = text_of(html(site, "van-ban/ket-luan-21-kl-tw-2021").split('id="quan-he-voi-van-ban-khac"')[1])
    assert re.search(r"Được thực hiện bởi Kế hoạch số 03-KH/TW", conclusion)
    assert re.search(r"Được thực hiện bởi Kế hoạch số 43-KH/TU", conclusion)
    plan = text_of(html(site, "van-ban/ke-hoach-43-kh-tu-2022").split('id="quan-he-voi-van-ban-khac"')[1])
    assert "Thực hiện Kết luận số 21-KL/TW" in plan
    replaced = html(site, "van-ban/quy-dinh-47-qd-tw-2011")
    assert "Bị thay thế bởi" in replaced and "../quy-dinh-37-qd-tw-2021/" in replaced


def test_backlinks_name_the_pages_that_link_a_document(site, catalogue):
    page = html(site, "van-ban/quy-dinh-37-qd-tw-2021").split('id="duoc-nhac-den-tai"')[1]
    assert 'href="../../"' in page  # the home page links 37-QĐ/TW in its own text
    assert len(catalogue.backlinks("van-ban/quy-dinh-37-qd-tw-2021.md")) >= 3


def test_glossary_is_in_vietnamese_order_and_links_where_terms_are_used(site, catalogue):
    assert len(catalogue.terms) >= 25
    page = html(site, "thuat-ngu")
    terms = [text_of(t) for t in re.findall(r"<h3[^>]*>(.*?)<a class=\"headerlink\"", page)]
    assert len(terms) == len(catalogue.terms)
    assert terms == sorted(terms, key=sort_key)
    for term in ("tự diễn biến", "nêu gương", "phiếu tín nhiệm", "Chi bộ 4 tốt", "tập trung dân chủ", "Ban Chỉ đạo 35"):
        assert term in terms
    assert all(term.used_on for term in catalogue.terms)


def test_heading_anchors_are_readable_ascii(site):
    page = html(site, "chien-dich/hoi-nghi-trung-uong")
    assert 'id="tw4-khoa-xiii"' in page
    ids = re.findall(r'<h[1-6][^>]* id="([^"]+)"', html(site, "van-ban/ket-luan-21-kl-tw-2021"))
    assert "duoc-nhac-den-tai" in ids
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids), ids


def test_indexes_group_documents(site):
    by_term = text_of(html(site, "van-ban/theo-khoa"))
    assert by_term.index("Khóa XIII") < by_term.index("Khóa XII (") < by_term.index("Chưa rõ khóa")
    timeline = text_of(html(site, "chien-dich/dong-thoi-gian"))
    assert "03/02/2022" in timeline and "19/05/2022" in timeline and "Cao điểm" in timeline


def test_english_build_has_english_generated_labels(site):
    page = html(site, "en/van-ban/ket-luan-21-kl-tw-2021")
    card = page.split('class="document-card"')[1].split("</table>")[0]
    assert "Document details" in page and "25 October 2021" in card and "not in the sources" in card
    assert "chưa có trong nguồn" not in card and "Ngày ban hành" not in card


def test_strict_build_fails_on_a_broken_link(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "noi-dung" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[Hỏng](khong-ton-tai.md)\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "noi-dung/index.md" in result.stderr and "khong-ton-tai.md" in result.stderr


def test_strict_build_fails_on_bad_metadata_naming_file_and_field(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "van-ban" / "ket-luan-14-kl-tw-2021.md"
    page.write_text(page.read_text(encoding="utf-8").replace("2021-09-22", "2021-09-31", 1), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "Content error in docs/van-ban/ket-luan-14-kl-tw-2021.md: field 'document.date'" in result.stderr
