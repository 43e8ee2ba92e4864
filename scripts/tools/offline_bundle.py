"""Build the offline bundle: `python3.11 scripts/cli.py offline [SITE_DIR ZIP_FILE]`: the site built again
with OFFLINE=true into site-offline/ and packed into site-offline.zip (scripts/offline/bundle.py)."""
from __future__ import annotations

import pathlib
import sys

from scripts.common.paths import ROOT
from scripts.offline.bundle import ZIP_FOLDER, pack
from scripts.tools.site_build import mkdocs_build

SITE_DIR = ROOT / "site-offline"
ZIP_FILE = ROOT / "site-offline.zip"


def build(site_dir: pathlib.Path = SITE_DIR, zip_file: pathlib.Path = ZIP_FILE) -> int:
    """Build the offline site (strict) into site_dir and pack it into zip_file."""
    result = mkdocs_build(ROOT, site_dir, env={"OFFLINE": "true"}, clean=True, capture=False)
    if result.returncode != 0:
        return result.returncode
    count = pack(site_dir, zip_file)
    print(f"Offline bundle: {site_dir} ({count} files) and {zip_file}; unzip it and open "
          f"{ZIP_FOLDER}/index.html in a browser.")
    return 0


if __name__ == "__main__":
    sys.exit(build(*[pathlib.Path(a).resolve() for a in sys.argv[1:]]))
