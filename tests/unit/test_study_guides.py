"""Study guides: the `guide:` front-matter block (one test per error) and their generated blocks. The guide
pages themselves are checked in test_study_guide_pages.py, the handbook assembly in test_handbook.py, the link
targets written for paper in test_print_links.py and the printed PDFs in tests/browser/test_print.py."""
import pytest

from scripts.catalogue import CatalogueError, load
from scripts.generate import expand_markers
from scripts.generate.study_guides import pdf_name
from tests.unit.guide_fixture import GUIDE, TOPIC, guide, tree


def error_for(tmp_path, pages) -> CatalogueError:
    with pytest.raises(CatalogueError) as caught:
        load(tree(tmp_path, pages))
    return caught.value


def test_the_guide_fixture_is_valid(tmp_path):
    catalogue = load(tree(tmp_path))
    [only] = catalogue.guides
    assert (only.path, only.topic, only.form, only.documents) == (GUIDE, 1, None, ["ke-hoach-66-kh-hu-2022"])


@pytest.mark.parametrize("block,field,expected", [
    ("guide: [1]\n", "guide", "a mapping"),
    ("guide:\n  documents: []\n", "guide", "exactly one of 'topic'"),
    ("guide:\n  topic: 1\n  form: hinh-thuc/hoi-nghi.md\n  documents: []\n", "guide", "exactly one of 'topic'"),
    ("guide:\n  topic: 7\n  documents: []\n", "guide.topic", "from 1 to 5"),
    ("guide:\n  topic: true\n  documents: []\n", "guide.topic", "from 1 to 5"),
    ("guide:\n  form: hoi-nghi\n  documents: []\n", "guide.form", "the path of a form page"),
    ("guide:\n  topic: 1\n", "guide.documents", "required field"),
    ("guide:\n  topic: 1\n  documents: ke-hoach-66-kh-hu-2022\n", "guide.documents", "a list of ids"),
    ("guide:\n  topic: 1\n  documents: []\n  tpoic: 1\n", "guide.tpoic", "one of the guide keys"),
])
def test_malformed_guide_block(tmp_path, block, field, expected):
    error = error_for(tmp_path, {GUIDE: guide(block)})
    assert (error.file, error.field) == (GUIDE, field)
    assert expected in error.expected


def test_guide_for_a_topic_that_has_no_page(tmp_path):
    error = error_for(tmp_path, {GUIDE: guide("guide:\n  topic: 2\n  documents: []\n")})
    assert (error.file, error.field, error.expected) == (GUIDE, "guide.topic", "the number of a topic page in noi-dung/")


def test_guide_for_a_form_that_has_no_page(tmp_path):
    error = error_for(tmp_path, {GUIDE: guide("guide:\n  form: hinh-thuc/khong-co.md\n  documents: []\n")})
    assert (error.file, error.field) == (GUIDE, "guide.form") and "khong-co" in str(error)


def test_guide_naming_an_unknown_document(tmp_path):
    error = error_for(tmp_path, {GUIDE: guide("guide:\n  topic: 1\n  documents: [ke-hoach-99-kh-tw-2099]\n")})
    assert (error.file, error.field) == (GUIDE, "guide.documents") and "ke-hoach-99-kh-tw-2099" in str(error)


@pytest.mark.parametrize("documents", ["[ket-luan-21-kl-tw-2021]", "[ke-hoach-66-kh-hu-2022, ke-hoach-66-kh-hu-2022]"])
def test_guide_repeating_a_document(tmp_path, documents):
    error = error_for(tmp_path, {GUIDE: guide(f"guide:\n  topic: 1\n  documents: {documents}\n")})
    assert (error.file, error.field) == (GUIDE, "guide.documents") and "each document once" in error.expected


def test_two_guides_for_one_topic(tmp_path):
    error = error_for(tmp_path, {"tai-lieu-hoc-tap/ban-sao.md": guide("guide:\n  topic: 1\n  documents: []\n")})
    assert error.field == "guide.topic" and "no other guide" in error.expected


@pytest.mark.parametrize("where", ["trang.md", "tai-lieu-hoc-tap/index.md"])
def test_guide_block_outside_the_guide_pages(tmp_path, where):
    error = error_for(tmp_path, {where: guide("guide:\n  topic: 1\n  documents: []\n")})
    assert (error.file, error.field) == (where, "guide") and "tai-lieu-hoc-tap/" in error.expected


def test_guide_documents_marker_on_a_page_without_a_guide(tmp_path):
    catalogue = load(tree(tmp_path))
    with pytest.raises(CatalogueError) as caught:
        expand_markers("<!-- generated: guide-documents -->\n", "trang.md", catalogue, "vi")
    assert caught.value.field == "<!-- generated: guide-documents -->" and "'guide:'" in caught.value.expected


def test_handbook_marker_only_on_the_handbook_page(tmp_path):
    catalogue = load(tree(tmp_path))
    with pytest.raises(CatalogueError) as caught:
        expand_markers("<!-- generated: handbook -->\n", "trang.md", catalogue, "vi")
    assert caught.value.field == "<!-- generated: handbook -->"


def test_guide_documents_give_metadata_and_say_unknown(tmp_path):
    catalogue = load(tree(tmp_path))
    vi = expand_markers("<!-- generated: guide-documents -->\n", GUIDE, catalogue, "vi")
    named, more = vi.split("**Văn bản liên quan khác**")
    assert "**Văn bản nội dung này nêu tên**" in named
    assert "| 21-KL/TW | [Văn bản 21-KL/TW](../van-ban/ket-luan-21-kl-tw-2021.md) | Kết luận |" in named
    assert "25/10/2021[@bai-a]" in named and "Ban Chấp hành Trung ương Đảng[@bai-a]" in named
    # the plan's issuer is not in the sources: it says so, and cites nothing
    assert "| Kế hoạch | *chưa có trong nguồn* | 28/02/2022[@bai-a] |" in more
    en = expand_markers("<!-- generated: guide-documents -->\n", GUIDE, catalogue, "en")
    assert "*not in the sources*" in en and "25 October 2021" in en


def test_a_topic_naming_no_document_says_so(tmp_path):
    topic = TOPIC.replace("documents: [ket-luan-21-kl-tw-2021]", "documents: []")
    catalogue = load(tree(tmp_path, {"noi-dung/1-quan-diem.md": topic}))
    vi = expand_markers("<!-- generated: guide-documents -->\n", GUIDE, catalogue, "vi")
    assert "Nội dung này không nêu tên văn bản riêng nào." in vi


def test_pdf_names_per_language():
    assert pdf_name("tai-lieu-hoc-tap/noi-dung-1.md", "vi") == "tu-soi-tu-sua-noi-dung-1.pdf"
    assert pdf_name("tai-lieu-hoc-tap/so-tay.md", "en") == "tu-soi-tu-sua-so-tay-en.pdf"


def test_the_pdf_button_is_given_to_the_template_only_in_a_build_with_pdfs(catalogue, monkeypatch):
    from types import SimpleNamespace

    from scripts.generate.study_guides import PDF_ENV
    from scripts.printing.paper import download

    def page(src_uri):
        return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri))

    monkeypatch.delenv(PDF_ENV, raising=False)
    assert download(page("tai-lieu-hoc-tap/noi-dung-1.md"), catalogue, "vi") is None
    monkeypatch.setenv(PDF_ENV, "1")
    assert download(page("tai-lieu-hoc-tap/noi-dung-1.en.md"), catalogue, "en") == {
        "href": "tu-soi-tu-sua-noi-dung-1-en.pdf", "label": "Download PDF (A4)"}
    assert download(page("thuat-ngu.md"), catalogue, "vi") is None  # a page without a PDF
