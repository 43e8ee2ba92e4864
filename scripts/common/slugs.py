"""Readable ASCII slugs for URLs and heading anchors ("Chỉnh đốn Đảng" → "chinh-don-dang").

Python-Markdown's stock slugify drops "đ" (giving "chinh-on-ang"); this one folds it to "d".
"""
from __future__ import annotations

import re

from scripts.common.collation import fold


def slugify(value: str, separator: str = "-") -> str:
    """Markdown `toc` compatible slugify: fold diacritics, keep [a-z0-9], join words with `separator`."""
    words = re.findall(r"[a-z0-9]+", fold(value))
    return separator.join(words)
