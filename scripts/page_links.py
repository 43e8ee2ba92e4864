"""Small Markdown builders shared by the generators: relative links, citations, table cells."""
from __future__ import annotations

import posixpath


def relative(from_page: str, to_page: str) -> str:
    """Link target from one docs-relative page path to another (`van-ban/a.md` → `../nguon.md`)."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


def link(from_page: str, to_page: str, text: str, anchor: str | None = None) -> str:
    target = relative(from_page, to_page) + (f"#{anchor}" if anchor else "")
    return f"[{escape(text)}]({target})"


def cite(source_ids: list[str]) -> str:
    """Citation markers that scripts/citations.py turns into footnotes."""
    return "".join(f"[@{source_id}]" for source_id in source_ids)


def escape(text: str) -> str:
    """Make text safe inside a Markdown table cell or link label."""
    return text.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]").replace("\n", " ")


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
