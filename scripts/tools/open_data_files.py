"""Write the open data files (documents and relations, JSON and CSV, with their schemas) without building
the site: `python3.11 scripts/cli.py open-data OUT_DIR [SITE_URL]`."""
from __future__ import annotations

import pathlib
import sys

from scripts.catalogue import load
from scripts.common.paths import DOCS
from scripts.open_data.records import published_files


def main(argv: list[str]) -> int:
    """python -m scripts.tools.open_data_files OUT_DIR [SITE_URL]: write the files without building the site."""
    out = pathlib.Path(argv[0] if argv else "open-data")
    out.mkdir(parents=True, exist_ok=True)
    files = published_files(load(DOCS), argv[1] if len(argv) > 1 else None)
    for name, content in files.items():
        (out / name).write_text(content, encoding="utf-8", newline="")
    print(f"wrote {len(files)} files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
