"""MkDocs hook: the reading controls' words (scripts/reading_controls.py) in every page's template context,
including templates without a page (404.html)."""
from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from scripts import catalogue as catalogue_module  # noqa: E402
from scripts import reading_controls  # noqa: E402


def on_page_context(context, page, config, nav):
    context["reading_controls"] = reading_controls.labels(catalogue_module.build_language(config))
    return context


def on_template_context(context, template_name, config):
    context["reading_controls"] = reading_controls.labels(catalogue_module.build_language(config))
    return context
