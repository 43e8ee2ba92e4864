"""Find sentences copied from the source articles: runs of N or more consecutive words that a page shares
with an article, outside quotation marks and front matter (titles and short quotations go in quotes).

Usage: python -m scripts.own_words [--words N] [SOURCES_DIR]   (default N=20, ../shared/sources)
"""
from __future__ import annotations

import pathlib
import re
import sys

from scripts.catalogue import split_front_matter
from scripts.common.markdown import CITATION, LINK
from scripts.common.matching import normalise_tones
from scripts.common.paths import ROOT  # noqa: E402

DEFAULT_SOURCES = ROOT.parent / "shared" / "sources"
QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|‘[^’]*’")
MIN_WORDS = 20


def words(text: str) -> list[str]:
    return re.findall(r"\w+", normalise_tones(text))


def copied_runs(page_text: str, article_shingles: set, n: int) -> list[str]:
    """Runs of at least n words of the page body (unquoted) that also stand in an article."""
    _, body = split_front_matter(page_text, "page")
    body = QUOTED.sub(" ¶ ", LINK.sub("]", CITATION.sub(" ", body)))
    tokens = words(body)
    hits = [i for i in range(len(tokens) - n + 1) if tuple(tokens[i:i + n]) in article_shingles]
    runs, start = [], None
    for k, i in enumerate(hits):
        if start is None:
            start = i
        if k + 1 == len(hits) or hits[k + 1] != i + 1:
            runs.append(" ".join(tokens[start:i + n]))
            start = None
    return runs


def shingles(sources_dir: pathlib.Path, n: int) -> set:
    found = set()
    for article in sorted(sources_dir.glob("*.txt")):
        tokens = words(article.read_text(encoding="utf-8"))
        found.update(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return found


def report(docs_dir: pathlib.Path, sources_dir: pathlib.Path, n: int = MIN_WORDS) -> dict[str, list[str]]:
    article_shingles = shingles(sources_dir, n)
    result = {}
    for page in sorted(docs_dir.rglob("*.md")):
        runs = copied_runs(page.read_text(encoding="utf-8"), article_shingles, n)
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
