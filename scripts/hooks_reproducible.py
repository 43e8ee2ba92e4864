"""MkDocs hook: the build date comes from the commit being built (scripts/build_date.py), never the clock."""
from __future__ import annotations

import pathlib
import sys

from mkdocs.plugins import event_priority

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from scripts import build_date  # noqa: E402


@event_priority(100)  # before any page is read (pages take their update date when created)
def on_config(config):
    build_date.pin(pathlib.Path(config.config_file_path).parent)
    return config
