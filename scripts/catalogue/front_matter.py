"""Reading a page: its YAML front matter (safe, dates left as text) and its title."""
from __future__ import annotations

import re

import yaml

from scripts.catalogue.errors import CatalogueError
from scripts.common.markdown import TITLE

FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML that leaves dates as text, so the schema (not the YAML library) judges them. libyaml's
    parser when PyYAML has it (several times faster: front matter was a tenth of the build)."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}



def split_front_matter(text: str, file: str) -> tuple[dict, str]:
    """Return (front matter, body); a malformed block is an error, never silently ignored."""
    if not text.startswith("---"):
        return {}, text
    match = FRONT_MATTER.match(text)
    if not match:
        raise CatalogueError(file, "front matter", "a YAML block closed by a line '---'")
    try:
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

