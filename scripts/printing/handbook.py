"""The handbook print view: fill each placeholder of `tai-lieu-hoc-tap/so-tay.md` (see the `handbook` block in
scripts/generate/study_guides.py) with the rendered content of the page it names, in the language being built.

Each included page becomes one `<section>`: its headings move two levels down (under the part headings),
its ids get the section's prefix so that no two sections clash (footnotes included), and its links are
rewritten for their new place: to a section of the handbook when the target page is in it, else relative
to the handbook page. Left out, to keep the booklet short: the "Mentioned on" backlinks of document pages
(noise on paper), the relation and timeline diagrams (the tables beside them give the same, with sources),
and in a translation each page's "the Vietnamese text is authoritative" note (the handbook has its own).
"""
from __future__ import annotations

import html
import re

from scripts.common import pages as page_paths
from scripts.common.labels import text
from scripts.common.pages import default_path
from scripts.common.slugs import slugify
from scripts.generate.study_guides import HANDBOOK_PAGE, handbook_anchor
from scripts.printing.print_links import FOOTNOTES, canonical, resolve, target_url

PLACEHOLDER = re.compile(r'<div class="handbook-page" data-handbook-page="([^"]+)"></div>')
HEADING_TAG = re.compile(r"<(/?)h([1-6])\b")
ID_ATTRIBUTE = re.compile(r'(\sid=")([^"]+)(")')
REFERENCE_ATTRIBUTE = re.compile(r'(\s(?:for|aria-labelledby|aria-describedby|aria-controls)=")([^"]+)(")')
LINK_ATTRIBUTE = re.compile(r'(\s(?:href|xlink:href|src)=")([^"]*)(")')
CSS_REFERENCE = re.compile(r"url\(#([^)]+)\)")
HEADING_SHIFT = 2
# a diagram, with the heading right above it if any
LEFT_OUT = re.compile(r'(?:<h2\b[^>]*>(?:(?!</h2>).)*</h2>\s*)?'
                      r'<figure class="(?:relation-diagram|timeline-chart)\b.*?</figure>\s*', re.DOTALL)


def relative_url(from_url: str, to_url: str) -> str:
    """Relative href from one page URL to another (`a/b/` -> `c/` gives `../../c/`; `a/b.html` -> `c.html`
    gives `../c.html`)."""
    return page_paths.relative_url(to_url or "./", from_url)


def rewrite_href(href: str, source_url: str, handbook_url: str, sections: dict[str, str], own_prefix: str | None) -> str:
    """Where a link of a page shown at `source_url` points once that page is printed inside the handbook."""
    if href.startswith("#"):
        return f"#{own_prefix}--{href[1:]}" if own_prefix and len(href) > 1 else href
    resolved = resolve(source_url, href)
    if resolved is None:
        return href
    target, fragment = resolved
    if target in sections:
        return f"#{sections[target]}--{fragment}" if fragment else f"#{sections[target]}"
    return relative_url(handbook_url, target_url(source_url, href)) + (f"#{fragment}" if fragment else "")


def without_section(content: str, section_id: str) -> str:
    """Drop one `<h2 id=section_id>` section (up to the next h2 or the footnotes)."""
    found = re.search(rf'<h2\b[^>]*\bid="{re.escape(section_id)}"', content)
    if not found:
        return content
    start = found.start()
    footnotes = FOOTNOTES.search(content, start)
    ends = [i for i in (content.find("<h2", start + 1), footnotes.start() if footnotes else -1) if i >= 0]
    return content[:start] + (content[min(ends):] if ends else "")


def without_translation_note(content: str, lang: str) -> str:
    title = re.escape(html.escape(text("translation_note_title", lang), quote=False))
    note = rf'<div class="admonition info"[^>]*>\s*<p class="admonition-title">{title}</p>.*?</div>\s*'
    return re.sub(note, "", content, count=1, flags=re.DOTALL)


def transplant(content: str, source_url: str, handbook_url: str, sections: dict[str, str], prefix: str,
               lang: str) -> str:
    """One page's rendered content, ready to sit in the handbook under the id prefix `prefix`."""
    content = LEFT_OUT.sub("", without_section(content, slugify(text("backlinks_title", lang))))
    content = without_translation_note(content, lang)

    def heading(match) -> str:
        return f"<{match.group(1)}h{min(6, int(match.group(2)) + HEADING_SHIFT)}"

    def ids(match) -> str:
        return f"{match.group(1)}{prefix}--{match.group(2)}{match.group(3)}"

    def references(match) -> str:
        prefixed = " ".join(f"{prefix}--{token}" for token in match.group(2).split())
        return f"{match.group(1)}{prefixed}{match.group(3)}"

    def links(match) -> str:
        return match.group(1) + rewrite_href(match.group(2), source_url, handbook_url, sections, prefix) + match.group(3)

    content = HEADING_TAG.sub(heading, content)
    content = ID_ATTRIBUTE.sub(ids, content)
    content = REFERENCE_ATTRIBUTE.sub(references, content)
    content = CSS_REFERENCE.sub(lambda m: f"url(#{prefix}--{m.group(1)})", content)
    return LINK_ATTRIBUTE.sub(links, content)


def assemble(content: str, handbook_url: str, pages: dict, lang: str) -> str:
    """The handbook page's content with every placeholder filled; `pages` maps docs paths to built pages
    (objects with `.url` and `.content`). A placeholder naming a page that is not built stops the build."""
    wanted = PLACEHOLDER.findall(content)
    missing = [path for path in wanted if path not in pages or pages[path].content is None]
    if missing:
        raise ValueError(f"handbook: no rendered page for {', '.join(missing)}")
    sections = {canonical(pages[path].url): handbook_anchor(path) for path in wanted}

    def own_link(match) -> str:
        resolved = resolve(handbook_url, match.group(2))
        if resolved is None or resolved[0] not in sections:
            return match.group(0)
        return match.group(1) + rewrite_href(match.group(2), handbook_url, handbook_url, sections, None) + match.group(3)

    def fill(path: str) -> str:
        page, prefix = pages[path], handbook_anchor(path)
        inner = transplant(page.content, page.url, handbook_url, sections, prefix, lang)
        return f'<section class="handbook-page" id="{prefix}">\n{inner}\n</section>'

    # split() alternates the handbook's own content and the path of a placeholder
    pieces = PLACEHOLDER.split(content)
    return "".join(fill(piece) if i % 2 else LINK_ATTRIBUTE.sub(own_link, piece) for i, piece in enumerate(pieces))


def fill(page, files, lang: str) -> None:
    """On the handbook page (`page`: the page being built), its placeholders filled with the rendered pages
    among `files` (the documentation files of the language being built); other pages are left alone."""
    if default_path(page.file.src_uri) != HANDBOOK_PAGE:
        return
    built = [f for f in files.documentation_pages() if getattr(f, "page", None) is not None]
    pages = {default_path(f.src_uri): f.page for f in built}
    page.content = assemble(page.content, page.url, pages, lang)
