"""Reproducible build: two builds of the same commit are byte-identical, sitemap dates included (the build
date is the commit's, scripts/rendering/build_date.py)."""
import datetime
import os
import re

import pytest

from scripts.rendering import build_date
from tests.conftest import ROOT, mkdocs_build
from tests.folder_diff import differences


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
