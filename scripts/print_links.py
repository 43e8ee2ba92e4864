"""On paper a link cannot be followed, so each link in a page's content carries what it leads to, and the
print stylesheet writes it after the link text: the document number (or page title) for a link inside the
site (`data-print-target`), the address for a link to another site (`data-print-url`). Nothing is added
where the link text already says it, nor to footnotes, heading anchors or buttons.
"""
from __future__ import annotations

import html
import posixpath
import re
from urllib.parse import unquote, urlsplit

from scripts.catalogue import Catalogue

A_TAG = re.compile(r"<a\s([^>]*)>(.*?)</a>", re.DOTALL)
ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')
TAG = re.compile(r"<[^>]+>")
SKIPPED_CLASSES = {"headerlink", "footnote-ref", "footnote-backref", "md-button"}
FOOTNOTES = re.compile(r'<div class="footnote"[\s>]')


def plain(markup: str) -> str:
    """Visible text of an HTML fragment, case-folded, spaces collapsed."""
    return re.sub(r"\s+", " ", html.unescape(TAG.sub("", markup))).strip().casefold()


def url_paths(files) -> dict[str, str]:
    """Built URL (`van-ban/x/`, `en/van-ban/x/`) -> language-neutral docs path (`van-ban/x.md`)."""
    from scripts.catalogue import default_path

    return {file.url: default_path(file.src_uri) for file in files.documentation_pages()}


def resolve(page_url: str, href: str) -> tuple[str, str] | None:
    """The site URL a relative href on `page_url` points to, and its fragment; None for other hosts."""
    parts = urlsplit(href)
    if parts.scheme or href.startswith("//"):
        return None
    if not parts.path:
        return page_url, parts.fragment
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url) + "/"
    target = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
    if target in (".", ""):
        target = ""
    elif parts.path.endswith("/") or target.endswith("/index.html"):
        target = target.removesuffix("index.html").rstrip("/") + "/"
    return target, parts.fragment


def target_label(path: str, cat: Catalogue, lang: str) -> str | None:
    """What a printed link names: a document's number when it has one, else the page's title."""
    doc = cat.document_at(path)
    if doc is not None and doc.number:
        return doc.number
    return cat.title(path, lang) if path in cat.pages else None


def annotate(content: str, page_url: str, paths: dict[str, str], cat: Catalogue, lang: str) -> str:
    """Add `data-print-target` / `data-print-url` to the links of a page's content (not its footnotes)."""
    found = FOOTNOTES.search(content)
    at = found.start() if found else len(content)
    body, footnotes = content[:at], content[at:]

    def replace(match) -> str:
        attributes, inner = match.group(1), match.group(2)
        values = dict(ATTRIBUTE.findall(attributes))
        href = html.unescape(values.get("href", ""))
        if not href or href.startswith(("#", "mailto:", "tel:")) or "data-print-" in attributes \
                or SKIPPED_CLASSES & set(values.get("class", "").split()):
            return match.group(0)
        shown = plain(inner)
        resolved = resolve(page_url, href)
        if resolved is None:
            if plain(href) in shown:
                return match.group(0)
            extra = f' data-print-url="{html.escape(href)}"'
        else:
            target, _ = resolved
            if target == page_url or target not in paths:
                return match.group(0)
            name = target_label(paths[target], cat, lang)
            if not name or plain(name) in shown:
                return match.group(0)
            extra = f' data-print-target="{html.escape(name)}"'
        return f"<a {attributes}{extra}>{inner}</a>"

    return A_TAG.sub(replace, body) + footnotes
