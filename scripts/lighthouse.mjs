// Lighthouse (npm, pinned in package-lock.json) on local Chromium, one browser for every URL given.
// Usage: node scripts/lighthouse.mjs URL...   → JSON on stdout: {url: {scores: {category: score},
// failing: [{id, title, category, items: [...]}]}} for the accessibility, best-practices and SEO categories.
// CHROME_PATH chooses the browser (default: Debian's /usr/bin/chromium). Used by tests/test_accessibility.py.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const CATEGORIES = ["accessibility", "best-practices", "seo"];
// No screenshots: nothing measured here needs them. Throttling stays "simulate" (the page loads at full
// speed, and the page counts as settled after 1 s without network or CPU activity; other methods wait 5 s).
const CONFIG = {
  extends: "lighthouse:default",
  settings: { onlyCategories: CATEGORIES, disableFullPageScreenshot: true },
};
const urls = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
});
const report = {};
try {
  for (const url of urls) {
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
