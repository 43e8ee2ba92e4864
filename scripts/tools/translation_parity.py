"""Translation parity: an English twin (`x.en.md`) must mirror its Vietnamese page (`x.md`).

Compared: heading levels in order, link targets, citations, generated-block markers, admonitions, tables.
Usage: python -m scripts.tools.translation_parity [PAGE ...]   (docs-relative Vietnamese paths; default: every page)
Prints one line per problem and exits 1 if there is any; a missing twin is a problem too.
"""
from __future__ import annotations

import collections
import pathlib
import re
import sys

from scripts.catalogue import SNIPPETS_DIR, split_front_matter
from scripts.catalogue.schema import TWIN_KEYS
from scripts.common.markdown import CITATION, LINK, MARKER, body_lines, heading_levels
from scripts.common.pages import language_file, language_of
from scripts.common.paths import ROOT

DOCS = ROOT / "docs"
ADMONITION = re.compile(r"^\s*(!!!|\?\?\?\+?)\s+([\w-]+)")






def shape(text: str, file: str) -> dict:
    """The language-neutral skeleton of a page."""
    meta, body = split_front_matter(text, file)
    return {
        "meta": meta,
        "headings": heading_levels(body),
        "links": collections.Counter(LINK.findall(body)),
        "citations": collections.Counter(CITATION.findall(body)),
        "markers": MARKER.findall(body),
        "admonitions": [m.group(2) for line in body_lines(body) if (m := ADMONITION.match(line))],
        "table_rows": sum(1 for line in body_lines(body) if line.lstrip().startswith("|")),
    }


def compare(vi_page: str, docs: pathlib.Path = DOCS, lang: str = "en") -> list[str]:
    """Problems of the `lang` twin of `vi_page`, each naming the page."""
    twin = language_file(vi_page, lang)
    if not (docs / twin).is_file():
        return [f"{twin}: missing translation of {vi_page}"]
    source = shape((docs / vi_page).read_text(encoding="utf-8"), vi_page)
    target = shape((docs / twin).read_text(encoding="utf-8"), twin)
    problems = []
    extra_keys = set(target["meta"]) - TWIN_KEYS
    if extra_keys:
        problems.append(f"{twin}: front matter may only hold {sorted(TWIN_KEYS)}; language-neutral "
                        f"fields live in {vi_page} (found {sorted(extra_keys)})")
    if source["meta"].get("hide") != target["meta"].get("hide"):
        problems.append(f"{twin}: 'hide' differs from {vi_page}")
    for key, what in (("headings", "heading levels"), ("markers", "generated-block markers"),
                      ("admonitions", "admonition types"), ("table_rows", "number of table rows")):
        if source[key] != target[key]:
            problems.append(f"{twin}: {what} differ from {vi_page}: {source[key]} vs {target[key]}")
    for key, what in (("links", "link targets"), ("citations", "citations")):
        if source[key] != target[key]:
            missing = source[key] - target[key]
            extra = target[key] - source[key]
            problems.append(f"{twin}: {what} differ from {vi_page}: missing {dict(missing)}, extra {dict(extra)}")
    return problems




def vietnamese_pages(docs: pathlib.Path = DOCS) -> list[str]:
    return sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md")
                  if language_of(p) == "vi" and not p.relative_to(docs).as_posix().startswith(SNIPPETS_DIR + "/"))


def main(argv: list[str]) -> int:
    pages = argv or vietnamese_pages()
    problems = [problem for page in pages for problem in compare(page)]
    for problem in problems:
        print(problem)
    print(f"{len(problems)} translation problem(s) in {len(pages)} page(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
