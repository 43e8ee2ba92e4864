"""Benchmarks (never timed assertions in tests): `python3.11 scripts/cli.py benchmark [pages|build|search|all]`.

pages:  per page type (home, document, index, study guide; vi and en) of a fresh build of the real site,
        and a stock Material page with the same article (the baseline rows: Material alone, then with the
        theme features of our mkdocs.yml switched on): bytes transferred (gzip served)
        as HTML / CSS / JS / fonts / other, the site's own CSS+JS on top of Material (budget <= 10 KB gz),
        render-blocking requests beyond Material's own CSS (budget: none), and Lighthouse mobile performance
        (median of 3 runs: score, FCP, LCP, TBT, CLS; budget: score 100). See scripts/tools/page_weight.py.

search: in headless Chromium, the time from typing a query to rendered results (median and p95 over the
        evaluation queries) and the size of each language's search index, raw and gzipped, on the real site
        and on a synthetic site with 2,000 extra document pages. Targets: p95 < 50 ms, index <= 300 KB gz.
        The same queries' ranking (recall@1, recall@3: the test's 0.95 floor) shows that it holds at scale.
        One more row, without a budget, times the synthetic site with the page's main thread slowed 4×
        (Lighthouse's mobile CPU factor; the worker is not slowed): about what a reader's phone adds.
        The index and the cap on hits that make these hold at 2,000 documents: README, "Search".
build:  full build time (vi + en) of the real site, median of 5 (budget 10 s on 2 cores; the vi-only build
        and the build with our hooks off show where the time goes; CPU time beside wall time), and build time
        and search index size for synthetic corpora of 250, 1,000 and 2,000 extra document pages, with the
        ratio t(2N)/t(N) (budget <= 2.2: linear).
blocks: each generated block (indexes, timeline, glossary, finder...) timed on the catalogue of 500, 1,000
        and 2,000 synthetic documents (best of 3, vi + en), with t(2N)/t(N), then the functions that take
        the most time at 2,000 (cProfile): the check that no generated-index code is quadratic.
"""
from __future__ import annotations

import cProfile
import gzip
import io
import pathlib
import pstats
import statistics
import subprocess
import sys
import tempfile
import time

import yaml

from scripts.common.paths import ROOT  # noqa: E402
from scripts.tools import synthetic  # noqa: E402
from scripts.tools.browser import launch  # noqa: E402
from scripts.tools.local_server import serve  # noqa: E402
from scripts.tools.search_eval import evaluate, metrics  # noqa: E402
from scripts.tools.site_build import mkdocs_build  # noqa: E402

PHONE_SLOWDOWN = 4  # main-thread slowdown of the search benchmark's phone row (Lighthouse's mobile CPU factor)
LINEAR = 2.2  # "linear in corpus size": the budget for t(2N) / t(N), of the build and of the generated blocks
QUERIES = yaml.safe_load((ROOT / "tests" / "browser" / "search_queries.yml").read_text(encoding="utf-8"))


def build(project: pathlib.Path, site: pathlib.Path, site_url: str) -> None:
    mkdocs_build(project, site, site_url=site_url, quiet=True, capture=False, check=True)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def index_sizes(site: pathlib.Path) -> dict[str, tuple[int, int]]:
    sizes = {}
    for lang, path in (("vi", site / "search" / "search_index.json"), ("en", site / "en" / "search" / "search_index.json")):
        raw = path.read_bytes()
        sizes[lang] = (len(raw), len(gzip.compress(raw, 9)))
    return sizes


def latencies(base_url: str, rounds: int = 3, slowdown: float = 1) -> tuple[list[float], dict[str, float]]:
    """Typing → results times over `rounds` passes of the evaluation queries, and the first pass's ranking.
    `slowdown` > 1 slows the page's main thread that many times (DevTools' CPU throttling, as Lighthouse's
    mobile profile does with 4); the search worker runs at full speed."""
    from playwright.sync_api import sync_playwright

    found, ranking = [], {}
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        if slowdown > 1:
            page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": slowdown})
        for _ in range(rounds):
            results = evaluate(page, base_url, QUERIES)
            ranking = ranking or metrics(results)
            found += [r.latency_ms for r in results if r.latency_ms is not None]
        browser.close()
    return found, ranking


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


def search_benchmark() -> list[list[str]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        for name, project in (("real site", ROOT), ("synthetic +2,000 documents", None)):
            if project is None:
                project = synthetic.make(tmp / "synthetic", 2000)
            port = free_port()
            site = tmp / name.split()[0] / "site"
            build(project, site, f"http://127.0.0.1:{port}/")
            pages = sum(1 for _ in site.rglob("index.html"))
            with serve(site, port) as url:
                times, ranking = latencies(url)
                # how a phone fares (no budget: the target is for the machine itself)
                slow = latencies(url, slowdown=PHONE_SLOWDOWN)[0] if project is not ROOT else None
            sizes = index_sizes(site)
            for lang in ("vi", "en"):
                raw, gz = sizes[lang]
                rows.append([name, str(pages), lang, f"{raw / 1024:,.0f} KB", f"{gz / 1024:,.0f} KB",
                             "PASS" if gz <= 300 * 1024 else "FAIL"])
            rows.append([name, str(pages), "typing → results", f"median {statistics.median(times):.0f} ms",
                         f"p95 {p95(times):.0f} ms", "PASS" if p95(times) < 50 else "FAIL"])
            rows.append([name, str(pages), "ranking (evaluation queries)", f"recall@1 {ranking['recall@1']:.2f}",
                         f"recall@3 {ranking['recall@3']:.2f}", "PASS" if ranking["recall@3"] >= 0.95 else "FAIL"])
            if slow:
                rows.append([name, str(pages), f"typing → results, page {PHONE_SLOWDOWN}× slower",
                             f"median {statistics.median(slow):.0f} ms", f"p95 {p95(slow):.0f} ms", "(info)"])
    return rows


def timed_build(project: pathlib.Path, site: pathlib.Path, strict: bool = True) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of the build process). CPU time hardly changes when another process
    shares the two cores; wall time does."""
    import resource
    import time

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    if strict:
        build(project, site, "http://127.0.0.1:8000/")
    else:  # a variant whose warnings are expected (hooks off)
        mkdocs_build(project, site, strict=False, quiet=True, capture=False, check=True, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def variant(tmp: pathlib.Path, name: str, *edits: tuple[str, str]) -> pathlib.Path:
    """A copy of the real project whose mkdocs.yml has each (old, new) of `edits` replaced."""
    project = synthetic.make(tmp / name, 0)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in config, old
        config = config.replace(old, new)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


def medians(runs: list[tuple[float, float]]) -> str:
    return (f"{statistics.median(w for w, _ in runs):.1f} s (CPU {statistics.median(c for _, c in runs):.1f} s)")


def build_benchmark() -> list[list[str]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        runs = [timed_build(ROOT, tmp / f"real-{i}") for i in range(5)]
        median = statistics.median(w for w, _ in runs)
        rows.append(["real site, full build (vi + en), median of 5", medians(runs),
                     "PASS" if median <= 10 else "FAIL"])
        # where the time goes: the second language's build (mkdocs-static-i18n builds the whole site once per
        # language), and our hooks (the same content built by MkDocs + Material + i18n alone)
        vi_only = variant(tmp, "vi-only", ("name: English\n          build: true", "name: English\n          build: false"))
        no_hooks = variant(tmp, "no-hooks", ("hooks:\n", "hooks: []\nunused_hooks:\n"), ("strict: true", "strict: false"))
        rows.append(["  of which: vi only (en build switched off), median of 3",
                     medians([timed_build(vi_only, tmp / f"vi-only-{i}") for i in range(3)]), ""])
        rows.append(["  same content, our hooks off (stock MkDocs + Material + i18n), median of 3",
                     medians([timed_build(no_hooks, tmp / f"no-hooks-{i}", strict=False) for i in range(3)]), ""])
        previous, cpus = {}, {}
        for count in (250, 1000, 2000):
            project = synthetic.make(tmp / f"synthetic-{count}", count)
            seconds, cpu = timed_build(project, tmp / f"synthetic-{count}-site")
            raw, gz = index_sizes(tmp / f"synthetic-{count}-site")["vi"]
            previous[count], cpus[count] = seconds, cpu
            ratio = (f"t({count})/t({count // 2}) = {seconds / previous[count // 2]:.2f} "
                     f"(CPU {cpu / cpus[count // 2]:.2f})" if count // 2 in previous else "")
            verdict = ("PASS" if seconds / previous[count // 2] <= LINEAR else "FAIL") if ratio else ""
            rows.append([f"synthetic +{count:,} documents", f"{seconds:.1f} s (CPU {cpu:.1f} s); vi index "
                         f"{raw / 1024:,.0f} KB ({gz / 1024:,.0f} KB gz)", f"{ratio} {verdict}".strip()])
    return rows


def generated_blocks(root: pathlib.Path) -> tuple[object, list[tuple[str, str]]]:
    """The catalogue of a project and every (block name, page) of its generated-block markers."""
    from scripts import catalogue
    from scripts.common.markdown import MARKER

    cat = catalogue.load(root / "docs")
    return cat, [(marker.group(1), path) for path in sorted(cat.pages) if (root / "docs" / path).is_file()
                 for marker in MARKER.finditer((root / "docs" / path).read_text(encoding="utf-8"))]


def run_blocks(cat, uses: list[tuple[str, str]], name: str | None = None) -> None:
    from scripts.generate import BUILDERS

    for block, path in uses:
        if name is None or block == name:
            for lang in ("vi", "en"):
                BUILDERS[block](path, cat, lang)


def blocks_benchmark() -> tuple[list[list[str]], str]:
    counts, times, projects = (500, 1000, 2000), {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in counts:
            projects[count] = generated_blocks(synthetic.make(pathlib.Path(tmp) / str(count), count))
    names = sorted({block for block, _ in projects[counts[-1]][1]})
    for count, (cat, uses) in projects.items():
        for name in names + [None]:
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                run_blocks(cat, uses, name)
                best = min(best, time.perf_counter() - start)
            times[count, name] = best
    rows = []
    for name in names + [None]:
        ratio = times[2000, name] / times[1000, name]
        rows.append([name or "all blocks", *(f"{times[c, name]:.3f} s" for c in counts), f"{ratio:.2f}",
                     ("PASS" if ratio <= LINEAR else "FAIL") if name is None else ""])
    profile = cProfile.Profile()
    profile.runcall(run_blocks, *projects[2000])
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(8)
    return rows, out.getvalue()


PAGE_TYPES = {"home": "", "document": "van-ban/ket-luan-21-kl-tw-2021/", "index": "van-ban/",
              "study guide": "tai-lieu-hoc-tap/noi-dung-1/"}  # as LIGHTHOUSE_PAGES in tests/browser/test_accessibility.py
OWN_BUDGET = 10 * 1024
MATERIAL_CSS = ("assets/stylesheets/main.", "assets/stylesheets/palette.")


def stock_material(target: pathlib.Path, article_html: str, features: list[str] = (), palette: str = "") -> pathlib.Path:
    """A stock Material project (theme material, font: false, search; language vi like the real site)
    whose page document/ holds `article_html`, the rendered article of a real page; `features`: Material's
    own theme features to switch on (none by default); `palette`: a theme `palette:` block (none by default)."""
    (target / "docs").mkdir(parents=True)
    (target / "mkdocs.yml").write_text("site_name: Stock Material\ntheme:\n  name: material\n  language: vi\n"
                                       f"  font: false\n  features: {list(features)}\n{palette}plugins:\n  - search\n",
                                       encoding="utf-8")
    (target / "docs" / "index.md").write_text("# Stock Material\n\n[Document](document.md)\n", encoding="utf-8")
    (target / "docs" / "document.md").write_text(f'<div class="stock-article">\n{article_html}\n</div>\n',
                                                 encoding="utf-8")
    return target


def material_features() -> list[str]:
    """theme.features of mkdocs.yml (read as text: the file has !ENV tags)."""
    import re

    block = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\n  features:\n", 1)[1]
    return re.findall(r"^    - (\S+)\s*$", block.split("\n  palette:", 1)[0], re.MULTILINE)


def material_palette() -> str:
    """theme.palette of mkdocs.yml, as its YAML text (the light/dark toggle: Material's script reads the
    header's colour when it starts)."""
    block = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\n  palette:\n", 1)[1]
    return "  palette:\n" + block.split("\n\n", 1)[0].split("\n# ", 1)[0].rstrip("\n") + "\n"


def article(page_html: str) -> str:
    start = page_html.index(">", page_html.index('<article class="md-content__inner')) + 1
    return page_html[start:page_html.index("</article>", start)]


def kilobytes(value: int) -> str:
    return f"{value / 1024:.1f}"


def pages_benchmark() -> tuple[list[list[str]], list[str]]:
    from scripts.tools import page_weight

    rows, notes = [], []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        real = tmp / "real-site"
        build(ROOT, real, "http://127.0.0.1:8000/")
        stock = tmp / "stock-site"
        document_html = (real / PAGE_TYPES["document"] / "index.html").read_text(encoding="utf-8")
        features = material_features()
        for folder, enabled, palette in (("plain", [], ""), ("features", features, material_palette())):
            mkdocs_build(stock_material(tmp / f"stock-{folder}", article(document_html), enabled, palette),
                         stock / folder, strict=False, quiet=True, capture=False, check=True)
        # the same stock page with Material's scripts deferred, as overrides/main.html does on the site's pages
        # (the page paints before Material's start-up work, which Lighthouse then counts in TBT)
        deferred = stock / "features" / "document-deferred"
        deferred.mkdir()
        (deferred / "index.html").write_text((stock / "features" / "document" / "index.html").read_text(
            encoding="utf-8").replace('.js"></script>', '.js" defer></script>'), encoding="utf-8")
        with page_weight.serve_gzipped(real) as real_url, page_weight.serve_gzipped(stock) as stock_url:
            targets = [(f"{kind} ({lang})", real_url, ("en/" if lang == "en" else "") + path)
                       for lang in ("vi", "en") for kind, path in PAGE_TYPES.items()]
            targets.append(("stock Material, same article (baseline)", stock_url, "plain/document/"))
            targets.append(("  + the site's Material features and palette", stock_url, "features/document/"))
            targets.append(("  + Material's scripts deferred, as on the site", stock_url, "features/document-deferred/"))
            weights = {}
            for base in (real_url, stock_url):
                weights.update({(base, path): weight for path, weight in page_weight.weigh_pages(
                    base, [path for _, b, path in targets if b == base]).items()})
            report = page_weight.lighthouse([base + path for _, base, path in targets], runs=3)
        for name, base, path in targets:
            weight, lh = weights[(base, path)], page_weight.median_run(report[base + path])
            blocking = [url.rsplit("/", 1)[-1] for url in weight.blocking
                        if not any(m in url for m in MATERIAL_CSS)]
            lh_blocking = [url.rsplit("/", 1)[-1] for url in lh["renderBlocking"]
                           if not any(m in url for m in MATERIAL_CSS)]
            stock_row = base == stock_url
            own_ok = weight.own_bytes <= OWN_BUDGET
            verdicts = [lh["score"] == 1, stock_row or own_ok, not blocking]
            rows.append([name, *(kilobytes(weight.bytes[k]) for k in page_weight.KINDS), kilobytes(weight.total),
                         "-" if stock_row else kilobytes(weight.own_bytes),
                         f"{round(lh['score'] * 100)} ({'/'.join(str(round(s * 100)) for s in lh['scores'])})",
                         f"{lh['fcp'] / 1000:.2f}", f"{lh['lcp'] / 1000:.2f}", f"{lh['tbt']:.0f}",
                         f"{lh['cls']:.3f}", ", ".join(blocking) or "none",
                         "PASS" if all(verdicts) else "FAIL: " + ", ".join(
                             what for what, ok in zip(("score", "own", "blocking"), verdicts) if not ok)])
            if lh_blocking:
                notes.append(f"{name}: Lighthouse's render-blocking-resources (>= 50 ms) beyond Material's CSS: "
                             + ", ".join(lh_blocking))
            if lh["errors"]:
                notes.append(f"{name}: Lighthouse runtime errors: {'; '.join(lh['errors'])}")
            if name.startswith("document (vi)"):
                notes.append("own CSS+JS on document (vi): " + ", ".join(f"{part} {size:,} B"
                                                                        for part, size in weight.own_parts))
    return rows, notes


PAGES_HEADER = ["page", "HTML", "CSS", "JS", "fonts", "other", "total KB gz", "own CSS+JS KB gz (<= 10)",
                "LH perf median (runs)", "FCP s", "LCP s", "TBT ms", "CLS", "render-blocking beyond Material CSS",
                "budgets"]


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "search"
    if what == "pages":
        rows, notes = pages_benchmark()
        print_table(PAGES_HEADER, rows)
        print("\n".join(["", "Bytes: transferred, gzip served, until the network is idle (\"other\": the favicon, "
                          "and on the stock pages the search index, which Material fetches as the page loads; the "
                          "site's pages fetch theirs only when the search is opened). Lighthouse: mobile, "
                          "simulated throttling.", *notes]))
        return 0
    if what == "all":
        for part in ("pages", "build", "blocks", "search"):
            print(f"\n## {part}\n", flush=True)
            main([part])
        return 0
    if what == "search":
        print_table(["site", "pages", "measure", "value", "gzipped / p95", "budget"], search_benchmark())
        return 0
    if what == "build":
        print_table(["what", "time", "budget"], build_benchmark())
        return 0
    if what == "blocks":
        rows, profile = blocks_benchmark()
        print_table(["generated block (vi + en, best of 3)", "500 docs", "1,000 docs", "2,000 docs",
                     "t(2000)/t(1000)", f"linear (<= {LINEAR})"], rows)
        print("\nMost time at 2,000 documents (cProfile, own time):\n" + profile.split("\n\n", 1)[-1].strip())
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
