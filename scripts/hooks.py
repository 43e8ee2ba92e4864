"""MkDocs hooks: the only place MkDocs meets the catalogue. Each hook just calls a module.

Flow: pages' front matter → catalogue (validated) → generated blocks, document cards, relations,
backlinks, citations per page and language → Material renders HTML.
"""
from __future__ import annotations

import pathlib
import sys

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from scripts import catalogue as catalogue_module  # noqa: E402
from scripts.citations import render_citations  # noqa: E402
from scripts.document_pages import decorate  # noqa: E402
from scripts.indexes import expand_markers  # noqa: E402
from scripts.slugs import slugify  # noqa: E402

_catalogue: catalogue_module.Catalogue | None = None


def on_config(config):
    """Load and validate the catalogue (a content error stops the build); ASCII heading anchors."""
    global _catalogue
    config.mdx_configs.setdefault("toc", {})["slugify"] = slugify
    try:
        _catalogue = catalogue_module.load(config.docs_dir)
    except catalogue_module.CatalogueError as error:
        raise PluginError(f"Content error in docs/{error}") from None
    return config


def build_language(config) -> str:
    """The language being built: mkdocs-static-i18n builds each language in turn."""
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or config.theme["language"]


def on_page_markdown(markdown, page, config, files):
    path = catalogue_module.default_path(page.file.src_uri)
    lang = build_language(config)
    try:
        markdown = expand_markers(markdown, path, _catalogue, lang)
    except catalogue_module.CatalogueError as error:
        raise PluginError(f"Content error in docs/{error}") from None
    markdown = decorate(markdown, path, _catalogue, lang)
    return render_citations(markdown, path, _catalogue, lang)
