"""Reading rendered HTML as text: the one tag pattern and the visible text of a fragment (links on paper,
table headers on a phone, search entries)."""
from __future__ import annotations

import html
import re

TAG = re.compile(r"<[^>]+>")


def visible_text(markup: str) -> str:
    """The text of an HTML fragment as a reader sees it: tags dropped, entities read, spaces collapsed."""
    return re.sub(r"\s+", " ", html.unescape(TAG.sub("", markup))).strip()
