"""The meeting page's generated blocks (scripts/generate/meeting.py): the study guides in running order (the
meeting's own guide first, then the contents by number) and the self-examination sheet's parts with what the
sources leave out; a PDF link only in a build that makes the PDFs."""
import pytest

from scripts.catalogue import CatalogueError, load
from scripts.generate import expand_markers
from scripts.generate.meeting import MEETING_FORM, MEETING_PAGE
from scripts.generate.self_examination import SHEET_PAGE
from scripts.generate.study_guides import PDF_ENV
from tests.unit.content_fixture import document
from tests.unit.guide_fixture import FORM, TOPIC, guide, tree

FORM_GUIDE = "tai-lieu-hoc-tap/hoi-nghi-tu-phe-binh.md"
GUIDES = "<!-- generated: meeting-guides -->\n"
SHEET = "<!-- generated: meeting-sheet -->\n"


def provisions(unit: str, total: str, numbers: list[str]) -> str:
    items = "".join(f"    - anchor: {unit}-{n}\n      kind: {unit}\n      number: '{n}'\n"
                    f"      label: {{vi: Mục {n}, en: Item {n}}}\n      summary: {{vi: Tóm tắt {n}., en: Summary {n}.}}\n"
                    "      source: [bai-a]\n" for n in numbers)
    return (f"  structure:\n    unit: {unit}\n    total: {total}\n    summary: {{vi: Cấu trúc., en: Structure.}}\n"
            f"    source: [bai-a]\n  provisions:\n{items}")


def with_provisions(number: str, doc_type: str, date: str, extra: str) -> str:
    page = document(number, doc_type, date, "XIII", "bch-tw", extra=extra)
    return page.replace(f"# Văn bản {number}\n", f"# Văn bản {number}\n\n<!-- generated: provisions -->\n")


def meeting_tree(tmp_path, pages=None):
    files = {
        MEETING_FORM: FORM,
        FORM_GUIDE: guide(f"guide:\n  form: {MEETING_FORM}\n  documents: [ket-luan-21-kl-tw-2021]\n",
                          title="Tài liệu học tập Hội nghị"),
        "noi-dung/2-diem-moi.md": TOPIC.replace("number: 1", "number: 2").replace("Nội dung 1", "Nội dung 2"),
        "tai-lieu-hoc-tap/noi-dung-2.md": guide("guide:\n  topic: 2\n  documents: []\n", title="Tài liệu học tập 2"),
        SHEET_PAGE: "---\ntitle: Phiếu tự soi\n---\n# Phiếu tự soi\n",
        "van-ban/quy-dinh-37-qd-tw-2021.md": with_provisions("37-QĐ/TW", "quy-dinh", "2021-10-25",
                                                             provisions("dieu", "3", ["1", "3"])),
        "van-ban/nghi-quyet-04-nq-tw-2016.md": with_provisions("04-NQ/TW", "nghi-quyet", "2016-10-30",
                                                               provisions("bieu-hien", "null", ["2"])),
    }
    files.update(pages or {})
    return load(tree(tmp_path, files))


def test_the_meetings_own_guide_comes_first_then_the_contents_in_order(tmp_path, monkeypatch):
    monkeypatch.delenv(PDF_ENV, raising=False)
    vi = expand_markers(GUIDES, MEETING_PAGE, meeting_tree(tmp_path), "vi")
    assert vi.splitlines() == [
        "1. **[Tài liệu học tập Hội nghị](hoi-nghi-tu-phe-binh.md)**: dùng cho chính hội nghị; tóm tắt trang "
        "[Hội nghị kiểm điểm](../hinh-thuc/hoi-nghi-tu-phe-binh-va-phe-binh.md), kèm 1 văn bản.",
        "2. **[Tài liệu học tập 1](noi-dung-1.md)**: dùng khi bàn nội dung 1; tóm tắt trang "
        "[Nội dung 1](../noi-dung/1-quan-diem.md), kèm 2 văn bản.",
        "3. **[Tài liệu học tập 2](noi-dung-2.md)**: dùng khi bàn nội dung 2; tóm tắt trang "
        "[Nội dung 2](../noi-dung/2-diem-moi.md), kèm 1 văn bản.",
    ]
    assert "pdf" not in vi  # the everyday build links no PDF it has not made
    en = expand_markers(GUIDES, MEETING_PAGE, meeting_tree(tmp_path / "en"), "en")
    assert "for a meeting on content 2; it summarises [Content 2](../noi-dung/2-diem-moi.md)" in en


def test_a_guide_of_another_form_is_not_listed(tmp_path):
    other = guide("guide:\n  form: hinh-thuc/hoi-nghi.md\n  documents: []\n", title="Tài liệu khác")
    markdown = expand_markers(GUIDES, MEETING_PAGE, meeting_tree(tmp_path, {"tai-lieu-hoc-tap/khac.md": other}), "vi")
    assert "Tài liệu khác" not in markdown and markdown.count("\n") == 3


def test_in_a_build_with_pdfs_each_guide_and_the_sheet_link_their_pdf(tmp_path, monkeypatch):
    monkeypatch.setenv(PDF_ENV, "1")
    catalogue = meeting_tree(tmp_path)
    guides = expand_markers(GUIDES, MEETING_PAGE, catalogue, "en")
    assert ('<span class="pdf-download"><a href="../noi-dung-2/tu-soi-tu-sua-noi-dung-2-en.pdf" download '
            'aria-label="Download PDF (A4): Tài liệu học tập 2">Download PDF (A4)</a></span>') in guides
    sheet = expand_markers(SHEET, MEETING_PAGE, catalogue, "vi")
    assert sheet.rstrip().endswith('<a href="../phieu-tu-soi/tu-soi-tu-sua-phieu-tu-soi.pdf" download '
                                   'aria-label="Tải PDF (khổ A4): Phiếu tự soi">Tải PDF (khổ A4)</a></span>')


def test_a_title_is_escaped_in_the_html_of_a_pdf_link(tmp_path, monkeypatch):
    monkeypatch.setenv(PDF_ENV, "1")
    # markup is refused in titles (tests/unit/test_content_safety.py); what may remain is escaped
    hostile = guide("guide:\n  topic: 2\n  documents: []\n", title="'Tài liệu & \"2\" <3'")
    guides = expand_markers(GUIDES, MEETING_PAGE, meeting_tree(tmp_path, {"tai-lieu-hoc-tap/noi-dung-2.md": hostile}), "vi")
    html = guides[guides.rindex("<span"):]  # the Markdown link before it is written as for any other title
    assert 'aria-label="Tải PDF (khổ A4): Tài liệu &amp; &quot;2&quot; &lt;3"' in html


def test_the_sheet_lists_its_parts_with_what_the_sources_leave_out(tmp_path, monkeypatch):
    monkeypatch.delenv(PDF_ENV, raising=False)
    vi = expand_markers(SHEET, MEETING_PAGE, meeting_tree(tmp_path), "vi")
    assert vi.splitlines() == [
        "- [Phần 1. 37-QĐ/TW: Trích yếu](phieu-tu-soi.md#phan-1): 2/3 điều có tóm tắt; các điều còn lại chưa có "
        "trong nguồn: 2.",
        "- [Phần 2. 04-NQ/TW: Trích yếu](phieu-tu-soi.md#phan-2): 1 biểu hiện có tóm tắt; tổng số biểu hiện của "
        "văn bản chưa có trong nguồn.",
    ]


def test_the_sheet_block_needs_the_sheet_page(tmp_path):
    catalogue = meeting_tree(tmp_path, {SHEET_PAGE: None, SHEET_PAGE.replace(".md", ".en.md"): None})
    with pytest.raises(CatalogueError) as caught:
        expand_markers(SHEET, MEETING_PAGE, catalogue, "vi")
    assert caught.value.field == "<!-- generated: meeting-sheet -->" and SHEET_PAGE in caught.value.expected
