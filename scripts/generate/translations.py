"""A translation's headings take the anchors of the Vietnamese page's headings, so that links and the
language switch keep their #fragment; and the note on a translated page that the Vietnamese text is authoritative."""
from __future__ import annotations

import html

from scripts.catalogue import CatalogueError
from scripts.common.labels import text
from scripts.common.markdown import EXPLICIT_ID, FENCE, HEADING, heading_levels
from scripts.common.pages import relative_url


def align_heading_ids(markdown: str, headings: list[tuple[int, str]], file: str) -> str:
    """Give each heading of a translation the anchor of its Vietnamese counterpart, so that links and
    the language switch keep their #fragment. A different heading structure is a stale translation."""
    levels = heading_levels(markdown)
    if levels != [level for level, _ in headings]:
        raise CatalogueError(file, "headings", "the same heading levels, in the same order, as the Vietnamese "
                             f"page {[level for level, _ in headings]}", levels)
    out, fenced, index = [], False, 0
    for line in markdown.split("\n"):
        if FENCE.match(line.strip()):
            fenced = not fenced
        elif not fenced and HEADING.match(line):
            anchor = headings[index][1]
            index += 1
            if not EXPLICIT_ID.search(line) and anchor:
                line = f"{line.rstrip()} {{#{anchor}}}"
        out.append(line)
    return "\n".join(out)

def authoritative_note(page, lang: str, default_lang: str) -> str:
    """A short admonition pointing translated pages to their Vietnamese original, as the HTML Material
    gives `!!! info`, kept out of the search index: the same words on every translated page filled the
    preview of each English document in the search results."""
    original = page.file.alternates.get(default_lang) if hasattr(page.file, "alternates") else None
    href = relative_url(original.url if original else ".", page.url)
    link = f'<a href="{href}" hreflang="{default_lang}" lang="{default_lang}">{text("translation_link", lang)}</a>'
    return (f'<div class="admonition info" data-search-exclude>\n'
            f'<p class="admonition-title">{html.escape(text("translation_note_title", lang), quote=False)}</p>\n'
            f'<p>{text("translation_note", lang, link=link)}</p>\n</div>\n')
