"""Page paths and their addresses: the one place that turns a docs page path into a URL or a link.

A page path is docs-relative and language-neutral (`van-ban/x.md`; the English twin `van-ban/x.en.md`
has the same one). Each page is published in a folder (`van-ban/x/`), under `/en/` in English.
"""
from __future__ import annotations

import pathlib
import posixpath
import re

from scripts.common.labels import DEFAULT_LANGUAGE, languages

# Links the site publishes: web pages and e-mail addresses; never javascript:, data:, vbscript:, file: ...
ALLOWED_SCHEMES = ("http", "https", "mailto")
# What a browser ignores in a URL before reading its scheme: leading C0 controls and spaces, and ASCII tabs
# and new lines anywhere ("java\tscript:" is javascript:)
_IGNORED_IN_URL = re.compile(r"^[\x00-\x20]+|[\t\n\r]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def scheme_of(url: str) -> str | None:
    """The scheme a browser would read in `url` (lower case), or None for a relative URL."""
    match = _SCHEME.match(_IGNORED_IN_URL.sub("", url))
    return match.group(1).lower() if match else None


def language_of(path: pathlib.Path) -> str:
    suffixes = path.name.split(".")
    return suffixes[-2] if len(suffixes) > 2 and suffixes[-2] in languages() else DEFAULT_LANGUAGE


def default_path(rel: str) -> str:
    """`van-ban/x.en.md` -> `van-ban/x.md`: the language-neutral page path."""
    for lang in languages():
        if rel.endswith(f".{lang}.md"):
            return rel[: -len(f".{lang}.md")] + ".md"
    return rel


def language_file(path: str, lang: str) -> str:
    """The file of page `path` in `lang`: `van-ban/x.md` in Vietnamese, `van-ban/x.en.md` in English (the
    inverse of default_path)."""
    return path if lang == DEFAULT_LANGUAGE else path[: -len(".md")] + f".{lang}.md"


def md_target(from_page: str, to_page: str) -> str:
    """Markdown link target from one page path to another (`van-ban/a.md` → `../nguon.md`)."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


def url_of(path: str) -> str:
    """The folder a docs page is published in (`van-ban/x.md` → `van-ban/x/`, `index.md` → ``)."""
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    return stem.rstrip("/") + "/" if stem else ""


def href(from_page: str, to_page: str) -> str:
    """Relative link between two pages' published folders (the same in every language)."""
    here = url_of(from_page) or "."
    there = url_of(to_page) or "."
    return posixpath.relpath(there, here).rstrip("/") + "/" if there != here else "./"


def address(path: str, lang: str, site_url: str | None) -> str:
    """The published address of a docs page (`van-ban/x.md` → `https://host/en/van-ban/x/`); without a
    site_url, the address from the site's root (`/en/van-ban/x/`)."""
    prefix = f"{lang}/" if lang != DEFAULT_LANGUAGE else ""
    return (site_url or "/").rstrip("/") + "/" + prefix + url_of(path)


def _norm_parts(path: str) -> list[str]:
    if not path.startswith("/"):
        path = "/" + path
    path = posixpath.normpath(path)[1:]
    return path.split("/") if path else []


def relative_url(url: str, other: str) -> str:
    """`url` relative to `other`, both site paths of built pages, as MkDocs' `get_relative_url` gives it
    (the same rules, so links match the ones MkDocs writes): the last part of `other` is dropped when it
    names a file; `..` above the root stays at the root."""
    dirname, _, basename = other.rpartition("/")
    if "." in basename:
        other = dirname
    other_parts, dest_parts = _norm_parts(other), _norm_parts(url)
    common = 0
    for a, b in zip(other_parts, dest_parts):
        if a != b:
            break
        common += 1
    rel_parts = [".."] * (len(other_parts) - common) + dest_parts[common:]
    relurl = "/".join(rel_parts) or "."
    return relurl + "/" if url.endswith("/") else relurl
