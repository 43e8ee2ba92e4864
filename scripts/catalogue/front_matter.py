"""Reading a page: its text (as MkDocs reads it), its YAML front matter (safe, dates left as text, no
anchors or aliases) and its title."""
from __future__ import annotations

import pathlib
import re

import yaml

from scripts.catalogue.errors import CatalogueError
from scripts.common.markdown import TITLE

FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
# A first line MkDocs would take for MultiMarkdown metadata (`key: value`) when there is no '---' block: it
# would drop those lines from the page while the catalogue read no front matter
MULTIMARKDOWN_META = re.compile(r"\A[ ]{0,3}[A-Za-z0-9_-]+:")


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML that leaves dates as text, so the schema (not the YAML library) judges them. libyaml's
    parser when PyYAML has it (several times faster: front matter was a tenth of the build)."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}



def read_page(path: pathlib.Path, file: str) -> str:
    """A page's text exactly as MkDocs reads it: UTF-8, a byte-order mark at the start dropped (MkDocs drops
    it too: kept, it hid the front matter from the catalogue while the page still rendered), universal
    newlines. Bytes that are not UTF-8 are an error naming the file and where they are."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise CatalogueError(file, "encoding", "UTF-8 text (save the file as UTF-8)",
                             f"byte 0x{data[error.start]:02x} at offset {error.start} (line {line})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _refuse_aliases(block: str, file: str) -> None:
    """YAML anchors and aliases are refused: front matter never needs them, and a few KB of nested aliases
    expand to millions of values (the "billion laughs")."""
    if "&" not in block and "*" not in block:  # the cheap test first: most pages have neither
        return
    for token in yaml.scan(block, Loader=_FrontMatterLoader):
        if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
            kind = "anchor '&" if isinstance(token, yaml.AnchorToken) else "alias '*"
            raise CatalogueError(file, "front matter", "YAML without anchors and aliases (write each value out)",
                                 f"{kind}{token.value}' on line {token.start_mark.line + 2}")


def split_front_matter(text: str, file: str) -> tuple[dict, str]:
    """Return (front matter, body); a malformed block is an error, never silently ignored."""
    if not text.startswith("---"):
        if MULTIMARKDOWN_META.match(text):
            raise CatalogueError(file, "front matter", "a YAML block between two lines '---' at the very start "
                                 "of the page", text.split("\n", 1)[0])
        return {}, text
    match = FRONT_MATTER.match(text)
    if not match:
        raise CatalogueError(file, "front matter", "a YAML block closed by a line '---'")
    try:
        _refuse_aliases(match.group(1) or "", file)
        data = yaml.load(match.group(1) or "", Loader=_FrontMatterLoader) or {}
    except yaml.YAMLError as error:
        raise CatalogueError(file, "front matter", "valid YAML", str(error).replace("\n", " ")) from None
    if not isinstance(data, dict):
        raise CatalogueError(file, "front matter", "a mapping of keys to values", data)
    return data, text[match.end():]


def page_title(meta: dict, body: str, file: str) -> str:
    title = meta.get("title")
    if title is None:
        heading = TITLE.search(body)
        title = heading.group(1) if heading else None
    if not isinstance(title, str) or not title.strip():
        raise CatalogueError(file, "title", "a non-empty page title (front matter 'title' or a '# ' heading)")
    return title.strip()

