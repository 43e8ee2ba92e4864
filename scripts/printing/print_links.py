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
from scripts.common.html_text import visible_text
from scripts.common.pages import default_path

A_TAG = re.compile(r"<a\s([^>]*)>(.*?)</a>", re.DOTALL)
ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')
SKIPPED_CLASSES = {"headerlink", "footnote-ref", "footnote-backref", "md-button"}
FOOTNOTES = re.compile(r'<div class="footnote"[\s>]')


def plain(markup: str) -> str:
    """Visible text of an HTML fragment, case-folded, spaces collapsed."""
    return visible_text(markup).casefold()


def canonical(url: str) -> str:
    """One spelling per page, with directory URLs or without (the offline bundle):
    `./`, `index.html` -> ``; `a/index.html` -> `a/`; `a/b/` and `a/b.html` stay as they are."""
    url = url.removeprefix("./")
    return url[: -len("index.html")] if url == "index.html" or url.endswith("/index.html") else url


def url_paths(files) -> dict[str, str]:
    """Page URL (canonical: `van-ban/x/`, `en/van-ban/x/`) -> language-neutral docs path (`van-ban/x.md`)."""
    return {canonical(file.url): default_path(file.src_uri) for file in files.documentation_pages()}


def target_url(page_url: str, href: str) -> str | None:
    """The site URL, as written, that a relative href on `page_url` points to; None for another host."""
    parts = urlsplit(href)
    if parts.scheme or href.startswith("//"):
        return None
    if not parts.path:
        return page_url
    folder = page_url.removeprefix("./") if page_url.endswith("/") else posixpath.dirname(page_url)
    target = posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
    target = "" if target == "." else target
    return target + "/" if parts.path.endswith("/") and target else target


def resolve(page_url: str, href: str) -> tuple[str, str] | None:
    """The page (canonical URL) a relative href on `page_url` points to, and its fragment; None for
    another host."""
    target = target_url(page_url, href)
    return None if target is None else (canonical(target), urlsplit(href).fragment)


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
            if target == canonical(page_url) or target not in paths:
                return match.group(0)
            name = target_label(paths[target], cat, lang)
            if not name or plain(name) in shown:
                return match.group(0)
            extra = f' data-print-target="{html.escape(name)}"'
        return f"<a {attributes}{extra}>{inner}</a>"

    return A_TAG.sub(replace, body) + footnotes
