// Lighthouse (npm, pinned in package-lock.json) on local Chromium, one browser for every URL given.
// Usage: node scripts/tools/lighthouse.mjs URL...   → JSON on stdout: {url: {scores: {category: score},
// failing: [{id, title, category, items: [...]}]}} for the accessibility, best-practices and SEO categories.
// CHROME_PATH chooses the browser (default: Debian's /usr/bin/chromium); LH_LOG=info shows its progress.
// Used by tests/browser/test_accessibility.py (through scripts/tools/browser.py).
//
// node scripts/tools/lighthouse.mjs --performance [--runs=N] URL...   → the performance category instead, with
// Lighthouse's defaults (mobile emulation, simulated throttling), each URL N times (default 3, the URLs
// taken in turn so that a slow moment of the machine hits several pages): {url: [{score, fcp, lcp, tbt,
// cls (ms, ms, ms, unitless), renderBlocking: [{url, wastedMs}], runtimeError}, ...]}. Used by
// scripts/tools/benchmark.py (pages).
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const args = process.argv.slice(2);
const PERFORMANCE = args.includes("--performance");
const RUNS = Number((args.find((a) => a.startsWith("--runs=")) || "--runs=3").slice("--runs=".length));
const CATEGORIES = PERFORMANCE ? ["performance"] : ["accessibility", "best-practices", "seo"];
// No screenshots: nothing measured here needs them. Throttling stays "simulate" (the page loads at full
// speed, and the page counts as settled after 1 s without network or CPU activity; other methods wait 5 s).
const CONFIG = {
  extends: "lighthouse:default",
  settings: { onlyCategories: CATEGORIES, disableFullPageScreenshot: true },
};
const urls = args.filter((a) => !a.startsWith("--"));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
});
const report = {};
const performance = (lhr) => {
  const value = (id) => lhr.audits[id] ? lhr.audits[id].numericValue : null;
  const blocking = lhr.audits["render-blocking-resources"];
  return { score: lhr.categories.performance.score, fcp: value("first-contentful-paint"),
           lcp: value("largest-contentful-paint"), tbt: value("total-blocking-time"),
           cls: value("cumulative-layout-shift"),
           renderBlocking: ((blocking && blocking.details && blocking.details.items) || [])
             .map((item) => ({ url: item.url, wastedMs: item.wastedMs })),
           runtimeError: lhr.runtimeError ? lhr.runtimeError.message : null };
};
try {
  for (let run = 0; PERFORMANCE && run < RUNS; run++) {
    for (const url of urls) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: "json",
                                              logLevel: process.env.LH_LOG || "error" }, CONFIG);
      (report[url] = report[url] || []).push(performance(lhr));
    }
  }
  for (const url of PERFORMANCE ? [] : urls) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json",
                                            logLevel: process.env.LH_LOG || "error" }, CONFIG);
    const failing = [];
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          const items = ((audit.details && audit.details.items) || []).slice(0, 5).map((item) =>
            (item.node && (item.node.selector + " " + (item.node.explanation || ""))) || item.source ||
            item.description || item.url || JSON.stringify(item).slice(0, 200));
          failing.push({ id: ref.id, title: audit.title, category, items });
        }
      }
    }
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score]));
    report[url] = { scores, failing, runtimeError: lhr.runtimeError ? lhr.runtimeError.message : null };
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(report, null, 1) + "\n");
