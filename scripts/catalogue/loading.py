"""Loading: every page under docs/ read once into one validated catalogue, the single source of truth.

The Vietnamese pages hold all structured metadata (see CONTENT_MODEL.md); a mistake stops the build with
the file, the field and what was expected. Generated pages only ever read the catalogue.
"""
from __future__ import annotations

import pathlib
import posixpath
import re

from scripts.catalogue.errors import CatalogueError
from scripts.catalogue.front_matter import page_title, split_front_matter
from scripts.catalogue.model import Catalogue, PageInfo
from scripts.catalogue.references import check_references, resolve_link
from scripts.catalogue.schema import (
    GUIDES_DIR,
    PAGE_KEYS,
    SECTION_BLOCK,
    TWIN_KEYS,
    read_document,
    read_events,
    read_form,
    read_guide,
    read_place,
    read_sources,
    read_terms,
    read_topic,
    read_translations,
)
from scripts.common.labels import DEFAULT_LANGUAGE
from scripts.common.markdown import CITATION, EXPLICIT_ID, HEADING, LINK, MARKER, body_lines
from scripts.common.matching import matchable
from scripts.common.pages import default_path, language_of
from scripts.common.slugs import slugify

SNIPPETS_DIR = "includes"  # docs/includes/: Markdown snippets (abbreviations), not pages


def heading_anchors(body: str) -> list[tuple[int, str]]:
    """(level, anchor id) of each Markdown heading, as the toc extension will make them."""
    found = []
    for line in body_lines(body):
        match = HEADING.match(line)
        if match:
            text = match.group(2)
            explicit = EXPLICIT_ID.search(text)
            plain = re.sub(r"\]\([^)]*\)|[*_`\[\]]", "", EXPLICIT_ID.sub("", text))
            found.append((len(match.group(1)), explicit.group(1) if explicit else slugify(plain)))
    return found


def load(docs_dir: pathlib.Path | str) -> Catalogue:
    docs_dir = pathlib.Path(docs_dir)
    cat = Catalogue({}, [], [], [], [], {}, [], {})
    for file in sorted(docs_dir.rglob("*.md")):
        rel = file.relative_to(docs_dir).as_posix()
        if rel.startswith(SNIPPETS_DIR + "/"):
            continue
        text = file.read_text(encoding="utf-8")
        meta, body = split_front_matter(text, rel)
        title = page_title(meta, body, rel)
        lang = language_of(file)
        path = default_path(rel)
        if lang != DEFAULT_LANGUAGE:
            extra = sorted(set(meta) - TWIN_KEYS)
            if extra:
                raise CatalogueError(rel, extra[0], f"only {', '.join(sorted(TWIN_KEYS))} in a translation; "
                                     f"language-neutral fields are written once, in {path}")
            cat.pages.setdefault(path, PageInfo(path, {}, set(), [], "")).titles[lang] = title
            continue
        unknown = set(meta) - PAGE_KEYS
        if unknown:
            raise CatalogueError(rel, sorted(unknown)[0], "one of the known front-matter keys: " + ", ".join(sorted(PAGE_KEYS)))
        page = cat.pages.setdefault(path, PageInfo(path, {}, set(), [], ""))
        page.titles[lang] = title
        page.links = {resolve_link(path, target) for target in LINK.findall(body)} - {None}
        page.citations = CITATION.findall(body)
        page.text = matchable(LINK.sub("]", body))
        page.headings = heading_anchors(body)
        read_blocks(cat, meta, rel, title, body)
    check_references(cat)
    return cat


def read_blocks(cat: Catalogue, meta: dict, rel: str, title: str, body: str = "") -> None:
    section = rel.split("/")[0] if "/" in rel else ""
    name = posixpath.basename(rel)
    required = SECTION_BLOCK.get(section)
    is_index = name == "index.md"
    # a page without the section's block must be an index: the section's index.md or a generated list
    if required and required not in meta and not (is_index or MARKER.search(body)):
        raise CatalogueError(rel, required, f"a '{required}:' front-matter block (pages in {section}/ describe one {required})")
    for key, reader, target in (("document", read_document, None), ("topic", read_topic, cat.topics),
                                ("form", read_form, cat.forms), ("place", read_place, cat.places)):
        if key not in meta:
            continue
        if SECTION_BLOCK.get(section) != key or is_index:
            raise CatalogueError(rel, key, f"this block only on pages in {[s for s, k in SECTION_BLOCK.items() if k == key][0]}/")
        item = reader(meta, rel, title)
        if key == "document":
            cat.documents[item.id] = item
        else:
            target.append(item)
    if "guide" in meta:
        if section != GUIDES_DIR or is_index:
            raise CatalogueError(rel, "guide", f"this block only on pages in {GUIDES_DIR}/ (not on its index.md)")
        cat.guides.append(read_guide(meta, rel, title))
    if "terms" in meta:
        cat.terms.extend(read_terms(meta, rel))
    if "sources" in meta:
        cat.sources.update(read_sources(meta, rel))
    if "events" in meta:
        cat.events.extend(read_events(meta, rel))
    if "translations" in meta:
        cat.translations.extend(read_translations(meta, rel))

