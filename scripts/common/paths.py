"""Where the project's folders are."""
from __future__ import annotations

import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]  # the checkout: mkdocs.yml, docs/, overrides/, scripts/
DOCS = ROOT / "docs"
OVERRIDES = ROOT / "overrides"
