"""Ready-made PDFs of the study guides and of the whole handbook, in every language.

Usage: python -m scripts.pdf [SITE_DIR]      (default: site; normally `python3.11 scripts/cli.py pdf`)

Builds the site (strict) with the "Download PDF" links switched on (environment variable STUDY_GUIDE_PDFS),
serves it on 127.0.0.1, and prints each guide page and the handbook page with Debian's Chromium, through
Playwright, using the site's own print stylesheet: A4, its margins and page numbers come from the @page rules
of docs/stylesheets/print.css. Each PDF is written next to its page, under the name the link points to.
The handbook's table of contents gets page numbers: it is printed once, the page on which each section
starts is read back from that PDF, and it is printed again with the numbers filled in.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import pathlib
import re
import subprocess
import sys

from scripts.catalogue import load
from scripts.common import labels  # noqa: E402
from scripts.common.labels import DEFAULT_LANGUAGE  # noqa: E402
from scripts.common.paths import ROOT  # noqa: E402
from scripts.generate.study_guides import HANDBOOK_PAGE, PDF_ENV, page_dir, pdf_name, pdf_pages  # noqa: E402
from scripts.tools.browser import launch
from scripts.tools.local_server import serve
from scripts.tools.site_build import mkdocs_build

PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
# Marks the start of each handbook section in the first, discarded printing (see number_contents).
SECTION_MARK = "hbmark{}hbmark"


def build(site_dir: pathlib.Path) -> None:
    """The strict build, with the PDF links on."""
    result = mkdocs_build(ROOT, site_dir, env={PDF_ENV: "1"})
    if result.returncode:
        raise SystemExit(f"mkdocs build failed:\n{result.stdout}{result.stderr}")


def language_prefix(lang: str) -> str:
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def targets(site_dir: pathlib.Path, catalogue) -> list[tuple[str, str, pathlib.Path]]:
    """(language, docs path, PDF file) of every PDF to print."""
    out = []
    for lang in labels.languages():
        for path in pdf_pages(catalogue):
            folder = site_dir / language_prefix(lang) / page_dir(path)
            out.append((lang, path, folder / pdf_name(path, lang, DEFAULT_LANGUAGE)))
    return out


def page_count(pdf: bytes) -> int:
    return len(PAGE_OBJECT.findall(pdf))


PDF_OPTIONS = {"format": "A4", "prefer_css_page_size": True, "print_background": True}


async def print_page(tab, url: str, prepare: tuple[str, object] | None = None) -> bytes:
    """One page as a PDF; `prepare` is a script and its argument to run on the page first (tests mark it)."""
    await tab.goto(url, wait_until="load")
    if prepare:
        await tab.evaluate(*prepare)
    await tab.evaluate("document.fonts.ready.then(() => true)")
    return await tab.pdf(**PDF_OPTIONS, outline=True, tagged=True)


def pages_text(pdf_file: pathlib.Path) -> list[str]:
    """The text of each page (poppler's pdftotext; form feeds separate pages)."""
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_file), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8").split("\f")


MARK_SECTIONS = """(mark) => {
    const sections = [...document.querySelectorAll('h2.handbook-part, section.handbook-page')];
    sections.forEach((el, i) => {
        const heading = el.matches('h2') ? el : el.querySelector('h1, h2, h3, h4, h5, h6');
        const span = document.createElement('span');
        span.className = 'handbook-mark';
        span.style.fontSize = '1px';
        span.textContent = mark.replace('{}', i);
        heading.prepend(span);
        const link = document.querySelector(`.handbook-toc a[href="#${el.id}"]`);
        if (link) {
            const page = document.createElement('span');
            page.className = 'toc-page';
            page.dataset.section = i;
            page.textContent = '000';
            link.after(page);
        }
    });
    return sections.length;
}"""
WRITE_PAGE_NUMBERS = """(starts) => {
    document.querySelectorAll('.handbook-mark').forEach((el) => el.remove());
    document.querySelectorAll('.handbook-toc .toc-page').forEach((el) => {
        el.textContent = starts[el.dataset.section];
    });
}"""


async def number_contents(tab, url: str, scratch: pathlib.Path) -> bytes:
    """Print the handbook twice: first with a mark in the heading of each part and section (and room for
    the page numbers in the table of contents), to learn on which page each one starts; then without the
    marks and with the numbers written in. The marks change no line, so both printings share one layout."""
    await tab.goto(url, wait_until="load")
    count = await tab.evaluate(MARK_SECTIONS, SECTION_MARK)
    await tab.evaluate("document.fonts.ready.then(() => true)")
    scratch.write_bytes(await tab.pdf(**PDF_OPTIONS))
    found = re.compile(re.escape(SECTION_MARK).replace(r"\{\}", r"(\d+)"))
    starts: dict[str, int] = {}
    for number, text in enumerate(await asyncio.to_thread(pages_text, scratch), 1):
        for index in found.findall(text):
            starts.setdefault(index, number)
    scratch.unlink()
    if len(starts) != count:
        raise SystemExit(f"handbook {url}: found the first page of {len(starts)} of {count} sections")
    await tab.evaluate(WRITE_PAGE_NUMBERS, starts)
    return await tab.pdf(**PDF_OPTIONS, outline=True, tagged=True)


async def print_jobs(base: str, jobs: list[tuple[str, str, pathlib.Path]], tabs: int,
                     prepare: tuple[str, object] | None = None) -> list[tuple[pathlib.Path, int]]:
    """Print the jobs, `tabs` pages at a time, in one Chromium (with `prepare`: once each, as they are)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await launch(playwright)
        context = await browser.new_context(color_scheme="light")
        slots = asyncio.Semaphore(tabs)

        async def one(lang: str, path: str, pdf_file: pathlib.Path) -> tuple[pathlib.Path, int]:
            url = base + language_prefix(lang) + page_dir(path) + "/"
            async with slots:
                tab = await context.new_page()
                try:
                    if path == HANDBOOK_PAGE and prepare is None:
                        data = await number_contents(tab, url, pdf_file.with_suffix(".draft.pdf"))
                    else:
                        data = await print_page(tab, url, prepare)
                finally:
                    await tab.close()
            pdf_file.write_bytes(data)
            return pdf_file, page_count(data)

        # the long handbooks first, so that the guides fill the other tabs meanwhile
        ordered = sorted(jobs, key=lambda job: job[1] != HANDBOOK_PAGE)
        made = await asyncio.gather(*(one(*job) for job in ordered))
        await browser.close()
    order = {job[2]: i for i, job in enumerate(jobs)}
    return sorted(made, key=lambda item: order[item[0]])


def run_apart(coroutine):
    """Run a coroutine to its end in a thread of its own: the caller may already run an event loop (a test
    session driving the synchronous Playwright API does)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, coroutine).result()


def print_all(site_dir: pathlib.Path, tabs: int = 4) -> list[tuple[pathlib.Path, int]]:
    """Print every PDF into the built site; returns (file, number of pages), in a stable order."""
    jobs = targets(site_dir, load(ROOT / "docs"))
    with serve(site_dir) as base:
        return run_apart(print_jobs(base, jobs, tabs))


def print_prepared(site_dir: pathlib.Path, jobs: list[tuple[str, str, pathlib.Path]], prepare: tuple[str, object],
                   tabs: int = 4) -> list[tuple[pathlib.Path, int]]:
    """Print pages of a built site after running a script on each (the tests use it to mark headings)."""
    with serve(site_dir) as base:
        return run_apart(print_jobs(base, jobs, tabs, prepare))


def main(argv: list[str]) -> int:
    site_dir = pathlib.Path(argv[0] if argv else ROOT / "site").resolve()
    build(site_dir)
    for pdf_file, pages in print_all(site_dir):
        print(f"{pdf_file.relative_to(site_dir)}: {pages} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
