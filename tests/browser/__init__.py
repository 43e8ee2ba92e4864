"""Browser tier: tests in Chromium (`browser`, `page`), with the npm tools (axe-core, Lighthouse, the Nu HTML
Checker) or with poppler reading PDFs back."""
