"""A page's rendered content made ready for paper: each link followed by where it leads
(printing/print_links.py) and, in a build with PDFs, a "Download PDF" button under the title."""
from __future__ import annotations

import html

from scripts.catalogue import Catalogue
from scripts.common.labels import DEFAULT_LANGUAGE, text
from scripts.common.pages import default_path
from scripts.generate import study_guides
from scripts.printing import print_links


def download_link(content: str, path: str, lang: str) -> str:
    """A button to the page's ready-made PDF, right after its title (never printed)."""
    name = study_guides.pdf_name(path, lang, DEFAULT_LANGUAGE)
    button = (f'<p class="pdf-download"><a class="md-button" href="{html.escape(name)}" download>'
              f'{html.escape(text("pdf_download", lang))}</a></p>')
    at = content.find("</h1>")
    return content[: at + 5] + "\n" + button + content[at + 5:] if at >= 0 else button + content


def for_paper(content: str, page, url_paths: dict[str, str], catalogue: Catalogue, lang: str) -> str:
    """`page` is the page being built (its `url` and `file.src_uri` are read)."""
    path = default_path(page.file.src_uri)
    content = print_links.annotate(content, page.url, url_paths, catalogue, lang)
    if study_guides.pdfs_wanted() and path in study_guides.pdf_pages(catalogue):
        content = download_link(content, path, lang)
    return content
