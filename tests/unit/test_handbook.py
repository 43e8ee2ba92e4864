"""The handbook: the pages it moves into one get their own ids, their links point inside, and what is not
for paper (backlinks, diagrams, the translation note) stays out (scripts/printing/handbook.py)."""
import types

import pytest

from scripts.generate.study_guides import handbook_anchor
from scripts.printing.handbook import assemble, relative_url


def built(url, content):
    return types.SimpleNamespace(url=url, content=content)


def test_handbook_sections_get_their_own_ids_and_links_point_inside():
    handbook_url = "tai-lieu-hoc-tap/so-tay/"
    document_page = ('<h1 id="kl">KL</h1><p><a href="../../noi-dung/1-a/#y">x</a> <a href="#fn:a">1</a>'
                     ' <a href="../../nguon/#bai-a">n</a> <a href="https://example.org/">e</a></p>'
                     '<h2 data-search-exclude id="duoc-nhac-den-tai">Được nhắc đến tại</h2><ul><li>b</li></ul>'
                     '<h2 id="luoc-do" data-search-exclude>Lược đồ</h2>'
                     '<figure class="relation-diagram"><svg aria-labelledby="t"><title id="t">d</title></svg></figure>'
                     '<div class="footnote"><ol><li id="fn:a">s</li></ol></div>')
    pages = {"van-ban/kl.md": built("van-ban/kl/", document_page),
             "noi-dung/1-a.md": built("noi-dung/1-a/", '<h1 id="nd">Nội dung</h1><h2 id="y">Y</h2>')}
    own = ('<p><a href="../../van-ban/kl/">KL</a> <a href="#phan-1">P</a></p>'
           '<div class="handbook-page" data-handbook-page="van-ban/kl.md"></div>'
           '<div class="handbook-page" data-handbook-page="noi-dung/1-a.md"></div>')
    out = assemble(own, handbook_url, pages, "vi")
    kl, nd = handbook_anchor("van-ban/kl.md"), handbook_anchor("noi-dung/1-a.md")
    assert f'<a href="#{kl}">KL</a>' in out and '<a href="#phan-1">P</a>' in out  # the contents
    assert f'<section class="handbook-page" id="{kl}">' in out
    assert f'<h3 id="{kl}--kl">KL' in out and f'<h4 id="{nd}--y">Y' in out  # two levels down
    assert f'href="#{nd}--y"' in out  # a link to an included page now points inside
    assert f'href="#{kl}--fn:a"' in out and f'id="{kl}--fn:a"' in out  # footnotes do not clash
    assert 'href="../../nguon/#bai-a"' in out and 'href="https://example.org/"' in out
    assert "Được nhắc đến tại" not in out and "relation-diagram" not in out and "Lược đồ" not in out


def test_handbook_leaves_out_the_translation_note_of_each_english_page():
    page = ('<h1 id="t">Title</h1>\n<div class="admonition info">\n<p class="admonition-title">The Vietnamese text is '
            'authoritative</p>\n<p>This page is a translation.</p>\n</div>\n<p>Body.</p>')
    out = assemble('<div class="handbook-page" data-handbook-page="a.md"></div>', "en/tai-lieu-hoc-tap/so-tay/",
                   {"a.md": built("en/a/", page)}, "en")
    assert "authoritative" not in out and "<p>Body.</p>" in out


def test_handbook_stops_on_a_page_it_cannot_find():
    with pytest.raises(ValueError, match="van-ban/khong-co.md"):
        assemble('<div class="handbook-page" data-handbook-page="van-ban/khong-co.md"></div>',
                 "tai-lieu-hoc-tap/so-tay/", {}, "vi")


@pytest.mark.parametrize("from_url,to_url,expected", [
    ("tai-lieu-hoc-tap/so-tay/", "nguon/", "../../nguon/"),
    ("tai-lieu-hoc-tap/so-tay/", "", "../../"),
    ("en/tai-lieu-hoc-tap/so-tay/", "en/tai-lieu-hoc-tap/so-tay/", "./"),
    ("tai-lieu-hoc-tap/so-tay.html", "noi-dung/index.html", "../noi-dung/index.html"),  # the offline bundle
])
def test_relative_url(from_url, to_url, expected):
    assert relative_url(from_url, to_url) == expected
