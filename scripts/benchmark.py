"""Benchmarks (never timed assertions in tests): `python3.11 scripts/cli.py benchmark [search]`.

search: in headless Chromium, the time from typing a query to rendered results (median and p95 over the
        evaluation queries) and the size of each language's search index, raw and gzipped, on the real site
        and on a synthetic site with 2,000 extra document pages. Targets: p95 < 50 ms, index <= 300 KB gz.
build:  full build time (vi + en) of the real site, median of 5 (budget 10 s on 2 cores), and build time
        and search index size for synthetic corpora of 250, 1,000 and 2,000 extra document pages, with the
        ratio t(2N)/t(N) (budget <= 2.2: linear).
"""
from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import threading

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import synthetic  # noqa: E402
from scripts.search_eval import evaluate  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
QUERIES = yaml.safe_load((ROOT / "tests" / "search_queries.yml").read_text(encoding="utf-8"))


def build(project: pathlib.Path, site: pathlib.Path, site_url: str) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url)
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                   cwd=project, env=env, check=True)


@contextlib.contextmanager
def serve(site: pathlib.Path, port: int):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()


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


def latencies(base_url: str, rounds: int = 3) -> list[float]:
    from playwright.sync_api import sync_playwright

    found = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for _ in range(rounds):
            found += [r.latency_ms for r in evaluate(page, base_url, QUERIES) if r.latency_ms is not None]
        browser.close()
    return found


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
                times = latencies(url)
            sizes = index_sizes(site)
            for lang in ("vi", "en"):
                raw, gz = sizes[lang]
                rows.append([name, str(pages), lang, f"{raw / 1024:,.0f} KB", f"{gz / 1024:,.0f} KB",
                             "PASS" if gz <= 300 * 1024 else "FAIL"])
            rows.append([name, str(pages), "typing → results", f"median {statistics.median(times):.0f} ms",
                         f"p95 {p95(times):.0f} ms", "PASS" if p95(times) < 50 else "FAIL"])
    return rows


def timed_build(project: pathlib.Path, site: pathlib.Path) -> float:
    import time

    start = time.perf_counter()
    build(project, site, "http://127.0.0.1:8000/")
    return time.perf_counter() - start


def build_benchmark() -> list[list[str]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        times = [timed_build(ROOT, tmp / f"real-{i}") for i in range(5)]
        median = statistics.median(times)
        rows.append(["real site, full build (vi + en), median of 5", f"{median:.1f} s",
                     "PASS" if median <= 10 else "FAIL"])
        previous = {}
        for count in (250, 1000, 2000):
            project = synthetic.make(tmp / f"synthetic-{count}", count)
            seconds = timed_build(project, tmp / f"synthetic-{count}-site")
            raw, gz = index_sizes(tmp / f"synthetic-{count}-site")["vi"]
            previous[count] = seconds
            ratio = f"t({count})/t({count // 2}) = {seconds / previous[count // 2]:.2f}" if count // 2 in previous else ""
            verdict = ("PASS" if seconds / previous[count // 2] <= 2.2 else "FAIL") if ratio else ""
            rows.append([f"synthetic +{count:,} documents", f"{seconds:.1f} s; vi index {raw / 1024:,.0f} KB "
                         f"({gz / 1024:,.0f} KB gz)", f"{ratio} {verdict}".strip()])
    return rows


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "search"
    if what == "search":
        print_table(["site", "pages", "measure", "value", "gzipped / p95", "budget"], search_benchmark())
        return 0
    if what == "build":
        print_table(["what", "time", "budget"], build_benchmark())
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
