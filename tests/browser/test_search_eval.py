"""Search quality, measured in a real browser on the built site: readers' queries (with and without
diacritics, document numbers in many spellings, topic words, both languages) and the page each should find."""
import pathlib

import yaml

from scripts.common.collation import fold
from scripts.search.index import TAG
from scripts.tools.search_eval import evaluate, metrics, open_search, run_query

QUERIES = yaml.safe_load((pathlib.Path(__file__).parent / "search_queries.yml").read_text(encoding="utf-8"))


def test_readers_queries_find_the_right_page(page, served_site):
    assert len(QUERIES) >= 40
    assert any(q["page"].startswith("en/") for q in QUERIES) and any(not q["page"].startswith("en/") for q in QUERIES)
    results = evaluate(page, served_site, QUERIES)
    scores = metrics(results)
    print("\nsearch evaluation: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in scores.items()))
    for result in results:
        if not result.rank or result.rank > 1:
            print(f"  rank {result.rank}: {result.query!r} -> {result.expected} (top: {result.pages[:3]})")
    assert scores["recall@3"] >= 0.95


def test_a_study_guide_comes_after_the_page_it_summarises(page, served_site):
    """A study guide repeats its content's or form's page in short (search boost 0.5 in its front matter),
    so the full page comes first; before that boost the guide came first for these queries."""
    cases = [("", "nêu gương", "noi-dung/5-vai-tro-neu-guong/", "tai-lieu-hoc-tap/noi-dung-5/"),
             ("", "hội nghị tự phê bình và phê bình", "hinh-thuc/hoi-nghi-tu-phe-binh-va-phe-binh/",
              "tai-lieu-hoc-tap/hoi-nghi-tu-phe-binh/"),
             ("en/", "setting an example", "en/noi-dung/5-vai-tro-neu-guong/", "en/tai-lieu-hoc-tap/noi-dung-5/")]
    for edition, query, full, guide in cases:
        open_search(page, served_site + edition)
        pages = run_query(page, served_site, query).pages
        assert full in pages and guide in pages, (query, pages[:5])
        assert pages.index(full) < pages.index(guide), (query, pages[:5])


ABBREVIATIONS = {"TW": "trung uong", "BCH": "ban chap hanh", "BCT": "bo chinh tri", "TBT": "tong bi thu",
                 "HU": "huyen uy", "TU": "tinh uy"}


def test_an_abbreviation_finds_pages_that_spell_it_out(page, served_site, site):
    """Typed in capitals, an abbreviation matches whole: the first pages found write out what it stands for
    (scripts/search_terms.yml gives such pages the abbreviation). Typed last and with Material's wildcard,
    "TU" matched every "tự" and "Tum" and put the Kon Rẫy page, which never says "Tỉnh ủy", first."""
    open_search(page, served_site)
    assert page.evaluate("() => window.searchQuery.normalise('TU')") == "TU^1"
    assert page.evaluate("() => window.searchQuery.normalise('tu')") == "tu"  # may still be being typed
    for abbreviation, expansion in ABBREVIATIONS.items():
        pages = run_query(page, served_site, abbreviation).pages[:3]
        assert len(pages) == 3, abbreviation
        for path in pages:
            html = (site / path / "index.html").read_text(encoding="utf-8")
            article = html.split("<article", 1)[1].split("</article>", 1)[0]
            assert expansion in " ".join(fold(TAG.sub(" ", article)).split()), (abbreviation, path)


def test_query_rewriter_is_what_makes_numbers_work(page, served_site):
    """A control: the same number queries with the rewriter switched off rank worse."""
    numbers = [q for q in QUERIES if any(ch.isdigit() for ch in q["q"]) and q["page"].startswith("van-ban/")]
    with_rewriter = metrics(evaluate(page, served_site, numbers))
    rewritten = page.evaluate("() => window.searchQuery.normalise('kết luận số 21 và QĐ 37')").split()
    assert "kl21^1" in rewritten and "qd37^1" in rewritten  # the token, matched whole
    page.add_init_script("window.addEventListener('DOMContentLoaded', () => { window.searchQuery.normalise = q => q; })")
    without_rewriter = metrics(evaluate(page, served_site, numbers))
    print(f"\nnumber queries recall@1: {with_rewriter['recall@1']:.2f} with the rewriter, "
          f"{without_rewriter['recall@1']:.2f} without")
    assert with_rewriter["recall@1"] == 1.0
    assert without_rewriter["recall@1"] < with_rewriter["recall@1"]


def test_words_match_whole_but_the_last_in_vietnamese_only(page, served_site):
    """Material appends "*" to every word; in Vietnamese (one syllable a word) that only found other words
    ("to*" → "toàn", "tổng"), so every word but the one still being typed is marked to match whole."""
    open_search(page, served_site)
    assert page.evaluate("() => window.searchQuery.normalise('tu soi tu sua')") == "tu^1 soi^1 tu^1 sua"
    assert page.evaluate("() => window.searchQuery.normalise('21-KL/TW và QĐ 37')") == "kl21^1 21^1 và^1 qd37^1 37^1"
    open_search(page, served_site + "en/")
    assert page.evaluate("() => window.searchQuery.normalise('party cell forum')") == "party cell forum"


# Records what Material's search worker sends back to the page (type 3: the results)
RECORD_RESULTS = """
const listen = Worker.prototype.addEventListener;
window.__results = [];
Worker.prototype.addEventListener = function (type, listener, options) {
  if (type === 'message') {
    const inner = listener;
    listener = function (event) {
      if (event.data && event.data.type === 3) window.__results.push(event.data.data.items);
      return inner.apply(this, arguments);
    };
  }
  return listen.call(this, type, listener, options);
};
"""


def test_no_diacritics_finds_what_full_spelling_finds_and_exact_ranks_first(page, served_site):
    """Compared on every page the worker sends back, not only the first ten groups Material renders: the
    plain query also matches "đang", "dáng"..., so the order of the two lists differs below the top."""
    page.add_init_script(RECORD_RESULTS)
    open_search(page, served_site)
    found = {}
    for query in ("dang vien", "đảng viên"):
        page.evaluate("window.__results = []")
        run_query(page, served_site, query)
        found[query] = {hit["location"].split("#")[0] for items in page.evaluate("window.__results")
                        for group in items for hit in group}
    assert found["dang vien"] and found["đảng viên"] <= found["dang vien"]
    # a page whose own text says "đang" (is doing) but never "đảng viên" is found only without diacritics
    highlighted = page.eval_on_selector_all(".md-search-result mark", "marks => marks.map(m => m.textContent)")
    assert any(m.lower() in ("đảng", "viên", "đảng viên") for m in highlighted)


def test_results_reach_the_page_without_the_hidden_fields(page, served_site):
    """The index's hidden fields (keywords, number, subject, body) find pages but are never shown: the
    worker leaves them out of what it sends, and highlights only the title and text."""
    page.add_init_script(RECORD_RESULTS)
    open_search(page, served_site)
    result = run_query(page, served_site, "phieu tin nhiem")
    assert result.pages
    hits = [hit for items in page.evaluate("window.__results") for group in items for hit in group]
    assert hits and all({"location", "title"} <= set(hit) for hit in hits)
    assert not {key for hit in hits for key in hit} & {"keywords", "title_keywords", "number", "subject", "body"}


EQUIVALENCE_WORKER = """
importScripts(%(worker)s);
const lunrQuery = lunr.Index.prototype.query;
importScripts(%(fold)s);
const siteQuery = lunr.Index.prototype.query;
onmessage = ({data: {index, queries}}) => {
  lunr.tokenizer.separator = new RegExp(index.config.separator);
  const built = lunr(function () {
    this.metadataWhitelist = ["position"]; this.b(0); this.use(lunr.fold); this.ref("location");
    for (const [name, options] of Object.entries(index.config.fields)) this.field(name, options);
    for (const doc of index.docs) this.add(doc, {boost: doc.boost});
  });
  const run = (query) => built.search(query).map(r => [r.ref, r.score, r.matchData.metadata]);
  const differ = [];
  let hits = 0;
  for (const query of queries) {
    lunr.Index.prototype.query = lunrQuery;
    const expected = JSON.stringify(run(query));
    lunr.Index.prototype.query = siteQuery;
    const found = run(query);
    hits += found.length;
    if (JSON.stringify(found) !== expected) differ.push(query);
  }
  postMessage({differ, hits});
};
"""


def test_faster_query_returns_lunrs_own_results(browser, served_site, site):
    """lunr.fold.min.js replaces Lunr's Index#query with one that does less work per hit: for every
    evaluation query (as rewritten, and with Material's wildcards), and for phrases, required, prohibited
    and field-scoped words, the hits, their scores, their order and their match positions are the ones
    Lunr's own query gives, in Material's worker bundle in Chromium."""
    worker = next((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    # the test's own worker is made from a blob: URL, which the pages' Content-Security-Policy refuses
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(served_site)
    queries = page.evaluate("(qs) => qs.flatMap(q => { const n = window.searchQuery.normalise(q, 'vi');"
                            " return [n, n.split(' ').map(w => /[*^]/.test(w) ? w : w + '*').join(' ')]; })",
                            [item["q"] for item in QUERIES])
    queries += ['"tự soi"', "+dang +vien", "dang -vien", "-tu", "title:chinh", "chinh~1", "tu^1 soi^1 tu^1 sua*"]
    outcome = page.evaluate("""async ([source, queries]) => {
        const index = await (await fetch('search/search_index.json')).json();
        const worker = new Worker(URL.createObjectURL(new Blob([source], {type: 'text/javascript'})));
        return await new Promise((resolve, reject) => {
            worker.onmessage = e => resolve(e.data); worker.onerror = e => reject(new Error(e.message));
            setTimeout(() => reject(new Error("the worker did not answer in 120 s")), 120000);
            worker.postMessage({index, queries}); });
    }""", [EQUIVALENCE_WORKER % {"worker": repr(served_site + f"assets/javascripts/workers/{worker.name}"),
                                 "fold": repr(served_site + "assets/javascripts/lunr/min/lunr.fold.min.js")},
           queries])
    context.close()
    assert outcome["hits"] > 1000  # the queries do find things, so there is something to compare
    assert outcome["differ"] == []
