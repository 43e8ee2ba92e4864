"""No list item, table cell or paragraph of the built site says a label twice: "Nội dung 1: Nội dung 1: …",
"[Diễn đàn sinh hoạt chi bộ]: Diễn đàn sinh hoạt chi bộ", "[Điểm 1]: Điểm 1 nhắc rằng…", "[Nội dung 2: Những
điểm mới]: Những điểm mới (…)". The builders' rule is tested in tests/unit/test_repeated_labels.py."""
from __future__ import annotations

import html.parser
import re

LINK_OPEN, LINK_CLOSE = "\x01", "\x02"  # where a link's text starts and ends in the collected text
BLOCKS = {"li", "td", "th", "p", "dd"}
SKIPPED = {"script", "style", "svg"}
REPEATS = (
    # an item that opens with "X: X" (a label, then a title that opens with the same label)
    re.compile(rf"^\s*{LINK_OPEN}?(?P<x>[^:{LINK_OPEN}{LINK_CLOSE}]{{2,120}}):\s+{LINK_OPEN}?(?P=x)(?!\w)"),
    # "[X]: X…": a link, then the same words
    re.compile(rf"{LINK_OPEN}(?P<x>[^{LINK_CLOSE}]{{2,}}){LINK_CLOSE}:\s+(?P=x)(?!\w)"),
    # "[… X]: X (…)": a link whose title ends with the description written after it
    re.compile(rf"{LINK_OPEN}[^{LINK_CLOSE}]*?(?<!\w)(?P<x>\w[^{LINK_CLOSE}:]{{2,}}){LINK_CLOSE}:\s+(?P=x)\s*(?:\(|$)"),
)


class Blocks(html.parser.HTMLParser):
    """The text of every list item, table cell and paragraph, each link's text between markers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[list[str]] = []
        self.done: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS:
            self.open.append([])
        elif tag == "a":
            self._add(LINK_OPEN)

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS and self.open:
            self.done.append("".join(self.open.pop()))
        elif tag == "a":
            self._add(LINK_CLOSE)

    def handle_data(self, data):
        if not self.skipping:
            self._add(data)

    def _add(self, text):
        for block in self.open:
            block.append(text)


def repetitions(page_html: str) -> list[str]:
    parser = Blocks()
    parser.feed(page_html)
    found = []
    for block in parser.done:
        text = " ".join(block.split())
        if any(pattern.search(text) for pattern in REPEATS):
            found.append(text.replace(LINK_OPEN, "[").replace(LINK_CLOSE, "]")[:160])
    return found


def test_the_pattern_finds_what_readers_saw():
    assert repetitions("<table><tr><td>Nội dung 1: <a href=x>Nội dung 1: Quan điểm</a></td></tr></table>")
    assert repetitions("<ul><li><a href=x>Diễn đàn sinh hoạt chi bộ</a>: Diễn đàn sinh hoạt chi bộ</li></ul>")
    assert repetitions("<ul><li><a href=x>Điểm 1</a>: Điểm 1 nhắc rằng</li></ul>")
    assert repetitions("<ol><li><a href=x>Nội dung 2: Những điểm mới</a>: Những điểm mới (4 văn bản)</li></ol>")
    assert not repetitions("<ul><li><a href=x>Nội dung 1: Quan điểm</a> (5 văn bản)</li></ul>")
    assert not repetitions("<ul><li><a href=x>Điểm 1</a> nhắc rằng</li></ul>")
    assert not repetitions("<p><strong>Cuộc thi.</strong> Đảng bộ dự hai cuộc thi: cuộc thi trắc nghiệm</p>")
    assert not repetitions("<ul><li><a href=x>Tổng kết thực tiễn</a>: Tổng kết và hội thảo</li></ul>")


def test_no_built_page_says_a_label_twice(site):
    found = {}
    for page in sorted(site.rglob("*.html")):
        if repeated := repetitions(page.read_text(encoding="utf-8")):
            found[page.relative_to(site).as_posix()] = repeated
    assert found == {}
