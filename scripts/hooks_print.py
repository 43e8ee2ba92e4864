"""MkDocs hooks for print: link targets for paper, the handbook print view, and "Download PDF" links.

Each hook only calls a module: scripts/print_links.py, scripts/handbook.py, scripts/study_guides.py.
The PDFs themselves are printed after the build by scripts/pdf.py (`python3.11 scripts/cli.py pdf`).
"""
from __future__ import annotations

import html
import pathlib
import sys

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from scripts import catalogue as catalogue_module  # noqa: E402
from scripts import handbook, print_links, study_guides  # noqa: E402
from scripts.labels import text  # noqa: E402


def download_link(content: str, path: str, lang: str) -> str:
    """A button to the page's ready-made PDF, right after its title (never printed)."""
    name = study_guides.pdf_name(path, lang, catalogue_module.DEFAULT_LANGUAGE)
    button = (f'<p class="pdf-download"><a class="md-button" href="{html.escape(name)}" download>'
              f'{html.escape(text("pdf_download", lang))}</a></p>')
    at = content.find("</h1>")
    return content[: at + 5] + "\n" + button + content[at + 5:] if at >= 0 else button + content


_FILES = None  # the documentation files of the language being built (pages not in the nav included)


@event_priority(-150)  # after mkdocs-static-i18n has chosen the files of the language being built
def on_nav(nav, config, files):
    global _FILES
    _FILES = files
    return nav


_PATHS: tuple = (None, {})  # (files, print_links.url_paths(files)) of the language being built


def _url_paths(files) -> dict[str, str]:
    """print_links.url_paths, once per build of a language rather than once per page (it walks every page:
    per page it made the build quadratic in the number of pages, 15% of a 2,000-document build)."""
    global _PATHS
    if _PATHS[0] is not files:
        _PATHS = (files, print_links.url_paths(files))
    return _PATHS[1]


def on_page_content(content, page, config, files):
    catalogue = catalogue_module.CURRENT
    lang = catalogue_module.build_language(config)
    path = catalogue_module.default_path(page.file.src_uri)
    content = print_links.annotate(content, page.url, _url_paths(files), catalogue, lang)
    if study_guides.pdfs_wanted() and path in study_guides.pdf_pages(catalogue):
        content = download_link(content, path, lang)
    return content


@event_priority(-100)  # every page's content is rendered by now; fill the handbook before its template
def on_page_context(context, page, config, nav):
    if catalogue_module.default_path(page.file.src_uri) != study_guides.HANDBOOK_PAGE:
        return context
    built = [f for f in _FILES.documentation_pages() if getattr(f, "page", None) is not None]
    pages = {catalogue_module.default_path(f.src_uri): f.page for f in built}
    try:
        page.content = handbook.assemble(page.content, page.url, pages, catalogue_module.build_language(config))
    except ValueError as error:
        raise PluginError(str(error)) from None
    return context
