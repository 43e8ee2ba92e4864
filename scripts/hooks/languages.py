"""Hooks: the links between the two editions (scripts/rendering/language_links.py): a language switch that
keeps the reader on the same page, absolute hreflang links, the default language's 404 page, a sitemap in
each language's root."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from scripts.common.labels import DEFAULT_LANGUAGE
from scripts.hooks import state
from scripts.rendering import language_links


def _alternates(config: MkDocsConfig) -> list | None:
    # mkdocs-static-i18n sets `config.extra.alternate` as an attribute, which Jinja reads before the key
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate")
    return alternates if isinstance(alternates, list) else None


def on_page_context(context: dict, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    """After mkdocs-static-i18n has set the language selector for this page, make its links relative."""
    if (alternates := _alternates(config)) is not None:
        language_links.relative_alternates(alternates, page, config.site_url)
    return context


def on_template_context(context: dict, /, *, template_name: str, config: MkDocsConfig) -> dict:
    """The 404 page belongs to no page: its language switch leads to each language's home page."""
    if template_name == "404.html" and (alternates := _alternates(config)) is not None:
        language_links.home_alternates(alternates, config.site_url, DEFAULT_LANGUAGE)
    return context


def on_post_template(output: str, /, *, template_name: str, config: MkDocsConfig) -> str:
    """mkdocs-static-i18n builds every language into one site_dir: the 404.html served is the default
    language's, not the last one built."""
    if template_name != "404.html":
        return output
    if state.language(config) == DEFAULT_LANGUAGE:
        state.STATE.not_found_html = output
        return output
    return state.STATE.not_found_html or output


def on_post_page(output: str, /, *, page: Page, config: MkDocsConfig) -> str:
    return language_links.absolute_hreflang(output, page.url, config.site_url)


@event_priority(-200)  # after mkdocs-static-i18n has built every language
def on_post_build(*, config: MkDocsConfig) -> None:
    if not state.alternate_language_build(config) and config.plugins.get("i18n") is not None:
        language_links.sitemap_in_every_language_root(config.site_dir, state.languages(config), DEFAULT_LANGUAGE)
