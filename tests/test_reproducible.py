"""Reproducible build: two builds of the same commit are byte-identical, sitemap dates included (the build
date is the commit's, scripts/build_date.py)."""
import datetime
import filecmp
import os
import re

import pytest

from scripts.rendering import build_date
from tests.conftest import ROOT, mkdocs_build


def differences(first, second) -> list[str]:
    """Files that are in one folder only or differ in content, as paths inside the folders."""
    found = []

    def walk(comparison, prefix=""):
        found.extend(prefix + name for name in comparison.left_only + comparison.right_only + comparison.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(first, second))
    return sorted(found)


def test_two_builds_of_the_same_commit_are_byte_identical(site, site_url, tmp_path):
    again = tmp_path / "again"
    result = mkdocs_build(ROOT, again, site_url)
    assert result.returncode == 0, result.stderr
    assert differences(site, again) == []


def test_sitemap_dates_are_the_commit_date(site):
    epoch = build_date.pin(ROOT, dict(os.environ))
    if epoch is None:
        pytest.skip("not a git checkout and no SOURCE_DATE_EPOCH: the build date is today's")
    expected = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).strftime("%Y-%m-%d")
    dates = set(re.findall(r"<lastmod>([^<]+)</lastmod>", (site / "sitemap.xml").read_text(encoding="utf-8")))
    assert dates == {expected}


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
