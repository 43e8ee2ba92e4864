"""A list never says a label twice ("Nội dung 1: Nội dung 1: …", "Diễn đàn sinh hoạt chi bộ: Diễn đàn sinh hoạt
chi bộ"): a label is left out where the title already opens with it, a description where all its words are
already in the title, in both languages. The built site is checked in tests/site/test_repeated_labels_built.py."""
import pytest

from scripts.catalogue import load
from scripts.common.markdown import adds_nothing, opens_with
from scripts.generate import expand_markers
from tests.unit.content_fixture import document
from tests.unit.guide_fixture import GUIDE, tree

TOPIC_EN = "---\ntitle: \"Content 1: Views\"\n---\n# Content 1: Views\n"
FORM_SAME = """\
---
title: Diễn đàn sinh hoạt chi bộ
form:
  short: {vi: Diễn đàn sinh hoạt chi bộ, en: Party cell forum}
  source: [bai-a]
---
# Diễn đàn sinh hoạt chi bộ
"""
FORM_SAME_EN = "---\ntitle: Party cell forum\n---\n# Party cell forum\n"
FORM_OTHER = """\
---
title: Tổng kết thực tiễn
form:
  short: {vi: Tổng kết và hội thảo, en: Reviews and workshops}
  source: [bai-a]
---
# Tổng kết thực tiễn
"""
PROVISIONS = ("  provisions:\n"
              "    - anchor: diem-1\n      kind: diem\n      number: '1'\n"
              "      label: {vi: Điểm 1, en: Point 1}\n"
              "      summary: {vi: Điểm 1 nhắc rằng Đảng cổ vũ sáng tạo., en: Point 1 recalls that the Party encourages.}\n"
              "      source: [bai-a]\n"
              "    - anchor: diem-2\n      kind: diem\n      number: '2'\n"
              "      label: {vi: Điểm 2, en: Point 2}\n"
              "      summary: {vi: Đảng giao nhiệm vụ., en: The Party assigns tasks.}\n"
              "      source: [bai-a]\n")


def catalogue(tmp_path):
    conclusion = document(extra=PROVISIONS).replace("# Văn bản 21-KL/TW\n",
                                                    "# Văn bản 21-KL/TW\n\n<!-- generated: provisions -->\n")
    return load(tree(tmp_path, {
        "noi-dung/1-quan-diem.en.md": TOPIC_EN,
        "hinh-thuc/dien-dan.md": FORM_SAME, "hinh-thuc/dien-dan.en.md": FORM_SAME_EN,
        "hinh-thuc/tong-ket.md": FORM_OTHER,
        "van-ban/ket-luan-21-kl-tw-2021.md": conclusion,
    }))


@pytest.mark.parametrize("text,label,expected", [
    ("Nội dung 1: Quan điểm", "Nội dung 1", True),
    ("nội dung 1 — quan điểm", "Nội dung 1", True),
    ("Nội dung 1", "Nội dung 1", True),
    ("Nội dung 10: Quan điểm", "Nội dung 1", False),
    ("Quan điểm", "Nội dung 1", False),
    ("Content 1: Views", "Content 1", True),
    ("Anything", "", False),
])
def test_opens_with_is_whole_words_and_any_case(text, label, expected):
    assert opens_with(text, label) is expected


@pytest.mark.parametrize("description,title,expected", [
    ("Diễn đàn sinh hoạt chi bộ", "Diễn đàn sinh hoạt chi bộ", True),
    ("Những điểm mới", "Nội dung 2: Những điểm mới", True),
    ("Party cell forum", "party cell  forum", True),
    ("điểm mới", "Nội dung 2: Những điểm mới", True),
    ("iểm mới", "Nội dung 2: Những điểm mới", False),
    ("The Party's views", "Content 1: Fully grasping the views", False),
    ("Quán triệt quan điểm xây dựng", "Nội dung 1: Quán triệt quan điểm về xây dựng", True),
    ("Meetings of Party committees, cells", "Meetings of Party committees, Party cells", True),
    ("Tổng kết và hội thảo", "Tổng kết thực tiễn", False),
])
def test_a_description_adds_nothing_when_the_title_says_it(description, title, expected):
    assert adds_nothing(description, title) is expected


@pytest.mark.parametrize("lang,covers", [
    ("vi", "| [Nội dung 1: Quan điểm](../noi-dung/1-quan-diem.md) |"),
    ("en", "| [Content 1: Views](../noi-dung/1-quan-diem.md) |"),
])
def test_the_list_of_guides_does_not_repeat_the_topic_label(tmp_path, lang, covers):
    markdown = expand_markers("<!-- generated: study-guides -->", "tai-lieu-hoc-tap/index.md", catalogue(tmp_path), lang)
    assert covers in markdown
    assert "Nội dung 1: [Nội dung 1" not in markdown and "Content 1: [Content 1" not in markdown


@pytest.mark.parametrize("lang,expected,repeated", [
    ("vi", "1. [Nội dung 1: Quan điểm](noi-dung/1-quan-diem.md) (", "Quan điểm](noi-dung/1-quan-diem.md): Quan điểm"),
    ("en", "1. [Content 1: Views](noi-dung/1-quan-diem.md) (", "Views](noi-dung/1-quan-diem.md): Views"),
])
def test_the_list_of_topics_does_not_repeat_the_short_name(tmp_path, lang, expected, repeated):
    markdown = expand_markers("<!-- generated: topics -->", "index.md", catalogue(tmp_path), lang)
    assert expected in markdown and repeated not in markdown


@pytest.mark.parametrize("lang,same,other", [
    ("vi", "- [Diễn đàn sinh hoạt chi bộ](hinh-thuc/dien-dan.md)\n",
     "- [Tổng kết thực tiễn](hinh-thuc/tong-ket.md): Tổng kết và hội thảo"),
    ("en", "- [Party cell forum](hinh-thuc/dien-dan.md)\n",
     "- [Tổng kết thực tiễn](hinh-thuc/tong-ket.md): Reviews and workshops"),
])
def test_the_list_of_forms_says_a_short_name_only_when_it_adds_something(tmp_path, lang, same, other):
    markdown = expand_markers("<!-- generated: forms -->", "index.md", catalogue(tmp_path), lang) + "\n"
    assert same in markdown and other in markdown


@pytest.mark.parametrize("lang,opening,labelled", [
    ("vi", "- [Điểm 1](../van-ban/ket-luan-21-kl-tw-2021.md#diem-1) nhắc rằng Đảng cổ vũ sáng tạo.[@bai-a]",
     "- [Điểm 2](../van-ban/ket-luan-21-kl-tw-2021.md#diem-2): Đảng giao nhiệm vụ.[@bai-a]"),
    ("en", "- [Point 1](../van-ban/ket-luan-21-kl-tw-2021.md#diem-1) recalls that the Party encourages.[@bai-a]",
     "- [Point 2](../van-ban/ket-luan-21-kl-tw-2021.md#diem-2): The Party assigns tasks.[@bai-a]"),
])
def test_a_provision_whose_summary_opens_with_its_label_links_its_first_words(tmp_path, lang, opening, labelled):
    markdown = expand_markers("<!-- generated: guide-documents -->", GUIDE, catalogue(tmp_path), lang)
    assert opening in markdown and labelled in markdown
