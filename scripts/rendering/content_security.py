"""The Content-Security-Policy of every page, as a `<meta http-equiv>` (the site is static: no header to set).

Scripts run only from the site's own files and from the few inline scripts the templates write (Material's
scope and palette lines, our reading-settings line), each allowed by its SHA-256 hash, computed from the
finished page. An inline script inside the article (`<article>` ... `</article>`: where page content
lands) is never hashed, so one that content slipped in is refused, as are inline event handlers
(`onerror=`), `javascript:` URLs, other hosts, plugins and `<base>`. Styles may be inline (Material and the
site's inline CSS, style attributes of the diagrams): a style cannot run code.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re

# <script> elements without src whose type a browser runs (no type, a JavaScript type or a module)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.DOTALL | re.IGNORECASE)
TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)
RUNNABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}
ARTICLE_START = re.compile(r"<article\b", re.IGNORECASE)
ARTICLE_END = "</article>"
POLICY = ("default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
          "font-src 'self'; connect-src 'self'; worker-src 'self'; frame-src 'self'; object-src 'none'; "
          "base-uri 'self'; form-action 'self'")
META = '<meta http-equiv="Content-Security-Policy" content="{policy}">'


def script_hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"


def template_scripts(page: str) -> list[str]:
    """The bodies of the runnable inline scripts outside the article (those the templates wrote)."""
    start = ARTICLE_START.search(page)
    end = page.rfind(ARTICLE_END)
    article = (start.start(), end + len(ARTICLE_END)) if start and end > start.start() else (len(page), len(page))
    bodies = []
    for match in INLINE_SCRIPT.finditer(page):
        inside = match.start() < article[1] and match.end() > article[0]
        kind = TYPE.search(match.group(1))
        if not inside and (kind.group(1).lower() if kind else "") in RUNNABLE_TYPES:
            bodies.append(match.group(2))
    return bodies


# `mkdocs serve` adds a live-reload script to every page it serves, different for each request: no hash can
# allow it, so the development server's pages allow inline scripts (the built site, and its tests, never do)
LIVE_RELOAD = "'unsafe-inline'"


def policy(page: str, extra_scripts: tuple[str, ...] = (), live_reload: bool = False) -> str:
    if live_reload:
        return POLICY.format(hashes=LIVE_RELOAD)
    bodies = [*template_scripts(page), *extra_scripts]
    hashes = " ".join(dict.fromkeys(script_hash(body) for body in bodies))
    return POLICY.format(hashes=hashes).replace("  ", " ")


CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.DOTALL)


def search_worker(page: str) -> str | None:
    """The address of Material's search worker on `page` (its config's `search`), if the page has one."""
    found = CONFIG.search(page)
    return json.loads(found.group(1)).get("search") if found else None


def with_policy(page: str, extra_scripts: tuple[str, ...] = (), live_reload: bool = False) -> str:
    """`page` with its policy as the first element of <head> (before any script it governs); `extra_scripts`
    are inline scripts that the page's own scripts write at run time (the offline bundle's worker shim);
    `live_reload`: the page is for `mkdocs serve`."""
    head = re.search(r"<head\b[^>]*>", page, re.IGNORECASE)
    if head is None:
        return page
    charset = re.compile(r"<meta charset=[^>]*>", re.IGNORECASE).search(page, head.end())
    at = charset.end() if charset and page.find("<script", head.end(), charset.start()) == -1 else head.end()
    return page[:at] + META.format(policy=policy(page, extra_scripts, live_reload)) + page[at:]
