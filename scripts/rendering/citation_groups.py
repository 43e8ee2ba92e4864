"""Citation marks in a row ("¹,²,³") are one group on screen: wrapped in `<span class="citations">`, which
site.css keeps on one line. Each mark is an inline-block 24 px target (accessibility.css), and a line could
break between any two of them: a narrow table cell stacked "4 , 1 , 2 , 5" one per line, and a comma could
start a line. A single mark is left as it is.
"""
from __future__ import annotations

import re

MARK = r'<sup\b[^>]*><a class="footnote-ref"[^>]*>[^<]*</a></sup>'
RUN = re.compile(f"(?:{MARK}){{2,}}")


def group_citations(content: str) -> str:
    return RUN.sub(lambda match: f'<span class="citations">{match.group(0)}</span>', content)
