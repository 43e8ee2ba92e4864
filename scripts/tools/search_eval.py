"""Run search queries through the site's real search box in a browser and score the ranking.

Used by tests/browser/test_search_eval.py (quality gate) and scripts/tools/benchmark.py (speed). A query is typed
into Material's search field on the home page of its edition; the result is the ordered list of result
pages (Material groups hits by page), read from the rendered list.
"""
from __future__ import annotations

import dataclasses
from urllib.parse import urlsplit

SEARCH_INPUT = "input.md-search__input"
RESULT_LINKS = ".md-search-result__item > a"
RESULT_ITEMS = ".md-search-result__item"
# a result's links that are not folded away in "more on this page"
VISIBLE_LINKS = "items => items.map(li => Array.from(li.querySelectorAll(':scope > a')).map(a => a.href))"

# Resolves when the result list has been rendered for the current query and stopped changing;
# returns the time from the input event to the first rendering, in milliseconds.
TYPE_AND_WAIT = """
async (query) => {
  const input = document.querySelector('input.md-search__input');
  const list = document.querySelector('.md-search-result__list');
  const meta = document.querySelector('.md-search-result__meta');
  const before = list.innerHTML + '|' + meta.textContent;
  let first = null;
  const observer = new MutationObserver(() => { if (first === null) first = performance.now(); });
  observer.observe(list.parentElement, {childList: true, subtree: true, characterData: true});
  const start = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: query.slice(-1)}));
  const deadline = start + 5000;
  let last = null, stableSince = performance.now();
  while (performance.now() < deadline) {
    await new Promise(r => setTimeout(r, 20));
    const now = list.innerHTML + '|' + meta.textContent;
    if (now !== last) { last = now; stableSince = performance.now(); }
    if (first !== null && now !== before && performance.now() - stableSince > 120) break;
  }
  observer.disconnect();
  return first === null ? null : first - start;
}
"""


@dataclasses.dataclass
class QueryResult:
    query: str
    expected: str
    pages: list[str]
    latency_ms: float | None
    groups: list[list[str]] = dataclasses.field(default_factory=list)  # each result's visible links, in order

    @property
    def rank(self) -> int | None:
        """The place of the expected page among the results (Material shows one result per page); an expected
        `page/#anchor` (a provision) counts where its page's result shows that anchor, not folded away."""
        if "#" not in self.expected:
            return self.pages.index(self.expected) + 1 if self.expected in self.pages else None
        return next((i for i, links in enumerate(self.groups, 1) if self.expected in links), None)


def page_path(href: str, base_url: str) -> str:
    path = urlsplit(href).path
    return path[len(urlsplit(base_url).path):] if path.startswith(urlsplit(base_url).path) else path.lstrip("/")


def open_search(page, url: str) -> None:
    page.goto(url)
    icon = page.locator("label.md-header__button[for='__search']")
    if icon.is_visible():  # on a phone the search field opens from the header icon
        icon.click()
    page.click(SEARCH_INPUT)
    page.wait_for_function("() => document.querySelector('.md-search-result__meta').textContent.trim() !== ''")
    run_query(page, url, "a")  # the worker builds its index on the first query: do that before measuring


def run_query(page, base_url: str, query: str, expected: str = "") -> QueryResult:
    page.evaluate("() => { const i = document.querySelector('input.md-search__input'); i.value = '';"
                  " i.dispatchEvent(new Event('input', {bubbles: true})); }")
    page.wait_for_timeout(30)
    latency = page.evaluate(TYPE_AND_WAIT, query)
    hrefs = page.eval_on_selector_all(RESULT_LINKS, "links => links.map(a => a.href)")
    pages = list(dict.fromkeys(page_path(h, base_url) for h in hrefs))
    shown = page.eval_on_selector_all(RESULT_ITEMS, VISIBLE_LINKS)
    groups = [[page_path(h, base_url) + (f"#{urlsplit(h).fragment}" if urlsplit(h).fragment else "") for h in links]
              for links in shown]
    return QueryResult(query, expected, pages, latency, groups)


def evaluate(page, base_url: str, queries: list[dict]) -> list[QueryResult]:
    """Each query from the home page of its edition ("en/..." expected pages are searched in English)."""
    results, current = [], None
    for item in sorted(queries, key=lambda q: q["page"].startswith("en/")):
        home = base_url + ("en/" if item["page"].startswith("en/") else "")
        if home != current:
            open_search(page, home)
            current = home
        results.append(run_query(page, base_url, item["q"], item["page"]))
    return results


def metrics(results: list[QueryResult]) -> dict[str, float]:
    ranks = [r.rank for r in results]
    return {
        "queries": len(results),
        "recall@1": sum(1 for r in ranks if r == 1) / len(ranks),
        "recall@3": sum(1 for r in ranks if r and r <= 3) / len(ranks),
        "mrr": sum(1 / r for r in ranks if r) / len(ranks),
    }
