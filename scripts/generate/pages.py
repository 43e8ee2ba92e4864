"""Every page's Markdown before MkDocs renders it: a translation takes its Vietnamese page's heading anchors
and the note that the Vietnamese text is authoritative; then generated blocks, the document card, relations
and backlinks, and citations as footnotes."""
from __future__ import annotations

import re

from scripts.catalogue import Catalogue, CatalogueError
from scripts.common.labels import DEFAULT_LANGUAGE
from scripts.common.pages import default_path
from scripts.generate import expand_markers
from scripts.generate.citations import render_citations
from scripts.generate.document_pages import decorate, insert_after_title
from scripts.generate.translations import align_heading_ids, authoritative_note

PROVISIONS_MARKER = re.compile(r"^<!--\s*generated:\s*provisions\s*-->", re.MULTILINE)


def page_markdown(markdown: str, page, catalogue: Catalogue, lang: str) -> str:
    """`page` is the page being built (its `file.src_uri`, `file.alternates` and `url` are read)."""
    path = default_path(page.file.src_uri)
    if lang != DEFAULT_LANGUAGE and page.file.src_uri != path:  # a translation, not a fallback
        markdown = align_heading_ids(markdown, catalogue.pages[path].headings, page.file.src_uri)
        markdown = insert_after_title(markdown, authoritative_note(page, lang, DEFAULT_LANGUAGE))
    doc = catalogue.document_at(path)
    if doc is not None and (doc.provisions or doc.structure or doc.comparison) and not PROVISIONS_MARKER.search(markdown):
        raise CatalogueError(page.file.src_uri, "<!-- generated: provisions -->", "this marker where the page shows what "
                             "the document says (its front matter has provisions, a structure or a comparison)")
    markdown = expand_markers(markdown, path, catalogue, lang)
    markdown = decorate(markdown, path, catalogue, lang)
    return render_citations(markdown, path, catalogue, lang)
