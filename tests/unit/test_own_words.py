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


def test_front_matter_prose_copied_from_a_research_excerpt_is_found(tmp_path):
    """What a provision says (front matter) is checked against the research excerpts, with fewer words."""
    from scripts.tools.own_words import PROSE_WORDS, _shingles_of, copied_prose

    excerpt = "đảng viên không được can thiệp vào việc điều tra truy tố xét xử thi hành án"
    found = _shingles_of([excerpt], PROSE_WORDS)
    copied = ("---\ndocument:\n  provisions:\n"
              "    - summary: {vi: 'Cấm đảng viên can thiệp vào việc điều tra truy tố xét xử thi hành án.'}\n---\n# T\n")
    quoted = copied.replace("'Cấm đảng viên can thiệp", "'Cấm đảng viên “can thiệp").replace("thi hành án.'", "thi hành án”.'")
    label_only = ("---\ndocument:\n  provisions:\n"
                  "    - label: {vi: 'can thiệp vào việc điều tra truy tố xét xử thi hành án'}\n---\n# T\n")
    assert copied_prose(copied, found)
    assert not copied_prose(quoted, found)
    assert not copied_prose(label_only, found)
