"""Pages are written in their own words: no long run of words is copied from a source article."""
import pytest

from scripts.tools.own_words import DEFAULT_SOURCES, MIN_WORDS, copied_runs, report, shingles
from tests.conftest import ROOT


def test_checker_finds_a_copied_sentence_and_accepts_a_quoted_one(tmp_path):
    article = "Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai. Câu khác hẳn."
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    found = shingles(tmp_path, 8)
    assert copied_runs("# T\n\nHọ viết: một hai ba bốn năm sáu bảy tám chín mười.\n", found, 8)
    assert not copied_runs("# T\n\nHọ viết: “một hai ba bốn năm sáu bảy tám chín mười”.\n", found, 8)


@pytest.mark.skipif(not DEFAULT_SOURCES.is_dir(), reason="../shared/sources is not beside this checkout")
def test_no_page_copies_a_run_of_words_from_an_article():
    found = report(ROOT / "docs", DEFAULT_SOURCES, MIN_WORDS)
    assert found == {}, "\n".join(f"{page}: {run}" for page, runs in found.items() for run in runs)
