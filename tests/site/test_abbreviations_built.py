"""Abbreviations (TW, KL, QĐ, ...) are explained at their first use on a page, not at every use: every built
page. The filter itself is tested in tests/unit/test_abbreviations.py."""
import collections
import re

ABBR = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.DOTALL)


def test_no_built_page_explains_an_abbreviation_twice(site):
    repeated, explained = {}, 0
    for page in site.rglob("*.html"):
        counts = collections.Counter(ABBR.findall(page.read_text(encoding="utf-8")))
        explained += len(counts)
        twice = sorted(text for text, n in counts.items() if n > 1)
        if twice:
            repeated[page.relative_to(site).as_posix()] = twice
    assert repeated == {}
    assert explained > 100  # the abbreviations are still explained (once per page)
