"""MkDocs hooks: the only place MkDocs meets the catalogue. Each hook just calls a module.

Flow: pages' front matter → catalogue (validated) → generated blocks, document cards, relations,
backlinks, citations per page and language → Material renders HTML → per-language search indexes.
"""
from __future__ import annotations

import pathlib
import sys

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from scripts import catalogue as catalogue_module  # noqa: E402
from scripts import labels, language_links, search_index  # noqa: E402
from scripts.citations import render_citations  # noqa: E402
from scripts.document_pages import decorate, insert_after_title  # noqa: E402
from scripts.indexes import expand_markers  # noqa: E402
from scripts.slugs import slugify  # noqa: E402
from scripts.translation import align_heading_ids  # noqa: E402

DEFAULT_LANGUAGE = catalogue_module.DEFAULT_LANGUAGE


def content_errors_stop_the_build(function):
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except catalogue_module.CatalogueError as error:
            raise PluginError(f"Content error in docs/{error}") from None
    wrapper.__name__ = function.__name__
    return wrapper


@content_errors_stop_the_build
def on_config(config):
    """Load and validate the catalogue (a content error stops the build); ASCII heading anchors."""
    config.mdx_configs.setdefault("toc", {})["slugify"] = slugify
    # The titles Python-Markdown gives heading permalinks and footnote back-links, in the page's language
    lang = catalogue_module.build_language(config)
    config.mdx_configs["toc"]["permalink_title"] = labels.text("permalink_title", lang)
    config.mdx_configs.setdefault("footnotes", {})["BACKLINK_TITLE"] = labels.text("footnote_backlink_title", lang)
    catalogue_module.CURRENT = catalogue_module.load_cached(config.docs_dir)
    return config


build_language = catalogue_module.build_language


@content_errors_stop_the_build
def on_page_markdown(markdown, page, config, files):
    catalogue = catalogue_module.CURRENT
    path = catalogue_module.default_path(page.file.src_uri)
    lang = build_language(config)
    if lang != DEFAULT_LANGUAGE and page.file.src_uri != path:  # a translation, not a fallback
        markdown = align_heading_ids(markdown, catalogue.pages[path].headings, page.file.src_uri)
        markdown = insert_after_title(markdown, language_links.authoritative_note(page, lang, DEFAULT_LANGUAGE))
    markdown = expand_markers(markdown, path, catalogue, lang)
    markdown = decorate(markdown, path, catalogue, lang)
    return render_citations(markdown, path, catalogue, lang)


def on_page_content(html, page, config, files):
    return search_index.exclude_boilerplate(html)


def on_page_context(context, page, config, nav):
    """After mkdocs-static-i18n has set the language selector for this page, make its links relative."""
    # mkdocs-static-i18n sets `config.extra.alternate` as an attribute, which Jinja reads before the key
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate")
    if isinstance(alternates, list):
        language_links.relative_alternates(alternates, page, config.site_url)
    return context


def on_template_context(context, template_name, config):
    """The 404 page belongs to no page: its language switch leads to each language's home page (without
    this it kept the links of the last page built)."""
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate")
    if template_name == "404.html" and isinstance(alternates, list):
        language_links.home_alternates(alternates, config.site_url, DEFAULT_LANGUAGE)
    return context


# The not-found page of the default language: mkdocs-static-i18n builds every language into the same
# site_dir, so the last language's 404.html would be the one served (it was English on a Vietnamese site)
NOT_FOUND_PAGE: dict[str, str] = {}


def on_post_template(output, template_name, config):
    if template_name != "404.html":
        return output
    if build_language(config) == DEFAULT_LANGUAGE:
        NOT_FOUND_PAGE["html"] = output
        return output
    return NOT_FOUND_PAGE.get("html", output)


def on_post_page(output, page, config):
    output = language_links.absolute_hreflang(output, page.url, config.site_url)
    lang = build_language(config)
    return output if lang == DEFAULT_LANGUAGE else search_index.point_base_at_language_root(output, lang)


@event_priority(-200)  # after mkdocs-static-i18n has merged every language's entries
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is None or getattr(i18n, "building", False):
        return
    languages = [lang.locale for lang in i18n.config.languages]
    ending = "/" if config.use_directory_urls else ".html"  # the offline bundle's pages end in .html
    documents = {doc.path[: -len(".md")] + ending: {"number": doc.number, "subject": doc.subject.value or {}}
                 for doc in catalogue_module.CURRENT.documents.values()}
    search_index.split(config.site_dir, languages, DEFAULT_LANGUAGE, documents)
    language_links.sitemap_in_every_language_root(config.site_dir, languages, DEFAULT_LANGUAGE)
