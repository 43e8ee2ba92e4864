"""Markdown as this project reads and writes it: the patterns the build reads in pages (links, citations,
headings, generated-block markers) and the small builders the generators write (links, citations, table
cells, tables)."""
from __future__ import annotations

import html
import re

from scripts.common.pages import md_target

LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
CITATION = re.compile(r"\[@([^\]\s]+)\]")
# The one pattern of a generated block's marker line, `<!-- generated: NAME -->` (NAME: group 1)
MARKER = re.compile(r"^<!--\s*generated:\s*([a-z-]+)\s*-->\s*$", re.MULTILINE)
TITLE = re.compile(r"^#\s+(.+?)\s*(?:\{[^}]*\})?\s*$", re.MULTILINE)  # a page's '# ' title
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")  # any heading line: (hashes, text)
EXPLICIT_ID = re.compile(r"\s*\{[^}]*#([\w-]+)[^}]*\}\s*$")  # a heading's own `{#anchor}`
FENCE = re.compile(r"^(```|~~~)")
WORD = re.compile(r"\w+(?:['’]\w+)*")  # a word, with its apostrophe ("Party's")


def body_lines(body: str) -> list[str]:
    """Lines outside fenced code blocks."""
    lines, fenced = [], False
    for line in body.split("\n"):
        if FENCE.match(line.strip()):
            fenced = not fenced
            continue
        if not fenced:
            lines.append(line)
    return lines


def heading_levels(body: str) -> list[int]:
    return [len(m.group(1)) for line in body_lines(body) if (m := HEADING.match(line))]


def link(from_page: str, to_page: str, text: str, anchor: str | None = None) -> str:
    target = md_target(from_page, to_page) + (f"#{anchor}" if anchor else "")
    return f"[{escape(text)}]({target})"


def cite(source_ids: list[str]) -> str:
    """Citation markers that scripts/generate/citations.py turns into footnotes."""
    return "".join(f"[@{source_id}]" for source_id in source_ids)


# Markdown punctuation a value could use to make a link, emphasis, code or a table column; a backslash
# before it shows it as it is
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]|])")


def escape(text: str) -> str:
    """A value from the content (front matter), made plain text wherever generated Markdown puts it (a
    table cell, a link label, a list item, a heading): HTML's `& < >` become entities, Markdown's
    punctuation is backslash-escaped, attribute-list braces (`{: onclick=...}`) become entities and new
    lines spaces. The one escaper for Markdown; HTML written directly uses html.escape."""
    text = html.escape(text, quote=False)
    text = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    return text.replace("{", "&#123;").replace("}", "&#125;").replace("\r", " ").replace("\n", " ")


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def opens_with(text: str, label: str) -> bool:
    """Whether `text` already begins with `label`, as whole words and whatever the case: "Nội dung 1: Quan
    điểm" begins with "Nội dung 1", "Nội dung 10: …" does not. A list then writes `text` alone, not
    "Nội dung 1: Nội dung 1: Quan điểm"."""
    text, label = _words(text), _words(label)
    return bool(label) and text.startswith(label) and (len(text) == len(label) or not text[len(label)].isalnum())


def adds_nothing(description: str, title: str) -> bool:
    """Whether a description written after a title only says the title again: every word of it is already in
    the title ("Nội dung 2: Những điểm mới" and "Những điểm mới"; "Meetings of Party committees, Party cells"
    and "Meetings of Party committees, cells")."""
    words = WORD.findall(description.casefold())
    return bool(words) and set(words) <= set(WORD.findall(title.casefold()))


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
