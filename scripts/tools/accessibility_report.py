"""The accessibility figures per page type, as a table: `python3.11 scripts/cli.py accessibility-report`.

Builds the site into a temporary folder for a local address, serves it on 127.0.0.1 and prints
- for every page type of scripts/browser_checks.PAGE_TYPES, in both languages: axe-core's violations
  counted by impact (critical / serious / moderate / minor) and the rules behind them;
- for the four page types of LIGHTHOUSE_PAGES, in both languages: Lighthouse's accessibility,
  best-practices and SEO scores (0-100).
The tests (tests/browser/test_accessibility.py) assert the budgets; this prints the numbers behind them.
"""
from __future__ import annotations

import pathlib
import sys
import tempfile

from scripts.common.paths import ROOT  # noqa: E402
from scripts.tools.benchmark import build, free_port, print_table  # noqa: E402
from scripts.tools.browser import LIGHTHOUSE_PAGES, PAGE_TYPES, VIETNAMESE_ONLY, Lighthouse, axe, launch  # noqa: E402
from scripts.tools.local_server import serve  # noqa: E402

IMPACTS = ("critical", "serious", "moderate", "minor")


def axe_rows(base_url: str) -> list[list[str]]:
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for kind, path in {**PAGE_TYPES, **VIETNAMESE_ONLY}.items():
            for prefix in ("", "en/"):
                if prefix and kind in VIETNAMESE_ONLY:
                    continue
                page.goto(base_url + prefix + path)
                violations = axe(page)
                counts = [str(sum(len(v["nodes"]) for v in violations if v["impact"] == impact))
                          for impact in IMPACTS]
                rules = ", ".join(sorted({v["id"] for v in violations})) or "-"
                rows.append([kind, "en" if prefix else "vi", *counts, rules])
        browser.close()
    return rows


def lighthouse_rows(base_url: str) -> list[list[str]]:
    urls = {(kind, lang): base_url + ("en/" if lang == "en" else "") + path
            for kind, path in LIGHTHOUSE_PAGES.items() for lang in ("vi", "en")}
    report = Lighthouse(list(urls.values())).result()
    rows = []
    for (kind, lang), url in urls.items():
        scores = report[url]["scores"]
        failing = ", ".join(audit["id"] for audit in report[url]["failing"]) or "-"
        rows.append([kind, lang, *(f"{round(scores[c] * 100)}" for c in ("accessibility", "best-practices", "seo")),
                     failing])
    return rows


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        site = pathlib.Path(tmp) / "site"
        build(ROOT, site, f"http://127.0.0.1:{port}/")
        with serve(site, port) as url:
            axe_table = axe_rows(url)
            lighthouse_table = lighthouse_rows(url)
    print("axe-core violations (elements affected), per page type")
    print_table(["page type", "lang", *IMPACTS, "rules"], axe_table)
    print()
    print("Lighthouse scores")
    print_table(["page type", "lang", "accessibility", "best practices", "SEO", "failing audits"], lighthouse_table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
