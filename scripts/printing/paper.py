"""A page's rendered content made ready for paper: each link followed by where it leads
(printing/print_links.py); and, in a build with PDFs, the link to the page's PDF, which the template shows
beside the print button."""
from __future__ import annotations

import html

from scripts.catalogue import Catalogue
from scripts.common.labels import DEFAULT_LANGUAGE, text
from scripts.common.pages import default_path
from scripts.generate import study_guides
from scripts.printing import print_links


def download(page, catalogue: Catalogue, lang: str) -> dict[str, str] | None:
    """In a build with PDFs, the page's ready-made PDF for the button beside "Print page" at the top of the
    page (overrides/partials/actions.html; never printed): {href, label}, escaped for HTML. Else None."""
    path = default_path(page.file.src_uri)
    if not (study_guides.pdfs_wanted() and path in study_guides.pdf_pages(catalogue)):
        return None
    return {"href": html.escape(study_guides.pdf_name(path, lang, DEFAULT_LANGUAGE)),
            "label": html.escape(text("pdf_download", lang))}


def for_paper(content: str, page, url_paths: dict[str, str], catalogue: Catalogue, lang: str) -> str:
    """`page` is the page being built (its `url` and `file.src_uri` are read)."""
    return print_links.annotate(content, page.url, url_paths, catalogue, lang)
