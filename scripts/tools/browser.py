"""Checks of the built site in a real browser and with the npm tools pinned in package-lock.json.

- `RequestGuard`: on a Playwright browser context, every request to another place than the site is blocked
  and recorded; console errors, page errors, failed requests and HTTP errors of each page are recorded too.
  `load` opens a page and waits until Material's search has loaded its index (the last thing a page asks for).
- `axe`: axe-core (npm) run in the page; its violations.
- `lighthouse`: scripts/tools/lighthouse.mjs (npm lighthouse on local Chromium) for a list of URLs.
- `nu_html_check`: the Nu HTML Checker (npm vnu-jar, run with Java) over a folder of HTML files.

Used by tests/browser/test_external_requests.py, tests/browser/test_accessibility.py and tests/browser/test_html_validity.py.
"""
from __future__ import annotations

import dataclasses
import json
import os
import pathlib
import shutil
import subprocess

from scripts.common.paths import ROOT  # noqa: E402

NODE_MODULES = ROOT / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = ROOT / "scripts" / "tools" / "lighthouse.mjs"
# One page of each type (the English page is the same path under en/)
PAGE_TYPES = {
    "home": "",
    "campaign": "chien-dich/",
    "timeline chart": "chien-dich/dong-thoi-gian/",
    "section index": "noi-dung/",
    "topic": "noi-dung/1-quan-diem-xay-dung-chinh-don-dang/",
    "form": "hinh-thuc/dien-dan-sinh-hoat-chi-bo/",
    "document": "van-ban/ket-luan-21-kl-tw-2021/",
    "document index": "van-ban/theo-thoi-gian/",
    "document finder": "van-ban/tra-cuu/",
    "place": "dia-phuong/kon-ray/",
    "glossary": "thuat-ngu/",
    "sources": "nguon/",
    "translation table": "bang-dich/",
    "open data": "du-lieu/",
    "study guide": "tai-lieu-hoc-tap/noi-dung-1/",
}
# Pages checked in Vietnamese only: the handbook print view holds every page of its language (ten thousand
# elements: slow to check twice), and the 404 page exists once.
VIETNAMESE_ONLY = {"handbook": "tai-lieu-hoc-tap/so-tay/", "page not found": "404.html"}
# The pages Lighthouse must score 100 on (accessibility, best practices, SEO), in both languages
LIGHTHOUSE_PAGES = {"home": "", "document": "van-ban/ket-luan-21-kl-tw-2021/", "index": "van-ban/",
                    "study guide": "tai-lieu-hoc-tap/noi-dung-1/"}
# How every browser check, benchmark and PDF print starts Debian's Chromium (Playwright, executable_path):
# `launch(playwright)`, with the sync or the async API
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
# Schemes a page may use without asking any host
LOCAL_SCHEMES = ("data:", "blob:", "about:")
# Material's search meta line reads "initializing search" until the worker has built its index
SEARCH_READY = """(initializing) => { const meta = document.querySelector('.md-search-result__meta');
                                       const text = meta ? meta.textContent.trim() : '';
                                       return !meta || (text !== '' && !initializing.includes(text)); }"""


def launch(playwright, **options):
    """Debian's Chromium through Playwright (`playwright.chromium.launch`; awaitable with the async API)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, **options)


def search_initializing_texts() -> list[str]:
    """Material's "initializing search" line in each language the site is built in."""
    import re

    from scripts.common.labels import languages

    material = pathlib.Path(__import__("material").__file__).parent / "templates" / "partials" / "languages"
    texts = []
    for lang in languages():
        partial = ROOT / "overrides" / "partials" / "languages" / f"{lang}.html"
        source = (partial if partial.is_file() else material / f"{lang}.html").read_text(encoding="utf-8")
        texts += re.findall(r'"search\.result\.initializer": "([^"]+)"', source)
    return texts


@dataclasses.dataclass
class RequestGuard:
    """Blocks and records every request that leaves `allowed` (an origin like 'http://127.0.0.1:8000/' or
    'file://'); records console errors, uncaught errors, failed requests and HTTP errors per page."""
    allowed: str
    problems: list[str] = dataclasses.field(default_factory=list)

    def attach(self, context) -> None:
        context.route("**/*", self._route)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(self.allowed) or url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            self.problems.append(f"request to another place: {url}")
            route.abort("blockedbyclient")

    def watch(self, page) -> None:
        page.on("console", lambda message: self.problems.append(f"console {message.type}: {message.text}")
                if message.type == "error" else None)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught error: {error}"))
        page.on("requestfailed", lambda request: self.problems.append(
            f"failed request: {request.url} ({request.failure})")
            if not (request.failure or "").endswith("ERR_BLOCKED_BY_CLIENT") else None)
        page.on("response", lambda response: self.problems.append(
            f"HTTP {response.status}: {response.url}") if response.status >= 400 else None)

    def load(self, page, url: str, timeout_ms: float = 15000) -> list[str]:
        """Open `url`, put the cursor in the search field as a reader about to search does (from file://
        Material starts its search only then), wait until the search index is loaded, and return (and
        forget) the problems seen meanwhile."""
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        page.goto(url, wait_until="load")
        page.evaluate("() => { const field = document.querySelector('input.md-search__input');"
                      " if (field) field.focus(); }")
        try:
            page.wait_for_function(SEARCH_READY, arg=search_initializing_texts(), timeout=timeout_ms, polling=50)
        except PlaywrightTimeout:
            self.problems.append(f"search not ready after {timeout_ms / 1000:.0f} s")
        found, self.problems[:] = list(self.problems), []
        return found


def axe(page, options: dict | None = None) -> list[dict]:
    """axe-core's violations on the page as it is now: [{id, impact, help, nodes: [selector ...]}]."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # evaluated through DevTools, which the page's Content-Security-Policy does not govern (a <script>
        # tag added to the page would be refused, as any injected inline script is)
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;true")
    options = {"resultTypes": ["violations"], **(options or {})}  # passes are not listed: much faster
    result = page.evaluate("async (options) => await axe.run(document, options)", options)
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [" ".join(map(str, n["target"])) for n in v["nodes"]]} for v in result["violations"]]


def serious(violations: list[dict]) -> list[str]:
    """The serious and critical violations, one line each."""
    return [f"{v['impact']}: {v['id']} ({v['help']}): {', '.join(v['nodes'][:3])}"
            for v in violations if v["impact"] in ("serious", "critical")]


class Lighthouse:
    """scripts/tools/lighthouse.mjs over `urls`, started at once in the background (Lighthouse mostly waits for
    pages to settle, so other checks can run meanwhile); `result()` waits for it and returns
    {url: {scores: {category: score}, failing: [...], runtimeError}} for accessibility, best practices, SEO."""

    def __init__(self, urls: list[str], chrome: str = CHROMIUM):
        env = dict(os.environ, CHROME_PATH=chrome)
        self.process = subprocess.Popen(["node", str(LIGHTHOUSE), *urls], cwd=ROOT, env=env, text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._result = None

    def result(self) -> dict:
        if self._result is None:
            out, err = self.process.communicate()
            if self.process.returncode != 0:
                raise RuntimeError(f"lighthouse failed: {err[-2000:]}")
            self._result = json.loads(out)
        return self._result

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()


def nu_html_check(folder: pathlib.Path | str) -> list[dict]:
    """Errors of the Nu HTML Checker over every .html file under `folder`: [{file, line, message, extract}]."""
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("java is needed for the Nu HTML Checker (Debian: default-jre-headless)")
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html",
                             str(folder)], capture_output=True, text=True)
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        raise RuntimeError(f"the Nu HTML Checker did not answer: {(result.stderr or result.stdout)[-2000:]}") from None
    from urllib.parse import unquote, urlsplit

    base = pathlib.Path(folder).resolve()

    def relative(url: str) -> str:
        path = pathlib.Path(unquote(urlsplit(url).path))
        return path.relative_to(base).as_posix() if path.is_relative_to(base) else url

    return [{"file": relative(m.get("url", "")), "line": m.get("lastLine"),
             "message": m.get("message", ""), "extract": m.get("extract", "")}
            for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]


def tools_missing() -> list[str]:
    """What the checks need and this machine lacks (installed by `python3.11 scripts/cli.py test`)."""
    missing = [str(path.relative_to(ROOT)) for path in (AXE, VNU) if not path.is_file()]
    missing += [name for name in ("node", "java") if shutil.which(name) is None]
    if not (NODE_MODULES / "lighthouse").is_dir():
        missing.append("node_modules/lighthouse")
    return missing
