"""Hostile content on a copy of the project: a payload appended to every prose value of the front matter
(what a careless or hostile editor could write without breaking the schema), to prove that every value is
escaped wherever the build writes it (tests/site/test_content_safety_built.py, tests/browser/test_content_security.py)."""
from __future__ import annotations

import pathlib
from html.parser import HTMLParser

import yaml

from scripts.catalogue import split_front_matter

# Characters that mean something in Markdown, in HTML or in an attribute, but no markup the schema refuses:
# shown as they are, they prove the value was escaped for each kind of output it reached
PAYLOAD = "Qzpayload R&D <3 *i* _u_ {z} `c` |p| [w](x) \\ \"q\" 's' >"
# The prose values: texts in each language, titles, authors, provinces (not `term`, which must be found on a
# page, nor ids, dates, numbers or addresses, which must match a pattern or another value)
PROSE_KEYS = {"vi", "en", "title", "author", "province"}


def _append(value, key: str | None):
    if isinstance(value, dict):
        return {k: _append(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_append(v, key) for v in value]
    if isinstance(value, str) and key in PROSE_KEYS:
        return f"{value} {PAYLOAD}"
    return value


def append_payload(docs_dir: pathlib.Path) -> int:
    """Append PAYLOAD to every prose value of every page's front matter; returns how many pages changed."""
    changed = 0
    for file in sorted(docs_dir.rglob("*.md")):
        text = file.read_text(encoding="utf-8")
        meta, body = split_front_matter(text, file.name)
        if not meta:
            continue
        mutated = _append(meta, None)
        dumped = yaml.safe_dump(mutated, allow_unicode=True, sort_keys=False, width=10_000)
        file.write_text(f"---\n{dumped}---\n{body}", encoding="utf-8")
        changed += 1
    return changed


class _Text(HTMLParser):
    """A page's text (outside scripts and styles) in one string, and its attribute values."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.attributes, self._skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        self.attributes += [(tag, name, value) for name, value in attrs if value]

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


MARK = PAYLOAD.split(" ", 1)[0]
SOLID = "".join(PAYLOAD.split())  # compared without white space: SVG text wraps into lines of its own


def _solid(text: str) -> str:
    return "".join(text.split())


def payload_problems(site: pathlib.Path) -> tuple[int, list[str]]:
    """(how many times the payload was found, where it was not shown as written): text where Markdown
    or HTML took part of it as markup, attributes that lost part of it."""
    found, problems = 0, []
    for page in sorted(site.rglob("*.html")):
        parser = _Text()
        parser.feed(page.read_text(encoding="utf-8"))
        text = _solid("".join(parser.parts))
        start = text.find(MARK)
        while start != -1:
            found += 1
            if text[start:start + len(SOLID)] != SOLID:
                problems.append(f"{page.relative_to(site)}: text {text[max(0, start - 40):start + len(SOLID) + 10]!r}")
            start = text.find(MARK, start + 1)
        for tag, name, value in parser.attributes:
            if MARK in value:
                found += 1
                if SOLID not in _solid(value):
                    problems.append(f"{page.relative_to(site)}: <{tag} {name}> {value[-120:]!r}")
    return found, problems
