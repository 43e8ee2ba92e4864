"""An abbreviation is explained once per page, where a reader can open the explanation.

pymdownx.abbr (with docs/includes/abbreviations.md appended to every page) marks every "TW", "KL", "QĐ"...
as <abbr>: a document page had about 80, each underlined and each given a tooltip by Material's
`content.tooltips`, which cost the page a tenth of a second of script time on a phone (Lighthouse TBT,
`python3.11 scripts/cli.py benchmark pages`). Like a printed text, the page now explains each abbreviation
once and leaves the other uses as plain text.

The one kept is the first use outside a link, if there is one: a tap on a link follows it, so an explanation
inside a link could never be opened on a phone (only the first use when every use is in a link). It is made
focusable (at most one per abbreviation, about ten on a page), so that overrides/assets/javascripts/
abbreviations.js shows its meaning on a tap or on keyboard focus, not only on a mouse's hover.
"""
from __future__ import annotations

import bisect
import re

ABBR = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.DOTALL)
LINK = re.compile(r"<a\b[^>]*>.*?</a>", re.DOTALL)  # links do not nest
FOCUSABLE = ' tabindex="0"'


def first_use_only(html: str) -> str:
    links = [(m.start(), m.end()) for m in LINK.finditer(html)]
    starts = [start for start, _ in links]

    def in_link(position: int) -> bool:
        i = bisect.bisect_right(starts, position) - 1
        return i >= 0 and links[i][1] > position

    uses = [(m, in_link(m.start())) for m in ABBR.finditer(html)]
    kept: dict[str, int] = {}  # the abbreviation's text → the use that keeps its explanation
    for i, (match, linked) in enumerate(uses):
        text = match.group(1)
        if text not in kept or (uses[kept[text]][1] and not linked):
            kept[text] = i
    out, end = [], 0
    for i, (match, linked) in enumerate(uses):
        out.append(html[end:match.start()])
        if kept[match.group(1)] != i:
            out.append(match.group(1))
        elif linked:
            out.append(match.group(0))
        else:
            out.append("<abbr" + FOCUSABLE + match.group(0)[len("<abbr"):])
        end = match.end()
    out.append(html[end:])
    return "".join(out)
