"""Reproducible build, its parts: the comparison of two builds names a file that differs or is missing, and
the build date is the commit's unless SOURCE_DATE_EPOCH is given (scripts/rendering/build_date.py). Two real
builds are compared in tests/site/test_reproducible_build.py."""
from scripts.rendering import build_date
from tests.conftest import ROOT
from tests.folder_diff import differences


def test_the_comparison_names_a_file_that_differs_or_is_missing(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name / "sub").mkdir(parents=True)
        (tmp_path / name / "same.txt").write_text("x")
        (tmp_path / name / "sub" / "page.html").write_text("2026-01-01" if name == "a" else "2026-01-02")
    (tmp_path / "a" / "only-here.txt").write_text("x")
    assert differences(tmp_path / "a", tmp_path / "b") == ["only-here.txt", "sub/page.html"]


def test_the_build_date_comes_from_the_commit_unless_given(tmp_path):
    given = {"SOURCE_DATE_EPOCH": "1650000000"}
    assert build_date.pin(ROOT, given) == "1650000000"
    environ = {}
    committed = build_date.commit_time(ROOT)
    assert build_date.pin(ROOT, environ) == committed and environ.get("SOURCE_DATE_EPOCH") == committed
    assert committed is None or committed.isdigit()
    outside = {}
    assert build_date.pin(tmp_path, outside) is None and outside == {}  # not a checkout: MkDocs keeps today
