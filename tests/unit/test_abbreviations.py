"""Abbreviations (TW, KL, QĐ, ...) are explained at their first use on a page, not at every use: the filter.
The built pages are checked in tests/site/test_abbreviations_built.py."""
from scripts.rendering.abbreviations import first_use_only


def test_only_the_first_use_keeps_its_explanation():
    html = ('<h1>Kết luận số 21-<abbr title="Kết luận">KL</abbr>/<abbr title="Trung ương">TW</abbr></h1>'
            '<p><abbr title="Kết luận">KL</abbr> 21 và <abbr title="Trung ương">TW</abbr>, '
            '<abbr title="Quy định">QĐ</abbr> 37</p>')
    assert first_use_only(html) == ('<h1>Kết luận số 21-<abbr title="Kết luận">KL</abbr>/<abbr title="Trung ương">'
                                    'TW</abbr></h1><p>KL 21 và TW, <abbr title="Quy định">QĐ</abbr> 37</p>')
