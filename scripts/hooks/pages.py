"""Hook: each page's Markdown gets its generated parts from the catalogue (scripts/generate/pages.py)."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from scripts.generate.pages import page_markdown
from scripts.hooks import state


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    with state.content_errors_stop_the_build():
        return page_markdown(markdown, page, state.STATE.catalogue, state.language(config))
