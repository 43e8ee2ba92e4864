"""Hooks for paper (scripts/printing/): where each link leads, the "Download PDF" button (its link, for
overrides/partials/actions.html), and the handbook print view filled with the rendered pages it gathers. The
PDFs are printed after the build by scripts/tools/pdf.py (`python3.11 scripts/cli.py pdf`)."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from scripts.hooks import state
from scripts.printing import handbook, paper, print_links


@event_priority(-150)  # after mkdocs-static-i18n has chosen the files of the language being built
def on_nav(nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
    state.STATE.files = files
    return nav


def _url_paths(files: Files) -> dict[str, str]:
    """print_links.url_paths once per language built, not once per page (it walks every page)."""
    if state.STATE.url_paths[0] is not files:
        state.STATE.url_paths = (files, print_links.url_paths(files))
    return state.STATE.url_paths[1]


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return paper.for_paper(html, page, _url_paths(files), state.STATE.catalogue, state.language(config))


@event_priority(-100)  # every page's content is rendered by now; fill the handbook before its template
def on_page_context(context: dict, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    try:
        handbook.fill(page, state.STATE.files, state.language(config))
    except ValueError as error:
        raise PluginError(str(error)) from None
    context["pdf_download"] = paper.download(page, state.STATE.catalogue, state.language(config))
    return context
