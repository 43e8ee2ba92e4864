"""Page weight, render-blocking requests and Lighthouse performance of built pages (for scripts/tools/benchmark.py).

- `serve_gzipped(site)`: a local server that gzips text responses (HTML, CSS, JS, JSON, SVG, XML, text) as
  any real host does; Python's http.server alone sends them raw. Fonts and images go as they are.
- `weigh(base_url, path)`: loads the page in Debian's Chromium (Playwright, empty cache, desktop viewport)
  until the network is idle (so Material's search index, fetched by its Web Worker after load, counts) and
  adds up the bytes *transferred* over the wire (Chromium's encoded body size, headers not counted), split
  into HTML / CSS / JS / fonts / other. "own" is this site's CSS and JS on top of Material: the files of
  docs/stylesheets/ and overrides/assets/javascripts/ as transferred, plus the gzipped size of every inline
  <script>/<style> that Material's templates do not write (measured on its own, which overstates it a
  little: inside the gzipped HTML it compresses with the rest). Those inline bytes are also inside "HTML".
- `render_blocking(html)`: the stylesheets and scripts in <head> that hold up the first paint (a stylesheet
  whose media matches the screen; a script without async, defer or type=module); inline ones are not
  requests and are not listed.
- `lighthouse(urls, runs)`: scripts/tools/lighthouse.mjs --performance: Lighthouse's default mobile emulation
  and simulated throttling, each URL `runs` times; `median_run`: the median of the score and of each
  metric over the runs, and Lighthouse's own render-blocking list (items it estimates at >= 50 ms).
"""
from __future__ import annotations

import dataclasses
import functools
import gzip
import html.parser
import json
import os
import pathlib
import re
import statistics
import subprocess
import urllib.parse

from scripts.common.paths import ROOT
from scripts.rendering.assets import SITE_BUNDLE  # noqa: E402
from scripts.tools.browser import CHROMIUM, LIGHTHOUSE, launch
from scripts.tools.local_server import QuietHandler, serve

TEXT_TYPES = {".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
              ".svg": "image/svg+xml", ".xml": "application/xml", ".txt": "text/plain"}
# The site's own CSS and JS: where they end up in the built site
OWN_FILES = tuple(sorted(
    [f"stylesheets/{p.name}" for p in (ROOT / "docs" / "stylesheets").glob("*.css")]
    + [p.relative_to(ROOT / "overrides").as_posix() for p in (ROOT / "overrides" / "assets").rglob("*.js")]
    + [SITE_BUNDLE]))
MATERIAL_TEMPLATES = pathlib.Path(__import__("material").__file__).parent / "templates"
KINDS = ("html", "css", "js", "fonts", "other")


class GzipHandler(QuietHandler):
    """Static files; text types gzipped (level 6, nginx's and Apache's usual) when the client accepts it."""

    def do_GET(self):
        path = pathlib.Path(self.translate_path(self.path))
        if path.is_dir() and urllib.parse.urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        kind = TEXT_TYPES.get(path.suffix)
        if kind is None or not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().do_GET()
        body = gzip.compress(path.read_bytes(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text") else ""))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve_gzipped(site: pathlib.Path):
    return serve(site, handler=GzipHandler)


class _Head(html.parser.HTMLParser):
    """The <link rel=stylesheet> and <script> tags of a page, with where they are, and inline code."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_head, self.tags, self.inline, self._open = True, [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "body":
            self.in_head = False
        if tag in ("link", "script") and (tag == "script" or "stylesheet" in (attrs.get("rel") or "")):
            self.tags.append((tag, attrs, self.in_head))
        if tag in ("script", "style") and "src" not in attrs:
            self._open = [tag, attrs, ""]

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        if self._open and tag == self._open[0]:
            self.inline.append(tuple(self._open))
            self._open = None

    def handle_data(self, data):
        if self._open:
            self._open[2] += data


def render_blocking(page_html: str) -> list[str]:
    """Requests in <head> that block the first paint: stylesheets for the screen, scripts without
    async/defer/module."""
    parser = _Head()
    parser.feed(page_html)
    found = []
    for tag, attrs, in_head in parser.tags:
        if not in_head:
            continue
        if tag == "link" and attrs.get("href") and (attrs.get("media") or "all") in ("all", "screen"):
            found.append(attrs["href"])
        if (tag == "script" and attrs.get("src") and "async" not in attrs and "defer" not in attrs
                and attrs.get("type") != "module"):
            found.append(attrs["src"])
    return found


@functools.cache
def _material_inline() -> list[re.Pattern]:
    """The inline <script>/<style> bodies of Material's templates as patterns (a Jinja expression or
    statement inside matches anything)."""
    patterns = []
    for template in MATERIAL_TEMPLATES.rglob("*.html"):
        for body in re.findall(r"<(?:script|style)>(.*?)</(?:script|style)>", template.read_text(encoding="utf-8"),
                               re.DOTALL):
            pieces = re.split(r"\{\{.*?\}\}|\{%.*?%\}", body.strip(), flags=re.DOTALL)
            patterns.append(re.compile(".*?".join(map(re.escape, pieces)), re.DOTALL))
    return patterns


def own_inline(page_html: str) -> list[tuple[str, int]]:
    """Inline <script>/<style> elements not written by Material's templates: (first words, gzipped bytes)."""
    parser = _Head()
    parser.feed(page_html)
    found = []
    for tag, attrs, text in parser.inline:
        text = text.strip()
        if not text or attrs.get("id") == "__config" or attrs.get("type") == "application/json":
            continue  # Material's configuration block (its values come from mkdocs.yml)
        if any(pattern.fullmatch(text) for pattern in _material_inline()):
            continue
        found.append((f"<{tag}> {text[:40]}", len(gzip.compress(text.encode(), 6))))
    return found


def is_own(url: str, base_url: str) -> bool:
    path = urllib.parse.urlsplit(url).path
    return url.startswith(base_url) and any(path.endswith("/" + own) for own in OWN_FILES)


@dataclasses.dataclass
class Weight:
    bytes: dict[str, int]            # transferred, per kind
    own_bytes: int                   # own CSS + JS files transferred + own inline code (gzipped)
    own_parts: list[tuple[str, int]]
    blocking: list[str]              # render-blocking requests in <head>
    requests: int

    @property
    def total(self) -> int:
        return sum(self.bytes.values())


def _kind(resource_type: str, url: str) -> str:
    return {"document": "html", "stylesheet": "css", "script": "js", "font": "fonts"}.get(
        resource_type, "js" if url.endswith(".js") else "other")


def weigh_pages(base_url: str, paths: list[str]) -> dict[str, Weight]:
    """Each page in a fresh browser context (empty cache), loaded until the network is idle."""
    from playwright.sync_api import sync_playwright

    weights = {}
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for path in paths:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            finished = []
            context.on("requestfinished", lambda request: finished.append(request))
            response = page.goto(base_url + path, wait_until="networkidle")
            page_html = response.text()
            page.wait_for_timeout(300)
            sizes = dict.fromkeys(KINDS, 0)
            own_parts = []
            for request in finished:
                body = request.sizes()["responseBodySize"]
                sizes[_kind(request.resource_type, request.url)] += body
                if is_own(request.url, base_url):
                    own_parts.append((urllib.parse.urlsplit(request.url).path.rsplit("/", 1)[-1], body))
            own_parts += own_inline(page_html)
            weights[path] = Weight(sizes, sum(size for _, size in own_parts), own_parts,
                                   render_blocking(page_html), len(finished))
            context.close()
        browser.close()
    return weights


def lighthouse(urls: list[str], runs: int = 3) -> dict[str, list[dict]]:
    """{url: [one dict per run: score, fcp, lcp, tbt, cls, renderBlocking, runtimeError]}."""
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    result = subprocess.run(["node", str(LIGHTHOUSE), "--performance", f"--runs={runs}", *urls], cwd=ROOT,
                            env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse failed: {result.stderr[-2000:]}")
    return json.loads(result.stdout)


def median_run(runs: list[dict]) -> dict:
    """The median of each number over the runs; render-blocking items of every run, merged."""
    good = [run for run in runs if not run["runtimeError"]] or runs
    median = {key: statistics.median(run[key] for run in good if run[key] is not None)
              if any(run[key] is not None for run in good) else None
              for key in ("score", "fcp", "lcp", "tbt", "cls")}
    median["renderBlocking"] = sorted({item["url"] for run in good for item in run["renderBlocking"]})
    median["errors"] = sorted({run["runtimeError"] for run in runs if run["runtimeError"]})
    median["scores"] = [run["score"] for run in runs]
    return median
