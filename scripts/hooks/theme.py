"""Hooks: what the template overrides (overrides/main.html) need on every page, the 404 page included: the
reading controls' words in the language built (scripts/rendering/reading_controls.py) and the site's screen
CSS to write inline (scripts/rendering/styles.py); and, in each page's content, the tables' cells labelled
with their column's header, which a phone shows as stacked rows (scripts/rendering/tables.py), and citation
marks in a row kept together (scripts/rendering/citation_groups.py)."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from scripts.hooks import state
from scripts.rendering import citation_groups, reading_controls, styles, tables


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    state.STATE.inline_styles = styles.inline_css(config.docs_dir)
    return config


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return citation_groups.group_citations(tables.label_cells(html))


def _template_values(context: dict, config: MkDocsConfig) -> dict:
    context["reading_controls"] = reading_controls.labels(state.language(config))
    context["inline_styles"] = state.STATE.inline_styles
    return context


def on_page_context(context: dict, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    return _template_values(context, config)


def on_template_context(context: dict, /, *, template_name: str, config: MkDocsConfig) -> dict:
    return _template_values(context, config)
