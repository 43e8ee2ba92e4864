"""Loading: every page under docs/ read once into one validated catalogue, the single source of truth.

The Vietnamese pages hold all structured metadata (see CONTENT_MODEL.md); a mistake stops the build with
the file, the field and what was expected. Generated pages only ever read the catalogue.
"""
from __future__ import annotations

import pathlib
import posixpath
import re

from scripts.catalogue.errors import CatalogueError
from scripts.catalogue.front_matter import page_title, read_page, split_front_matter
from scripts.catalogue.model import Catalogue, Document, Event, Form, Guide, PageInfo, Place, Relation, Term, Topic
from scripts.catalogue.references import check_references, resolve_link
from scripts.catalogue.schema import GUIDES_DIR, SECTION_BLOCK, TWIN_KEYS, DocumentBlock, PageBlocks, check_plain_text, validate
from scripts.common import labels
from scripts.common.labels import DEFAULT_LANGUAGE
from scripts.common.markdown import CITATION, EXPLICIT_ID, HEADING, LINK, MARKER, body_lines
from scripts.common.matching import matchable
from scripts.common.pages import ALLOWED_SCHEMES, default_path, language_file, language_of, scheme_of
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
        text = read_page(file, rel)  # snippets too: pymdownx would fail on bad bytes with a bare traceback
        if rel.startswith(SNIPPETS_DIR + "/"):
            continue
        meta, body = split_front_matter(text, rel)
        check_plain_text(meta, rel)
        title = page_title(meta, body, rel)
        if "title" not in meta:  # a title from the '# ' heading, too, is printed raw by Material
            check_plain_text({"title": title}, rel)
        lang = language_of(file)
        path = default_path(rel)
        if lang != DEFAULT_LANGUAGE:
            extra = sorted(set(meta) - TWIN_KEYS)
            if extra:
                raise CatalogueError(rel, extra[0], f"only {', '.join(sorted(TWIN_KEYS))} in a translation; "
                                     f"language-neutral fields are written once, in {path}")
            cat.pages.setdefault(path, PageInfo(path, {}, set(), [], "")).titles[lang] = title
            continue
        page = cat.pages.setdefault(path, PageInfo(path, {}, set(), [], ""))
        page.titles[lang] = title
        check_link_schemes(body, rel)
        page.links = {resolve_link(path, target) for target in LINK.findall(body)} - {None}
        page.citations = CITATION.findall(body)
        page.text = matchable(LINK.sub("]", body))
        page.headings = heading_anchors(body)
        read_blocks(cat, meta, rel, title, body)
        if "document" in meta:  # the card and "what it says" cite these on the page too
            page.citations += document_sources(cat.documents[posixpath.splitext(posixpath.basename(rel))[0]])
    check_twins(cat)
    check_references(cat)
    return cat


# Where a page's body names an address: Markdown links and images, reference definitions, autolinks and
# raw HTML attributes (the link check reads the built HTML too, entities decoded)
_ADDRESSES = (LINK, re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE),
              re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^\s>]*)>"),
              re.compile(r"\b(?:href|src|action|formaction|data|poster)\s*=\s*[\"']?\s*([^\"'\s>]+)", re.IGNORECASE))


def check_link_schemes(body: str, file: str) -> None:
    """A page links only to web pages and e-mail addresses: `javascript:` and the like stop the build."""
    for pattern in _ADDRESSES:
        for address in pattern.findall(body):
            scheme = scheme_of(address)
            if scheme is not None and scheme not in ALLOWED_SCHEMES:
                raise CatalogueError(file, "link", "a link to an http, https or mailto address, or to a page of "
                                     "the site", address[:80])


def check_twins(cat: Catalogue) -> None:
    """Every page exists in every language: without its twin, the other edition would serve the Vietnamese
    text under the other language's address and `lang`, with no notice."""
    for path, page in sorted(cat.pages.items()):
        for lang in labels.languages():
            if lang not in page.titles:
                raise CatalogueError(language_file(path, lang), "file", f"the {lang} edition of {path} (every page has a twin "
                                     f"in each language)", "no such file")


def document_sources(doc: Document) -> list[str]:
    """Every source id a document's front matter names, in order, once each."""
    found = [*doc.issuer.sources, *doc.signer.sources, *doc.date.sources, *doc.khoa.sources, *doc.subject.sources]
    found += [s for rel in doc.relations for s in rel.sources]
    if doc.structure is not None:
        found += doc.structure.source
    found += [s for provision in doc.provisions for s in provision.source]
    if doc.status is not None:
        found += doc.status.source
    if doc.comparison is not None:
        found += [s for item in doc.comparison.rows + doc.comparison.added for s in item.source]
    found += [s for link in doc.full_text for s in link.source]
    return list(dict.fromkeys(found))


def read_blocks(cat: Catalogue, meta: dict, rel: str, title: str, body: str = "") -> None:
    """Check a Vietnamese page's front matter against the schema and add what it describes to `cat`."""
    page = validate(PageBlocks, meta, rel)
    section = rel.split("/")[0] if "/" in rel else ""
    name = posixpath.basename(rel)
    required = SECTION_BLOCK.get(section)
    is_index = name == "index.md"
    # a page without the section's block must be an index: the section's index.md or a generated list
    if required and required not in meta and not (is_index or MARKER.search(body)):
        raise CatalogueError(rel, required, f"a '{required}:' front-matter block (pages in {section}/ describe one {required})")
    for key in ("document", "topic", "form", "place"):
        if key in meta and (SECTION_BLOCK.get(section) != key or is_index):
            raise CatalogueError(rel, key, f"this block only on pages in {[s for s, k in SECTION_BLOCK.items() if k == key][0]}/")
    if page.document is not None:
        document = document_from(page.document, rel)
        cat.documents[document.id] = document
    if page.topic is not None:
        block = page.topic
        cat.topics.append(Topic(rel, title, block.number, block.short, block.documents, block.source))
    if page.form is not None:
        cat.forms.append(Form(rel, title, page.form.short, page.form.source))
    if page.place is not None:
        block = page.place
        cat.places.append(Place(rel, title, block.name, block.province, block.documents, block.source))
    if page.guide is not None:
        if section != GUIDES_DIR or is_index:
            raise CatalogueError(rel, "guide", f"this block only on pages in {GUIDES_DIR}/ (not on its index.md)")
        cat.guides.append(Guide(rel, title, page.guide.topic, page.guide.form, page.guide.documents))
    for entry in page.terms or []:
        cat.terms.append(Term(entry.term, entry.en, entry.definition, entry.source))
    for i, entry in enumerate(page.sources or []):
        if entry.id in cat.sources:
            raise CatalogueError(rel, f"sources[{i}].id", "a unique source id", entry.id)
        cat.sources[entry.id] = meta["sources"][i]
    for entry in page.events or []:
        cat.events.append(Event(entry.date, entry.label, entry.kind, entry.source))
    cat.translations.extend(page.translations or [])


def document_from(block: DocumentBlock, path: str) -> Document:
    doc_id = posixpath.splitext(posixpath.basename(path))[0]
    relations = [Relation(rel.type, doc_id, rel.target, rel.source) for rel in block.relations]
    document = Document(id=doc_id, path=path, number=block.number, type=block.type, level=block.level,
                        issuer=block.issuer, signer=block.signer, date=block.date, khoa=block.term,
                        subject=block.subject, relations=relations, structure=block.structure,
                        provisions=list(block.provisions), status=block.status, comparison=block.comparison,
                        full_text=list(block.full_text))
    check_document_id(document)
    return document


def check_document_id(doc: Document) -> None:
    """Ids carry type, number, suffix and year (`ket-luan-21-kl-tw-2021`) whenever those are known."""
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", doc.id):
        raise CatalogueError(doc.path, "file name", "lower-case ASCII words joined by '-'", doc.id)
    if doc.number and doc.date.known:
        expected = f"{doc.type}-{slugify(doc.number)}-{doc.date.value.year}"
        if doc.id != expected:
            raise CatalogueError(doc.path, "file name", f"the id '{expected}' (type-number-suffix-year)", doc.id)
