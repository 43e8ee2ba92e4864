"""Check the built HTML (not the Markdown): every internal href/src resolves to a file, every #fragment
to an element id on the target page, no link or load uses a scheme but http, https and mailto (no
`javascript:`), no page loads a script, stylesheet, font or image from another host, and every page can be
reached by following links from a home page.

Usage: python -m scripts.linkcheck SITE_DIR
"""
from __future__ import annotations

import dataclasses
import os
import pathlib
import posixpath
import re
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from scripts.common.pages import ALLOWED_SCHEMES, scheme_of

# Attributes that make the browser fetch something (a page may *link* to other hosts, never load from them).
FETCHING = {("script", "src"), ("img", "src"), ("link", "href"), ("source", "src"), ("iframe", "src"),
            ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data"), ("input", "src")}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default site_url
LINK_RELS_NOT_FETCHED = {"alternate", "canonical"}  # hreflang alternates and canonical are links, not loads
URL_ATTRIBUTES = ("href", "src", "data", "action", "formaction", "xlink:href", "poster")


@dataclasses.dataclass(frozen=True, order=True)
class Problem:
    page: str
    url: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.url}: {self.reason}"


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str, str, dict]] = []  # (tag, attribute, url, attrs)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if attributes.get(name):
                self.ids.add(attributes[name])
        for attr in URL_ATTRIBUTES:
            if attributes.get(attr) is not None:
                self.refs.append((tag, attr, attributes[attr], attributes))


def _is_external(url: str) -> bool:
    return bool(urlsplit(url).scheme) or url.startswith("//")


def _target(site: pathlib.Path, page: str, url: str) -> tuple[str | None, str]:
    """The site-relative file a relative URL on `page` points to (None if missing) and its fragment."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if not path:
        return page, parts.fragment
    if path.startswith("/"):  # root-relative: the site is served at the host's root
        joined = posixpath.normpath(path.lstrip("/") or ".")
    else:
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if path.endswith("/") or (site / joined).is_dir():
        joined = posixpath.join(joined, "index.html")
    return (joined if (site / joined).is_file() else None), parts.fragment


def check(site_dir: pathlib.Path | str, home_pages: tuple[str, ...] = ("index.html",),
          site_url: str | None = None) -> list[Problem]:
    """All problems of a built site; URLs under `site_url` (the site's own address) count as internal."""
    site = pathlib.Path(site_dir)
    pages: dict[str, _Page] = {}
    for file in sorted(site.rglob("*.html")):
        parser = _Page()
        parser.feed(file.read_text(encoding="utf-8", errors="replace"))
        pages[file.relative_to(site).as_posix()] = parser
    problems: list[Problem] = []
    edges: dict[str, set[str]] = {page: set() for page in pages}
    for page, parsed in pages.items():
        for tag, attr, url, attributes in parsed.refs:
            fetched = (tag, attr) in FETCHING and not (tag == "link" and attributes.get("rel") in LINK_RELS_NOT_FETCHED)
            scheme = scheme_of(url)
            if scheme is not None and scheme not in ALLOWED_SCHEMES:
                problems.append(Problem(page, url[:80], f"<{tag} {attr}> uses the scheme '{scheme}:' (only "
                                        + ", ".join(sorted(ALLOWED_SCHEMES)) + " links are published)"))
                continue
            if scheme == "mailto":
                continue
            if site_url and url.startswith(site_url):
                url = "/" + url[len(site_url):]
            if _is_external(url):
                if fetched:
                    problems.append(Problem(page, url, f"<{tag} {attr}> loads from another host"))
                continue
            target, fragment = _target(site, page, url)
            if target is None:
                problems.append(Problem(page, url, "no such file in the built site"))
                continue
            if target.endswith(".html"):
                edges[page].add(target)
                if fragment and target in pages and unquote(fragment) not in pages[target].ids:
                    problems.append(Problem(page, url, f"no element with id '{unquote(fragment)}' in {target}"))
    for css in sorted(site.rglob("*.css")):
        for url in CSS_URL.findall(css.read_text(encoding="utf-8", errors="replace")):
            if _is_external(url):
                problems.append(Problem(css.relative_to(site).as_posix(), url, "stylesheet loads from another host"))
    problems += _unreachable(pages, edges, home_pages)
    return sorted(set(problems))


def _unreachable(pages: dict, edges: dict, home_pages: tuple[str, ...]) -> list[Problem]:
    seen = set()
    queue = [home for home in home_pages if home in pages]
    while queue:
        page = queue.pop()
        if page not in seen:
            seen.add(page)
            queue.extend(edges.get(page, ()))
    return [Problem(page, "-", "not reachable by links from " + " or ".join(home_pages))
            for page in pages if page not in seen and page != "404.html" and not page.endswith("/404.html")]


def main(argv: list[str]) -> int:
    site = pathlib.Path(argv[0] if argv else "site")
    homes = tuple(h for h in ("index.html", "en/index.html") if (site / h).is_file())
    problems = check(site, homes, os.environ.get("SITE_URL", DEFAULT_SITE_URL))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {site}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
