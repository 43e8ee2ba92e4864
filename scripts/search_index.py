"""One search index per language: results on an English page are English pages, and vice versa.

mkdocs-static-i18n merges both languages into site/search/search_index.json, and Material's pages all
fetch `{base}/search/search_index.json`. We split the merged index by language and point the `base` of
translated pages at their language root (`en/`), where their own index now lives.
"""
from __future__ import annotations

import json
import pathlib
import re

CONFIG_BASE = re.compile(r'("base":\s*")([^"]*)(")')


def split(site_dir: pathlib.Path | str, languages: list[str], default: str) -> dict[str, int]:
    """Write site/<lang>/search/search_index.json for each non-default language; return entry counts."""
    site = pathlib.Path(site_dir)
    index_file = site / "search" / "search_index.json"
    merged = json.loads(index_file.read_text(encoding="utf-8"))
    others = [lang for lang in languages if lang != default]
    docs_by_lang = {lang: [] for lang in languages}
    for entry in merged["docs"]:
        lang = next((l for l in others if entry["location"].startswith(f"{l}/") or entry["location"] == l), default)
        if lang != default:
            entry = dict(entry, location=entry["location"][len(lang):].lstrip("/"))
        docs_by_lang[lang].append(entry)
    for lang, docs in docs_by_lang.items():
        target = index_file if lang == default else site / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        config = dict(merged["config"], lang=[lang])
        target.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
    return {lang: len(docs) for lang, docs in docs_by_lang.items()}


def point_base_at_language_root(html: str, lang: str) -> str:
    """In Material's __config JSON, make `base` the language root, where that language's index is."""
    # the trailing slash matters: the browser resolves "search/..." against "../en/", not "../en"
    return CONFIG_BASE.sub(lambda m: f"{m.group(1)}{m.group(2).rstrip('/') or '.'}/{lang}/{m.group(3)}", html, count=1)
