"""An abbreviation is explained once per page, where it first appears.

pymdownx.abbr (with docs/includes/abbreviations.md appended to every page) marks every "TW", "KL", "QĐ"...
as <abbr>: a document page had about 80, each underlined and each given a tooltip by Material's
`content.tooltips`, which cost the page a tenth of a second of script time on a phone (Lighthouse TBT,
`python3.11 scripts/cli.py benchmark pages`). Like a printed text, the page now explains each abbreviation
at its first use and leaves the later ones as plain text.
"""
from __future__ import annotations

import re

ABBR = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.DOTALL)


def first_use_only(html: str) -> str:
    seen: set[str] = set()

    def keep_first(match: re.Match) -> str:
        text = match.group(1)
        if text in seen:
            return text
        seen.add(text)
        return match.group(0)

    return ABBR.sub(keep_first, html)
