"""Load every page's front matter into one validated catalogue: the single source of truth.

The Vietnamese pages under docs/ hold all structured metadata (see CONTENT_MODEL.md). This module reads
them once, checks them against the schema below and resolves cross references, so that a mistake stops
the build with the file, the field and what was expected. Generated pages only ever read the catalogue.
"""
from __future__ import annotations

import collections
import dataclasses
import datetime
import functools
import pathlib
import posixpath
import re
from typing import Any

import yaml

from scripts import labels
from scripts.collation import fold
from scripts.slugs import slugify

DEFAULT_LANGUAGE = "vi"
FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
CITATION = re.compile(r"\[@([^\]\s]+)\]")
GENERATED_BLOCK = re.compile(r"^<!--\s*generated:\s*[a-z-]+\s*-->", re.MULTILINE)
HEADING = re.compile(r"^#\s+(.+?)\s*(?:\{[^}]*\})?\s*$", re.MULTILINE)
ROMAN = re.compile(r"^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$")
PAGE_KEYS = {"title", "description", "hide", "search", "tags", "document", "topic", "form", "place",
             "terms", "sources", "events", "translations", "guide"}
# A translation (`x.en.md`) holds only what is said in its language; everything else is read from `x.md`.
TWIN_KEYS = {"title", "description", "hide", "search"}
EXPLICIT_ID = re.compile(r"\s*\{[^}]*#([\w-]+)[^}]*\}\s*$")
# Which front-matter block each section's pages must carry (index pages and theo-*.md are indexes).
SECTION_BLOCK = {"van-ban": "document", "noi-dung": "topic", "hinh-thuc": "form", "dia-phuong": "place"}
SOURCE_KINDS = {"article", "external"}
GUIDES_DIR = "tai-lieu-hoc-tap"  # study guides: each page (but index.md) may carry a `guide:` block
GUIDE_KEYS = {"topic", "form", "documents"}
SNIPPETS_DIR = "includes"  # docs/includes/: Markdown snippets (abbreviations), not pages


# The catalogue of the build in progress, set by scripts/hooks.py's on_config; other hook files read it here.
CURRENT: "Catalogue | None" = None


def build_language(config) -> str:
    """The language being built: mkdocs-static-i18n builds each language in turn."""
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or config.theme["language"]


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML that leaves dates as text, so the schema (not the YAML library) judges them. libyaml's
    parser when PyYAML has it (several times faster: front matter was a tenth of the build)."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class CatalogueError(Exception):
    """A content error: names the file, the field and what was expected."""

    def __init__(self, file: str, field: str, expected: str, got: Any = ...):
        self.file, self.field, self.expected = file, field, expected
        message = f"{file}: field '{field}': expected {expected}"
        if got is not ...:
            message += f", got {got!r}"
        super().__init__(message)


@dataclasses.dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year (sources are not always precise)."""

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, value: Any) -> "PartialDate":
        if isinstance(value, datetime.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise ValueError(value)
        parts = [int(part) for part in value.split("-")]
        if len(parts) == 3:
            datetime.date(*parts)  # raises ValueError for 2022-02-30
        elif len(parts) == 2 and not 1 <= parts[1] <= 12:
            raise ValueError(value)
        return cls(*parts)

    @property
    def iso(self) -> str:
        return "-".join([f"{self.year:04d}"] + [f"{n:02d}" for n in (self.month, self.day) if n])

    def format(self, lang: str) -> str:
        """25/10/2021 in Vietnamese, 25 October 2021 in English; shorter when less is known."""
        if not self.month:
            return str(self.year)
        if lang == "vi":
            return f"{self.day:02d}/{self.month:02d}/{self.year}" if self.day else \
                f"{labels.table()['months']['vi'][self.month - 1]}/{self.year}"
        month = labels.table()["months"][lang][self.month - 1]
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"


@dataclasses.dataclass
class Sourced:
    """A metadata value with the sources that state it; value None means the sources do not say."""

    value: Any
    sources: list[str]

    @property
    def known(self) -> bool:
        return self.value is not None


@dataclasses.dataclass
class Relation:
    kind: str
    source: str  # id of the document that states the relation
    target: str
    sources: list[str]


@dataclasses.dataclass
class Document:
    id: str
    path: str
    number: str | None
    type: str
    level: str
    issuer: Sourced
    signer: Sourced
    date: Sourced
    term: Sourced
    subject: Sourced
    relations: list[Relation]


@dataclasses.dataclass
class Topic:
    path: str
    title: str
    number: int
    short: dict
    documents: list[str]
    sources: list[str]


@dataclasses.dataclass
class Form:
    path: str
    title: str
    short: dict
    sources: list[str]


@dataclasses.dataclass
class Place:
    path: str
    title: str
    name: dict
    province: str | None
    documents: list[str]
    sources: list[str]


@dataclasses.dataclass
class Guide:
    """A printable study guide for one topic or one form, with the documents behind it."""

    path: str
    title: str
    topic: int | None  # the topic number, or None for a form guide
    form: str | None  # the form page's docs-relative path, or None for a topic guide
    documents: list[str]  # documents beyond those the topic itself names


@dataclasses.dataclass
class Term:
    term: str
    en: str
    definition: dict
    sources: list[str]
    used_on: list[str] = dataclasses.field(default_factory=list)

    @property
    def anchor(self) -> str:
        return slugify(self.term)


@dataclasses.dataclass
class Event:
    date: PartialDate
    label: dict
    kind: str
    sources: list[str]


@dataclasses.dataclass
class PageInfo:
    path: str
    titles: dict  # language -> title
    links: set
    citations: list
    text: str  # body text with link targets removed, for glossary matching
    headings: list = dataclasses.field(default_factory=list)  # [(level, anchor)] of the Vietnamese page


@dataclasses.dataclass
class Catalogue:
    documents: dict
    topics: list
    forms: list
    places: list
    terms: list
    sources: dict
    events: list
    pages: dict
    translations: list = dataclasses.field(default_factory=list)
    guides: list = dataclasses.field(default_factory=list)

    def title(self, path: str, lang: str) -> str:
        titles = self.pages[path].titles
        return titles.get(lang) or titles[DEFAULT_LANGUAGE]

    # Lookups below are answered from maps built once per build (on first use, after loading), so that
    # decorating N pages costs O(N), not O(N²).

    @functools.cached_property
    def _documents_by_path(self) -> dict[str, "Document"]:
        return {doc.path: doc for doc in self.documents.values()}

    @functools.cached_property
    def _incoming(self) -> dict[str, list["Relation"]]:
        found: dict[str, list] = collections.defaultdict(list)
        for doc in self.documents.values():
            for rel in doc.relations:
                found[rel.target].append(rel)
        return found

    @functools.cached_property
    def _linked_from(self) -> dict[str, list[str]]:
        found: dict[str, list] = collections.defaultdict(list)
        for source, page in sorted(self.pages.items()):
            for target in page.links:
                if target != source:
                    found[target].append(source)
        return found

    @functools.cached_property
    def _cited_by(self) -> dict[str, list[str]]:
        found: dict[str, list] = collections.defaultdict(list)
        for source, page in sorted(self.pages.items()):
            for source_id in dict.fromkeys(page.citations):
                found[source_id].append(source)
        return found

    def document_at(self, path: str) -> Document | None:
        return self._documents_by_path.get(path)

    def outgoing(self, doc_id: str) -> list[Relation]:
        return self.documents[doc_id].relations

    def incoming(self, doc_id: str) -> list[Relation]:
        return list(self._incoming.get(doc_id, []))

    def backlinks(self, path: str) -> list[str]:
        """Pages whose own text links to `path` (generated blocks are not part of any page's text)."""
        return list(self._linked_from.get(path, []))

    def citing_pages(self, source_id: str) -> list[str]:
        return list(self._cited_by.get(source_id, []))

    def topics_of(self, doc_id: str) -> list[Topic]:
        return [topic for topic in self.topics if doc_id in topic.documents]


# --------------------------------------------------------------------------------------------------
# Reading files


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
        heading = HEADING.search(body)
        title = heading.group(1) if heading else None
    if not isinstance(title, str) or not title.strip():
        raise CatalogueError(file, "title", "a non-empty page title (front matter 'title' or a '# ' heading)")
    return title.strip()


def language_of(path: pathlib.Path) -> str:
    suffixes = path.name.split(".")
    return suffixes[-2] if len(suffixes) > 2 and suffixes[-2] in labels.languages() else DEFAULT_LANGUAGE


def default_path(rel: str) -> str:
    """`van-ban/x.en.md` -> `van-ban/x.md`: the language-neutral page path."""
    for lang in labels.languages():
        if rel.endswith(f".{lang}.md"):
            return rel[: -len(f".{lang}.md")] + ".md"
    return rel


# --------------------------------------------------------------------------------------------------
# Field checks: each raises CatalogueError naming the field


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


def parse_term(raw: dict) -> str | None:
    value = _value(raw)
    if value is None:
        return None
    if not isinstance(value, str) or not ROMAN.match(value):
        raise ValueError(value)
    return value


parse_term.expected = "{value: a Roman numeral such as XIII, source: [...]}"


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
        term=block.sourced("term", parse_term),
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


def heading_anchors(body: str) -> list[tuple[int, str]]:
    """(level, anchor id) of each Markdown heading, as the toc extension will make them."""
    from scripts.translation import HEADING, body_lines

    found = []
    for line in body_lines(body):
        match = HEADING.match(line)
        if match:
            text = match.group(2)
            explicit = EXPLICIT_ID.search(text)
            plain = re.sub(r"\]\([^)]*\)|[*_`\[\]]", "", EXPLICIT_ID.sub("", text))
            found.append((len(match.group(1)), explicit.group(1) if explicit else slugify(plain)))
    return found


def normalise_tones(text: str) -> str:
    """Old and new tone placement compare equal ("khoá" = "khóa", "uỷ" = "ủy"), lower case."""
    import unicodedata

    text = unicodedata.normalize("NFC", text.lower())
    for old, new in (("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
                     ("oé", "óe"), ("oè", "òe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
                     ("uý", "úy"), ("uỳ", "ùy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy")):
        text = text.replace(old, new)
    return text


def _matchable(text: str) -> str:
    """Text as glossary matching sees it: tones placed one way, no quotation marks, one kind of dash,
    line breaks as spaces."""
    text = re.sub(r"[“”\"‘’]", "", normalise_tones(text))
    return re.sub(r"\s+", " ", re.sub(r"\s*[–—-]\s*", " - ", text))


def _phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(_matchable(phrase)) + r"(?!\w)")


def _contains(text: str, phrase: str) -> bool:
    return _phrase_pattern(phrase).search(text) is not None


# --------------------------------------------------------------------------------------------------
# Loading


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
        page.text = _matchable(LINK.sub("]", body))
        page.headings = heading_anchors(body)
        read_blocks(cat, meta, rel, title, body)
    check_references(cat)
    return cat


_LOADED: dict = {}


def load_cached(docs_dir: pathlib.Path | str) -> Catalogue:
    """`load`, reused while no Markdown file under docs_dir (nor labels.yml) has changed: mkdocs-static-i18n
    builds each language in the same process and calls on_config again for each; `mkdocs serve` edits
    change the key and load afresh."""
    docs_dir = pathlib.Path(docs_dir)
    key = (str(docs_dir.resolve()), labels.LABELS_FILE.stat().st_mtime_ns,
           tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in sorted(docs_dir.rglob("*.md"))))
    if key not in _LOADED:
        _LOADED.clear()
        _LOADED[key] = load(docs_dir)
    return _LOADED[key]


def read_blocks(cat: Catalogue, meta: dict, rel: str, title: str, body: str = "") -> None:
    section = rel.split("/")[0] if "/" in rel else ""
    name = posixpath.basename(rel)
    required = SECTION_BLOCK.get(section)
    is_index = name == "index.md"
    # a page without the section's block must be an index: the section's index.md or a generated list
    if required and required not in meta and not (is_index or GENERATED_BLOCK.search(body)):
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


def check_guides(cat: Catalogue, check_documents) -> None:
    """Each guide covers an existing topic or form, once; its extra documents exist and are not repeats."""
    topics = {topic.number: topic for topic in cat.topics}
    forms = {form.path for form in cat.forms}
    covered: dict = {}
    for guide in cat.guides:
        if guide.topic is not None:
            field, subject = "guide.topic", guide.topic
            if guide.topic not in topics:
                raise CatalogueError(guide.path, field, "the number of a topic page in noi-dung/", guide.topic)
            named = topics[guide.topic].documents
        else:
            field, subject, named = "guide.form", guide.form, []
            if guide.form not in forms:
                raise CatalogueError(guide.path, field, "the path of a form page in hinh-thuc/ (with a 'form:' block)",
                                     guide.form)
        if subject in covered:
            raise CatalogueError(guide.path, field, f"a topic or form no other guide covers (already: {covered[subject]})",
                                 subject)
        covered[subject] = guide.path
        check_documents(guide.path, "guide.documents", guide.documents)
        for doc_id in guide.documents:
            if doc_id in named or guide.documents.count(doc_id) > 1:
                raise CatalogueError(guide.path, "guide.documents", "each document once, and none the topic already "
                                     "names (those are listed by themselves)", doc_id)


def resolve_link(page_path: str, target: str) -> str | None:
    """The docs-relative `.md` path a Markdown link points to, or None for other links."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
        return None
    path = target.split("#")[0]
    if not path.endswith(".md"):
        return None
    return default_path(posixpath.normpath(posixpath.join(posixpath.dirname(page_path), path)))


def check_references(cat: Catalogue) -> None:
    """Every id named anywhere exists; no two documents share a number and year; every term is used."""
    def check_sources(file: str, field: str, ids: list[str]) -> None:
        for source_id in ids:
            if source_id not in cat.sources:
                raise CatalogueError(file, field, "a source id declared in nguon.md", source_id)

    def check_documents(file: str, field: str, ids: list[str]) -> None:
        for doc_id in ids:
            if doc_id not in cat.documents:
                raise CatalogueError(file, field, "the id of a document page in van-ban/", doc_id)

    seen_numbers: dict[tuple, str] = {}
    for doc in cat.documents.values():
        for name in ("issuer", "signer", "date", "term", "subject"):
            check_sources(doc.path, f"document.{name}.source", getattr(doc, name).sources)
        for i, rel in enumerate(doc.relations):
            field = f"document.relations[{i}]"
            check_documents(doc.path, f"{field}.target", [rel.target])
            if rel.target == doc.id:
                raise CatalogueError(doc.path, f"{field}.target", "another document than this one", rel.target)
            check_sources(doc.path, f"{field}.source", rel.sources)
        if doc.number:
            key = (doc.number, doc.issuer.value, doc.date.value.year if doc.date.known else None)
            if key in seen_numbers:
                raise CatalogueError(doc.path, "document.number", f"a number not already used by {seen_numbers[key]} "
                                     "(same number, issuer and year)", doc.number)
            seen_numbers[key] = doc.path
    numbers = [topic.number for topic in cat.topics]
    for topic in cat.topics:
        if numbers.count(topic.number) > 1:
            raise CatalogueError(topic.path, "topic.number", "a number used by no other topic", topic.number)
        check_documents(topic.path, "topic.documents", topic.documents)
        check_sources(topic.path, "topic.source", topic.sources)
    for item in cat.forms + cat.places:
        check_sources(item.path, f"{'form' if isinstance(item, Form) else 'place'}.source", item.sources)
    for place in cat.places:
        check_documents(place.path, "place.documents", place.documents)
    for page in cat.pages.values():
        check_sources(page.path, "citation [@...]", page.citations)
    for event in cat.events:
        check_sources("chien-dich/index.md", "events.source", event.sources)
    check_guides(cat, check_documents)
    seen_terms = set()
    for i, term in enumerate(cat.terms):
        check_sources("thuat-ngu.md", f"terms[{i}].source", term.sources)
        if fold(term.term) in seen_terms:
            raise CatalogueError("thuat-ngu.md", f"terms[{i}].term", "a term listed once", term.term)
        seen_terms.add(fold(term.term))
        pattern = _phrase_pattern(term.term)  # once per term, not once per term and page
        term.used_on = sorted(p for p, page in cat.pages.items()
                              if p != "thuat-ngu.md" and pattern.search(page.text))
        if not term.used_on:
            raise CatalogueError("thuat-ngu.md", f"terms[{i}].term", "a term that appears on at least one page", term.term)
