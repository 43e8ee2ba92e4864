"""Python-Markdown options that depend on the language being built: ASCII heading anchors ("Chỉnh đốn Đảng"
→ `#chinh-don-dang`) and the titles of heading permalinks and footnote back-links."""
from __future__ import annotations

from scripts.common.labels import text
from scripts.common.slugs import slugify


def configure(mdx_configs: dict, lang: str) -> None:
    mdx_configs.setdefault("toc", {})["slugify"] = slugify
    mdx_configs["toc"]["permalink_title"] = text("permalink_title", lang)
    mdx_configs.setdefault("footnotes", {})["BACKLINK_TITLE"] = text("footnote_backlink_title", lang)
