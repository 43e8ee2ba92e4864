"""A docs/ tree with a topic, a form, a local plan and one study guide for topic 1, on top of the minimal tree
of content_fixture.py (tests/unit/test_study_guides.py, tests/unit/test_print_links.py)."""
from tests.unit.content_fixture import document, make_docs

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
