"""Hooks: one search index per language (scripts/search/index.py): boilerplate kept out of the index, each
edition's search pointed at its own index, and Material's one index split by language after the build."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from scripts.common.labels import DEFAULT_LANGUAGE
from scripts.hooks import state
from scripts.search import index


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return index.exclude_boilerplate(html)


def on_post_page(output: str, /, *, page: Page, config: MkDocsConfig) -> str:
    lang = state.language(config)
    return output if lang == DEFAULT_LANGUAGE else index.point_base_at_language_root(output, lang)


@event_priority(-200)  # after mkdocs-static-i18n has merged every language's entries
def on_post_build(*, config: MkDocsConfig) -> None:
    if not state.alternate_language_build(config) and config.plugins.get("i18n") is not None:
        index.split_site_index(config.site_dir, state.languages(config), state.STATE.catalogue,
                               directory_urls=config.use_directory_urls)
