"""The translation table (`labels.yml`): every word a script writes onto a page, per language."""
from __future__ import annotations

import functools
import pathlib

import yaml

LABELS_FILE = pathlib.Path(__file__).with_name("labels.yml")
DEFAULT_LANGUAGE = "vi"  # the first language: the pages' own, at the site's root


@functools.cache
def table() -> dict:
    with LABELS_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def label(group: str, key: str, lang: str, **values) -> str:
    """The text for `key` in `group` ("types", "text", ...) in `lang`; KeyError names what is missing."""
    try:
        text = table()[group][key][lang]
    except KeyError:
        raise KeyError(f"{LABELS_FILE.name}: no label {group}.{key}.{lang}") from None
    return text.format(**values) if values else text


def text(key: str, lang: str, **values) -> str:
    return label("text", key, lang, **values)


def languages() -> list[str]:
    return list(table()["languages"])


def keys(group: str) -> list[str]:
    return list(table()[group])
