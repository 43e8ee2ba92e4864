"""The front-matter schema: each block's fields, their types and allowed values (CONTENT_MODEL.md says the
same for writers). Each check raises CatalogueError naming the file and the dotted field."""
from __future__ import annotations

import posixpath
import re
from typing import Any

from scripts.catalogue.errors import CatalogueError
from scripts.catalogue.model import Document, Event, Form, Guide, PartialDate, Place, Relation, Sourced, Term, Topic
from scripts.common import labels
from scripts.common.labels import DEFAULT_LANGUAGE
from scripts.common.slugs import slugify

ROMAN = re.compile(r"^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$")
PAGE_KEYS = {"title", "description", "hide", "search", "tags", "document", "topic", "form", "place",
             "terms", "sources", "events", "translations", "guide"}
# A translation (`x.en.md`) holds only what is said in its language; everything else is read from `x.md`.
TWIN_KEYS = {"title", "description", "hide", "search"}
# Which front-matter block each section's pages must carry (index pages and theo-*.md are indexes).
SECTION_BLOCK = {"van-ban": "document", "noi-dung": "topic", "hinh-thuc": "form", "dia-phuong": "place"}
SOURCE_KINDS = {"article", "external"}
GUIDES_DIR = "tai-lieu-hoc-tap"  # study guides: each page (but index.md) may carry a `guide:` block
GUIDE_KEYS = {"topic", "form", "documents"}


class Fields:
    """Typed access to one front-matter block, with errors that name file and dotted field path."""

    def __init__(self, data: Any, file: str, prefix: str):
        if not isinstance(data, dict):
            raise CatalogueError(file, prefix, "a mapping", data)
        self.data, self.file, self.prefix = data, file, prefix

    def name(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def require(self, key: str) -> Any:
        if key not in self.data:
            raise CatalogueError(self.file, self.name(key), "this required field (write null if unknown)")
        return self.data[key]

    def string(self, key: str, nullable: bool = False) -> str | None:
        value = self.require(key)
        if value is None and nullable:
            return None
        if not isinstance(value, str) or not value.strip():
            raise CatalogueError(self.file, self.name(key), "a non-empty string" + (" or null" if nullable else ""), value)
        return value.strip()

    def choice(self, key: str, allowed: list[str]) -> str:
        value = self.require(key)
        if value not in allowed:
            raise CatalogueError(self.file, self.name(key), "one of " + ", ".join(allowed), value)
        return value

    def translated(self, key: str, nullable: bool = False) -> dict | None:
        value = self.require(key)
        if value is None and nullable:
            return None
        if not isinstance(value, dict) or not isinstance(value.get(DEFAULT_LANGUAGE), str):
            raise CatalogueError(self.file, self.name(key), "a mapping with a 'vi' text (and 'en')", value)
        return {lang: str(value[lang]).strip() for lang in labels.languages() if value.get(lang)}

    def id_list(self, key: str) -> list[str]:
        value = self.require(key)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise CatalogueError(self.file, self.name(key), "a list of ids", value)
        return value

    def sources(self, key: str = "source") -> list[str]:
        value = self.require(key)
        if not isinstance(value, list) or not value or not all(isinstance(item, str) for item in value):
            raise CatalogueError(self.file, self.name(key), "a non-empty list of source ids from nguon.md", value)
        return value

    def sourced(self, key: str, parse) -> Sourced:
        """A `{value: ..., source: [...]}` field, or null for a value no source states."""
        value = self.require(key)
        if value is None:
            return Sourced(None, [])
        block = Fields(value, self.file, self.name(key))
        raw = {k: v for k, v in value.items() if k != "source"}
        try:
            parsed = parse(raw)
        except (ValueError, TypeError, KeyError) as error:
            expected = getattr(parse, "expected", "a valid value")
            raise CatalogueError(self.file, self.name(key), expected, raw) from error
        if parsed is None:
            return Sourced(None, [])
        return Sourced(parsed, block.sources())


def _value(raw: dict) -> Any:
    if set(raw) != {"value"}:
        raise KeyError("value")
    return raw["value"]


def parse_date(raw: dict) -> PartialDate | None:
    value = _value(raw)
    return None if value is None else PartialDate.parse(value)


parse_date.expected = "{value: YYYY-MM-DD (or YYYY-MM, YYYY), source: [...]} with a real calendar date"


def parse_khoa(raw: dict) -> str | None:
    value = _value(raw)
    if value is None:
        return None
    if not isinstance(value, str) or not ROMAN.match(value):
        raise ValueError(value)
    return value


parse_khoa.expected = "{value: a Roman numeral such as XIII, source: [...]}"


def parse_text(raw: dict) -> dict:
    if not isinstance(raw.get(DEFAULT_LANGUAGE), str) or not raw[DEFAULT_LANGUAGE].strip():
        raise ValueError(raw)
    return {lang: raw[lang].strip() for lang in labels.languages() if isinstance(raw.get(lang), str)}


parse_text.expected = "{vi: text, en: text, source: [...]}"


def parse_key(group: str):
    def parse(raw: dict) -> str | None:
        value = _value(raw)
        if value is not None and value not in labels.keys(group):
            raise ValueError(value)
        return value

    parse.expected = "{value: one of " + ", ".join(labels.keys(group)) + ", source: [...]}"
    return parse


# --------------------------------------------------------------------------------------------------
# Blocks


def read_document(meta: dict, path: str, title: str) -> Document:
    doc_id = posixpath.splitext(posixpath.basename(path))[0]
    block = Fields(meta["document"], path, "document")
    relations = []
    raw_relations = block.require("relations")
    if not isinstance(raw_relations, list):
        raise CatalogueError(path, "document.relations", "a list (write [] when none)", raw_relations)
    for i, raw in enumerate(raw_relations):
        rel = Fields(raw, path, f"document.relations[{i}]")
        relations.append(Relation(rel.choice("type", labels.keys("relations")), doc_id,
                                  rel.string("target"), rel.sources()))
    document = Document(
        id=doc_id, path=path,
        number=block.string("number", nullable=True),
        type=block.choice("type", labels.keys("types")),
        level=block.choice("level", labels.keys("levels")),
        issuer=block.sourced("issuer", parse_key("issuers")),
        signer=block.sourced("signer", parse_text),
        date=block.sourced("date", parse_date),
        khoa=block.sourced("term", parse_khoa),
        subject=block.sourced("subject", parse_text),
        relations=relations,
    )
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


def read_topic(meta: dict, path: str, title: str) -> Topic:
    block = Fields(meta["topic"], path, "topic")
    number = block.require("number")
    if number not in range(1, 6):
        raise CatalogueError(path, "topic.number", "a whole number from 1 to 5", number)
    return Topic(path, title, number, block.translated("short"), block.id_list("documents"), block.sources())


def read_form(meta: dict, path: str, title: str) -> Form:
    block = Fields(meta["form"], path, "form")
    return Form(path, title, block.translated("short"), block.sources())


def read_place(meta: dict, path: str, title: str) -> Place:
    block = Fields(meta["place"], path, "place")
    return Place(path, title, block.translated("name"), block.string("province", nullable=True),
                 block.id_list("documents"), block.sources())


def read_guide(meta: dict, path: str, title: str) -> Guide:
    """`guide: {topic: N}` or `guide: {form: hinh-thuc/x.md}`, with `documents: [...]` (may be [])."""
    block = Fields(meta["guide"], path, "guide")
    unknown = sorted(set(block.data) - GUIDE_KEYS)
    if unknown:
        raise CatalogueError(path, f"guide.{unknown[0]}", "one of the guide keys: " + ", ".join(sorted(GUIDE_KEYS)))
    if ("topic" in block.data) == ("form" in block.data):
        raise CatalogueError(path, "guide", "exactly one of 'topic' (a topic number) or 'form' (a form page path)",
                             block.data)
    topic = form = None
    if "topic" in block.data:
        topic = block.data["topic"]
        if isinstance(topic, bool) or topic not in range(1, 6):
            raise CatalogueError(path, "guide.topic", "a whole number from 1 to 5", topic)
    else:
        form = block.data["form"]
        if not isinstance(form, str) or not re.fullmatch(r"hinh-thuc/[a-z0-9-]+\.md", form):
            raise CatalogueError(path, "guide.form", "the path of a form page, such as hinh-thuc/x.md", form)
    return Guide(path, title, topic, form, block.id_list("documents"))


def read_terms(meta: dict, path: str) -> list[Term]:
    raw_terms = meta["terms"]
    if not isinstance(raw_terms, list):
        raise CatalogueError(path, "terms", "a list of terms", raw_terms)
    terms = []
    for i, raw in enumerate(raw_terms):
        block = Fields(raw, path, f"terms[{i}]")
        terms.append(Term(block.string("term"), block.string("en"), block.translated("definition"),
                          block.sources()))
    return terms


def read_sources(meta: dict, path: str) -> dict:
    raw_sources = meta["sources"]
    if not isinstance(raw_sources, list):
        raise CatalogueError(path, "sources", "a list of sources", raw_sources)
    sources = {}
    for i, raw in enumerate(raw_sources):
        block = Fields(raw, path, f"sources[{i}]")
        source_id = block.string("id")
        block.choice("kind", sorted(SOURCE_KINDS))
        block.translated("short")
        if source_id in sources:
            raise CatalogueError(path, f"sources[{i}].id", "a unique source id", source_id)
        sources[source_id] = raw
    return sources


def read_events(meta: dict, path: str) -> list[Event]:
    raw_events = meta["events"]
    if not isinstance(raw_events, list):
        raise CatalogueError(path, "events", "a list of events", raw_events)
    events = []
    for i, raw in enumerate(raw_events):
        block = Fields(raw, path, f"events[{i}]")
        try:
            date = PartialDate.parse(block.require("date"))
        except ValueError:
            raise CatalogueError(path, f"events[{i}].date", "YYYY-MM-DD, YYYY-MM or YYYY", raw.get("date")) from None
        events.append(Event(date, block.translated("label"), block.choice("kind", labels.keys("event_kinds")),
                            block.sources()))
    return events


def read_translations(meta: dict, path: str) -> list[dict]:
    raw = meta["translations"]
    if not isinstance(raw, list):
        raise CatalogueError(path, "translations", "a list of {vi: ..., en: ...} pairs", raw)
    return [_pair(pair, path, i) for i, pair in enumerate(raw)]


def _pair(pair: Any, path: str, i: int) -> dict:
    if not isinstance(pair, dict) or set(pair) != set(labels.languages()) or \
            not all(isinstance(v, str) and v.strip() for v in pair.values()):
        raise CatalogueError(path, f"translations[{i}]", "a pair {vi: text, en: text}", pair)
    return {lang: pair[lang].strip() for lang in labels.languages()}

