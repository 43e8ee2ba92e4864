"""Find sentences copied from the sources: runs of N or more consecutive words that a page (its body and the
prose of its front matter: what a document's provisions say, statements, notes, definitions) shares with one
of the five articles, and runs of PROSE_WORDS or more that the front matter's prose shares with an excerpt
of the research files (research/*.yml: evidence for reviewers, never text for the site). Quoted text is
left out (titles and short quotations go in quotes).

Usage: python3.11 scripts/cli.py own-words [--words N] [SOURCES_DIR]   (default N=20, ../shared/sources)
"""
from __future__ import annotations

import pathlib
import re
import sys

import yaml

from scripts.catalogue import split_front_matter
from scripts.common.markdown import CITATION, LINK
from scripts.common.matching import normalise_tones
from scripts.common.paths import ROOT  # noqa: E402

DEFAULT_SOURCES = ROOT.parent / "shared" / "sources"
QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|‘[^’]*’")
MIN_WORDS = 20
PROSE_WORDS = 10
# Front-matter keys whose text is the site's own prose (titles, subjects and labels may be exact wording)
PROSE_KEYS = {"summary", "statement", "conflict", "note", "text", "definition", "about"}


def words(text: str) -> list[str]:
    return re.findall(r"\w+", normalise_tones(text))


def copied_runs(page_text: str, article_shingles: set, n: int) -> list[str]:
    """Runs of at least n words of the page body (unquoted) that also stand in an article."""
    _, body = split_front_matter(page_text, "page")
    return _runs(QUOTED.sub(" ¶ ", LINK.sub("]", CITATION.sub(" ", body))), article_shingles, n)


def prose(node, inside: bool = False):
    """The strings of a front matter that sit under a PROSE_KEYS key (both languages)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from prose(value, inside or key in PROSE_KEYS)
    elif isinstance(node, list):
        for value in node:
            yield from prose(value, inside)
    elif isinstance(node, str) and inside:
        yield node


def copied_prose(page_text: str, source_shingles: set, n: int = PROSE_WORDS) -> list[str]:
    """Runs of at least n words of the front matter's prose (unquoted) that also stand in a source."""
    meta, _ = split_front_matter(page_text, "page")
    return [run for text in prose(meta) for run in _runs(QUOTED.sub(" ¶ ", text), source_shingles, n)]


def _runs(text: str, source_shingles: set, n: int) -> list[str]:
    tokens = words(text)
    hits = [i for i in range(len(tokens) - n + 1) if tuple(tokens[i:i + n]) in source_shingles]
    runs, start = [], None
    for k, i in enumerate(hits):
        if start is None:
            start = i
        if k + 1 == len(hits) or hits[k + 1] != i + 1:
            runs.append(" ".join(tokens[start:i + n]))
            start = None
    return runs


def _shingles_of(texts, n: int) -> set:
    found = set()
    for text in texts:
        tokens = words(text)
        found.update(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return found


def shingles(sources_dir: pathlib.Path, n: int) -> set:
    """Every run of n words of the five articles."""
    return _shingles_of((a.read_text(encoding="utf-8") for a in sorted(sources_dir.glob("*.txt"))), n)


def excerpts(sources_dir: pathlib.Path) -> list[str]:
    """The excerpts of the research files (sources_dir/research/*.yml)."""
    found = []
    for file in sorted((sources_dir / "research").glob("*.yml")):
        for entry in yaml.safe_load(file.read_text(encoding="utf-8")) or []:
            found += [source["excerpt"] for source in entry.get("sources") or [] if source.get("excerpt")]
    return found


def report(docs_dir: pathlib.Path, sources_dir: pathlib.Path, n: int = MIN_WORDS) -> dict[str, list[str]]:
    article_shingles = shingles(sources_dir, n)
    excerpt_shingles = _shingles_of(excerpts(sources_dir), PROSE_WORDS)
    result = {}
    for page in sorted(docs_dir.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        runs = (copied_runs(text, article_shingles, n) + copied_prose(text, article_shingles, n)
                + copied_prose(text, excerpt_shingles, PROSE_WORDS))
        if runs:
            result[page.relative_to(docs_dir).as_posix()] = runs
    return result


def main(argv: list[str]) -> int:
    n = MIN_WORDS
    if argv[:1] == ["--words"]:
        n, argv = int(argv[1]), argv[2:]
    sources_dir = pathlib.Path(argv[0]) if argv else DEFAULT_SOURCES
    found = report(ROOT / "docs", sources_dir, n)
    for page, runs in found.items():
        for run in runs:
            print(f"{page}: {len(run.split())} words copied: {run}")
    print(f"{sum(map(len, found.values()))} copied run(s) of {n}+ words")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
