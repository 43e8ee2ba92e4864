"""`mkdocs serve` rebuilds in one process: a second build there gives the same site as the first, so no state
of the hooks or the library leaks from one build into the next (scripts/hooks/state.py)."""
import subprocess
import sys

from tests.conftest import ROOT
from tests.folder_diff import differences

TWO_BUILDS = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config

for site_dir in sys.argv[1:]:
    build(load_config("mkdocs.yml", site_dir=site_dir, site_url="http://127.0.0.1:8000/", strict=True))
"""


def test_two_builds_in_one_process_give_the_same_site(site, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    result = subprocess.run([sys.executable, "-c", TWO_BUILDS, str(first), str(second)], cwd=ROOT,
                            capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin",
                                                                 "SOURCE_DATE_EPOCH": "1764900000"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert (first / "index.html").is_file() and (first / "en" / "index.html").is_file()
    assert differences(first, second) == []
