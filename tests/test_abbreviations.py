"""Abbreviations (TW, KL, QĐ, ...) are explained at their first use on a page, not at every use."""
import collections
import re

from scripts.rendering.abbreviations import first_use_only

ABBR = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.DOTALL)


def test_only_the_first_use_keeps_its_explanation():
    html = ('<h1>Kết luận số 21-<abbr title="Kết luận">KL</abbr>/<abbr title="Trung ương">TW</abbr></h1>'
            '<p><abbr title="Kết luận">KL</abbr> 21 và <abbr title="Trung ương">TW</abbr>, '
            '<abbr title="Quy định">QĐ</abbr> 37</p>')
    assert first_use_only(html) == ('<h1>Kết luận số 21-<abbr title="Kết luận">KL</abbr>/<abbr title="Trung ương">'
                                    'TW</abbr></h1><p>KL 21 và TW, <abbr title="Quy định">QĐ</abbr> 37</p>')


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
