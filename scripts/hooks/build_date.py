"""Hook: the build date comes from the commit being built, never the clock (scripts/rendering/build_date.py)."""
from __future__ import annotations

import pathlib

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from scripts.rendering import build_date


@event_priority(100)  # before any page is read (pages take their update date when created)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    build_date.pin(pathlib.Path(config.config_file_path).parent)
    return config
