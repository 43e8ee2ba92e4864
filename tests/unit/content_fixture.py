"""A minimal valid docs/ tree, written into a temporary folder, for schema and index tests."""
from __future__ import annotations

import pathlib
import re

SOURCES = """\
---
title: Nguồn
sources:
  - id: bai-a
    kind: article
    short: {vi: Bài A, en: Article A}
  - id: bai-b
    kind: article
    short: {vi: Bài B, en: Article B}
---
# Nguồn
<!-- generated: sources -->
"""

GLOSSARY = """\
---
title: Thuật ngữ
terms:
  - term: tự diễn biến
    en: self-evolution
    definition: {vi: Định nghĩa., en: Definition.}
    source: [bai-a]
---
# Thuật ngữ
<!-- generated: glossary -->
"""


def document(number="21-KL/TW", doc_type="ket-luan", date="2021-10-25", term="XIII", issuer="bch-tw",
             relations="[]", extra="") -> str:
    def sourced(value):
        return "null" if value is None else f"{{value: {value}, source: [bai-a]}}"

    lines = ["---", f"title: Văn bản {number}", "document:",
             f"  number: {number if number else 'null'}", f"  type: {doc_type}", "  level: trung-uong",
             f"  issuer: {sourced(issuer)}", "  signer: null", f"  date: {sourced(date)}",
             f"  term: {sourced(term)}", '  subject: {vi: "Trích yếu", en: "Subject", source: [bai-a]}',
             f"  relations: {relations}"]
    return "\n".join(lines) + "\n" + extra + f"---\n# Văn bản {number}\n\nBàn về tự diễn biến.[@bai-a]\n"


def make_docs(root: pathlib.Path, pages: dict[str, str] | None = None) -> pathlib.Path:
    """Write the minimal tree plus `pages` ({relative path: text}; a None text deletes the page). Each
    Vietnamese page gets a plain English twin unless `pages` gives one (or None: no twin)."""
    files = {"nguon.md": SOURCES, "thuat-ngu.md": GLOSSARY,
             "van-ban/ket-luan-21-kl-tw-2021.md": document()}
    files.update(pages or {})
    for rel in list(files):
        twin = rel[:-3] + ".en.md"
        if not rel.endswith(".en.md") and not rel.startswith("includes/") and twin not in files:
            found = re.search(r"^title: (.+)$|^# (.+)$", files[rel] or "", re.MULTILINE)
            files[twin] = f"# {(found.group(1) or found.group(2)) if found else rel}\n"
    for rel, text in files.items():
        if text is None:
            continue
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
