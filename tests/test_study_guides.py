"""Study guides: the `guide:` front-matter block (one test per error), their generated blocks, the handbook
assembly and the link targets written for paper. The printed PDFs are tested in test_print.py."""
import re
import types

import pytest

from scripts.catalogue import CatalogueError, load
from scripts.generate import expand_markers
from scripts.generate.study_guides import handbook_anchor, pdf_name
from scripts.printing.handbook import assemble, relative_url
from scripts.printing.print_links import annotate, resolve
from tests.content_fixture import document, make_docs

TOPIC = """\
---
title: "Nội dung 1: Quan điểm"
topic:
  number: 1
  short: {vi: Quan điểm, en: Views}
  documents: [ket-luan-21-kl-tw-2021]
  source: [bai-a]
---
# Nội dung 1: Quan điểm
"""
FORM = """\
---
title: Hội nghị kiểm điểm
form:
  short: {vi: Hội nghị, en: Conference}
  source: [bai-a]
---
# Hội nghị kiểm điểm
"""
PLAN = "van-ban/ke-hoach-66-kh-hu-2022.md"
GUIDE = "tai-lieu-hoc-tap/noi-dung-1.md"


def guide(block: str, title: str = "Tài liệu học tập 1") -> str:
    return f"---\ntitle: {title}\n{block}---\n# {title}\n\n<!-- generated: guide-documents -->\n"


def tree(tmp_path, pages=None):
    files = {"noi-dung/1-quan-diem.md": TOPIC, "hinh-thuc/hoi-nghi.md": FORM,
             PLAN: document(number="66-KH/HU", doc_type="ke-hoach", date="2022-02-28", term=None,
                            issuer=None).replace("level: trung-uong", "level: dia-phuong"),
             GUIDE: guide("guide:\n  topic: 1\n  documents: [ke-hoach-66-kh-hu-2022]\n")}
    files.update(pages or {})
    return make_docs(tmp_path, files)


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


# --------------------------------------------------------------------------------------------------
# The handbook: pages moved into one


def built(url, content):
    return types.SimpleNamespace(url=url, content=content)


def test_handbook_sections_get_their_own_ids_and_links_point_inside():
    handbook_url = "tai-lieu-hoc-tap/so-tay/"
    document_page = ('<h1 id="kl">KL</h1><p><a href="../../noi-dung/1-a/#y">x</a> <a href="#fn:a">1</a>'
                     ' <a href="../../nguon/#bai-a">n</a> <a href="https://example.org/">e</a></p>'
                     '<h2 data-search-exclude id="duoc-nhac-den-tai">Được nhắc đến tại</h2><ul><li>b</li></ul>'
                     '<h2 id="luoc-do" data-search-exclude>Lược đồ</h2>'
                     '<figure class="relation-diagram"><svg aria-labelledby="t"><title id="t">d</title></svg></figure>'
                     '<div class="footnote"><ol><li id="fn:a">s</li></ol></div>')
    pages = {"van-ban/kl.md": built("van-ban/kl/", document_page),
             "noi-dung/1-a.md": built("noi-dung/1-a/", '<h1 id="nd">Nội dung</h1><h2 id="y">Y</h2>')}
    own = ('<p><a href="../../van-ban/kl/">KL</a> <a href="#phan-1">P</a></p>'
           '<div class="handbook-page" data-handbook-page="van-ban/kl.md"></div>'
           '<div class="handbook-page" data-handbook-page="noi-dung/1-a.md"></div>')
    out = assemble(own, handbook_url, pages, "vi")
    kl, nd = handbook_anchor("van-ban/kl.md"), handbook_anchor("noi-dung/1-a.md")
    assert f'<a href="#{kl}">KL</a>' in out and '<a href="#phan-1">P</a>' in out  # the contents
    assert f'<section class="handbook-page" id="{kl}">' in out
    assert f'<h3 id="{kl}--kl">KL' in out and f'<h4 id="{nd}--y">Y' in out  # two levels down
    assert f'href="#{nd}--y"' in out  # a link to an included page now points inside
    assert f'href="#{kl}--fn:a"' in out and f'id="{kl}--fn:a"' in out  # footnotes do not clash
    assert 'href="../../nguon/#bai-a"' in out and 'href="https://example.org/"' in out
    assert "Được nhắc đến tại" not in out and "relation-diagram" not in out and "Lược đồ" not in out


def test_handbook_leaves_out_the_translation_note_of_each_english_page():
    page = ('<h1 id="t">Title</h1>\n<div class="admonition info">\n<p class="admonition-title">The Vietnamese text is '
            'authoritative</p>\n<p>This page is a translation.</p>\n</div>\n<p>Body.</p>')
    out = assemble('<div class="handbook-page" data-handbook-page="a.md"></div>', "en/tai-lieu-hoc-tap/so-tay/",
                   {"a.md": built("en/a/", page)}, "en")
    assert "authoritative" not in out and "<p>Body.</p>" in out


def test_handbook_stops_on_a_page_it_cannot_find():
    with pytest.raises(ValueError, match="van-ban/khong-co.md"):
        assemble('<div class="handbook-page" data-handbook-page="van-ban/khong-co.md"></div>',
                 "tai-lieu-hoc-tap/so-tay/", {}, "vi")


@pytest.mark.parametrize("from_url,to_url,expected", [
    ("tai-lieu-hoc-tap/so-tay/", "nguon/", "../../nguon/"),
    ("tai-lieu-hoc-tap/so-tay/", "", "../../"),
    ("en/tai-lieu-hoc-tap/so-tay/", "en/tai-lieu-hoc-tap/so-tay/", "./"),
    ("tai-lieu-hoc-tap/so-tay.html", "noi-dung/index.html", "../noi-dung/index.html"),  # the offline bundle
])
def test_relative_url(from_url, to_url, expected):
    assert relative_url(from_url, to_url) == expected


# --------------------------------------------------------------------------------------------------
# Link targets for paper


def test_links_carry_their_target_for_print(tmp_path):
    catalogue = load(tree(tmp_path))
    paths = {"van-ban/ket-luan-21-kl-tw-2021/": "van-ban/ket-luan-21-kl-tw-2021.md",
             "noi-dung/1-quan-diem/": "noi-dung/1-quan-diem.md", "nguon/": "nguon.md"}
    content = ('<p><a href="../../van-ban/ket-luan-21-kl-tw-2021/">Kết luận</a> '
               '<a href="../../van-ban/ket-luan-21-kl-tw-2021/">Kết luận số 21-<abbr>KL</abbr>/TW</a> '
               '<a href="../../noi-dung/1-quan-diem/#x">phần này</a> '
               '<a href="https://example.org/a">trang ngoài</a> <a href="https://example.org/a">https://example.org/a</a> '
               '<a class="headerlink" href="#h">¶</a> <a href="#muc">mục</a></p>'
               '<div class="footnote" data-search-exclude><a href="../../nguon/#bai-a">Bài A</a></div>')
    out = annotate(content, "tai-lieu-hoc-tap/noi-dung-1/", paths, catalogue, "vi")
    assert '<a href="../../van-ban/ket-luan-21-kl-tw-2021/" data-print-target="21-KL/TW">Kết luận</a>' in out
    assert out.count('data-print-target="21-KL/TW"') == 1  # the text already names it the second time
    assert 'data-print-target="Nội dung 1: Quan điểm">phần này' in out
    assert out.count('data-print-url="https://example.org/a"') == 1
    assert '<a class="headerlink" href="#h">' in out and '<a href="#muc">' in out
    assert '<a href="../../nguon/#bai-a">Bài A</a>' in out  # footnotes stay as they are


@pytest.mark.parametrize("page_url,href,expected", [
    ("noi-dung/1-a/", "../../van-ban/x/", ("van-ban/x/", "")),
    ("noi-dung/1-a/", "../", ("noi-dung/", "")),
    ("noi-dung/", "../#top", ("", "top")),
    ("", "van-ban/", ("van-ban/", "")),
    ("./", "van-ban/", ("van-ban/", "")),
    ("noi-dung/1-a.html", "../van-ban/x.html#y", ("van-ban/x.html", "y")),  # the offline bundle
    ("noi-dung/1-a.html", "index.html", ("noi-dung/", "")),
    ("noi-dung/1-a.html", "../index.html", ("", "")),
    ("thuat-ngu.html", "van-ban/x.html", ("van-ban/x.html", "")),
    ("noi-dung/1-a/", "#y", ("noi-dung/1-a/", "y")),
    ("noi-dung/1-a/", "https://example.org/", None),
])
def test_resolve(page_url, href, expected):
    assert resolve(page_url, href) == expected


# --------------------------------------------------------------------------------------------------
# The guides themselves

STUDY_AID = {"vi": "Gợi ý của trang (không phải nội dung văn bản)", "en": "The site's own study aid (not document content)"}


def admonitions(markdown: str) -> list[tuple[str, str, list[str]]]:
    """(classes, title, body lines) of each `!!!` box."""
    found, lines = [], markdown.split("\n")
    for i, line in enumerate(lines):
        head = re.match(r'^!!! ([\w -]+?) "(.*)"\s*$', line)
        if head:
            body = []
            for following in lines[i + 1:]:
                if following.strip() and not following.startswith("    "):
                    break
                body.append(following)
            found.append((head.group(1), head.group(2), body))
    return found


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_guide_has_questions_and_a_sheet_marked_as_the_sites_own_aid(catalogue, lang):
    from tests.conftest import ROOT

    assert len(catalogue.guides) == 6 and {g.topic for g in catalogue.guides} == {1, 2, 3, 4, 5, None}
    for guide in catalogue.guides:
        file = ROOT / "docs" / (guide.path if lang == "vi" else guide.path[:-3] + ".en.md")
        boxes = admonitions(file.read_text(encoding="utf-8"))
        assert boxes and all(title == STUDY_AID[lang] for _, title, _ in boxes), file
        questions = [b for c, _, b in boxes if c == "tip" and any(re.match(r"\s{4}\d+\. ", x) for x in b)]
        assert len(questions) == 1 and 5 <= sum(bool(re.match(r"\s{4}\d+\. ", x)) for x in questions[0]) <= 8
        [sheet] = [b for c, _, b in boxes if c == "tip self-review"]
        blank_rows = [x for x in sheet if re.fullmatch(r"\s{4}\|.*\|( +\|){2}\s*", x)]
        assert len(blank_rows) >= 4, f"{file}: the sheet needs rows with room to write"
        assert "<!-- generated: guide-documents -->" in file.read_text(encoding="utf-8")
