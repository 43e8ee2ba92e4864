"""Abbreviations (TW, KL, QĐ, ...) are explained once on a page, not at every use: the filter. The built pages
are checked in tests/site/test_abbreviations_built.py, a tap and keyboard focus in
tests/browser/test_reading_details.py."""
from scripts.rendering.abbreviations import first_use_only


def test_only_the_first_use_keeps_its_explanation_and_can_take_focus():
    html = ('<h1>Kết luận số 21-<abbr title="Kết luận">KL</abbr>/<abbr title="Trung ương">TW</abbr></h1>'
            '<p><abbr title="Kết luận">KL</abbr> 21 và <abbr title="Trung ương">TW</abbr>, '
            '<abbr title="Quy định">QĐ</abbr> 37</p>')
    assert first_use_only(html) == ('<h1>Kết luận số 21-<abbr tabindex="0" title="Kết luận">KL</abbr>/'
                                    '<abbr tabindex="0" title="Trung ương">TW</abbr></h1>'
                                    '<p>KL 21 và TW, <abbr tabindex="0" title="Quy định">QĐ</abbr> 37</p>')


def test_the_use_kept_is_the_first_outside_a_link():
    """A tap on a link follows it: an explanation inside a link could not be opened on a phone."""
    html = ('<p><a href="x">21-<abbr title="Kết luận">KL</abbr></a>, <abbr title="Kết luận">KL</abbr> 21, '
            '<abbr title="Kết luận">KL</abbr></p><p><a href="y"><abbr title="Quy định">QĐ</abbr> 37</a>, '
            '<a href="z"><abbr title="Quy định">QĐ</abbr> 22</a></p>')
    assert first_use_only(html) == ('<p><a href="x">21-KL</a>, <abbr tabindex="0" title="Kết luận">KL</abbr> 21, '
                                    'KL</p><p><a href="y"><abbr title="Quy định">QĐ</abbr> 37</a>, '
                                    '<a href="z">QĐ 22</a></p>')
