"""Link targets for paper: links carry where they lead for the print stylesheet to show it, and a link resolves
to a page of the site (scripts/printing/print_links.py)."""
import pytest

from scripts.catalogue import load
from scripts.printing.print_links import annotate, resolve
from tests.unit.guide_fixture import tree


def test_links_carry_their_target_for_print(tmp_path):
    catalogue = load(tree(tmp_path))
    paths = {"van-ban/ket-luan-21-kl-tw-2021/": "van-ban/ket-luan-21-kl-tw-2021.md",
             "noi-dung/1-quan-diem/": "noi-dung/1-quan-diem.md", "nguon/": "nguon.md"}
    content = ('<p><a href="../../van-ban/ket-luan-21-kl-tw-2021/">Kết luận</a> '
               '<a href="../../van-ban/ket-luan-21-kl-tw-2021/">Kết luận số 21-<abbr>KL</abbr>/TW</a> '
               '<a href="../../noi-dung/1-quan-diem/#x">phần này</a> '
               '<a href="https://example.org/a">trang ngoài</a> <a href="https://example.org/a">https://example.org/a</a> '
               '<a class="headerlink" href="#h">¶</a> <a href="#muc">mục</a></p>'
               '<div class="footnote" data-search-exclude><a href="../../nguon/#bai-a">Bài A</a></div>')
    out = annotate(content, "tai-lieu-hoc-tap/noi-dung-1/", paths, catalogue, "vi")
    assert '<a href="../../van-ban/ket-luan-21-kl-tw-2021/" data-print-target="21-KL/TW">Kết luận</a>' in out
    assert out.count('data-print-target="21-KL/TW"') == 1  # the text already names it the second time
    assert 'data-print-target="Nội dung 1: Quan điểm">phần này' in out
    assert out.count('data-print-url="https://example.org/a"') == 1
    assert '<a class="headerlink" href="#h">' in out and '<a href="#muc">' in out
    assert '<a href="../../nguon/#bai-a">Bài A</a>' in out  # footnotes stay as they are


@pytest.mark.parametrize("page_url,href,expected", [
    ("noi-dung/1-a/", "../../van-ban/x/", ("van-ban/x/", "")),
    ("noi-dung/1-a/", "../", ("noi-dung/", "")),
    ("noi-dung/", "../#top", ("", "top")),
    ("", "van-ban/", ("van-ban/", "")),
    ("./", "van-ban/", ("van-ban/", "")),
    ("noi-dung/1-a.html", "../van-ban/x.html#y", ("van-ban/x.html", "y")),  # the offline bundle
    ("noi-dung/1-a.html", "index.html", ("noi-dung/", "")),
    ("noi-dung/1-a.html", "../index.html", ("", "")),
    ("thuat-ngu.html", "van-ban/x.html", ("van-ban/x.html", "")),
    ("noi-dung/1-a/", "#y", ("noi-dung/1-a/", "y")),
    ("noi-dung/1-a/", "https://example.org/", None),
])
def test_resolve(page_url, href, expected):
    assert resolve(page_url, href) == expected
