"""The catalogue's records: documents, topics, forms, places, guides, glossary terms, events and pages,
as the loader makes them from the pages' front matter (the schema is in scripts/catalogue/schema.py)."""
from __future__ import annotations

import collections
import dataclasses
import datetime
import functools
import re
from typing import Any

from scripts.common.labels import DEFAULT_LANGUAGE, table
from scripts.common.slugs import slugify


@dataclasses.dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year (sources are not always precise)."""

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, value: Any) -> PartialDate:
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
                f"{table()['months']['vi'][self.month - 1]}/{self.year}"
        month = table()["months"][lang][self.month - 1]
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
    stated_by: str  # id of the document whose page states the relation
    target: str
    sources: list[str]


# A later document's relation to this one, and the status it gives this one
LATER_DOCUMENT_STATUS = {"thay-the": "replaced", "sua-doi": "amended", "ke-tiep": "followed"}


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
    khoa: Sourced  # the Party term (khóa) of the issuing body; front matter key `term`
    subject: Sourced
    relations: list[Relation]
    # What the document says, as the sources summarise it (the blocks of scripts/catalogue/schema.py)
    structure: Any = None  # StructureBlock: unit, total, groups, summary
    provisions: list = dataclasses.field(default_factory=list)  # ProvisionBlock, in the document's order
    status: Any = None  # StatusBlock: what the sources say of its status (see Catalogue.status_of)
    comparison: Any = None  # ComparisonBlock: what changed from the document it replaced
    full_text: list = dataclasses.field(default_factory=list)  # FullTextLink: where its full text is published


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
    def _documents_by_path(self) -> dict[str, Document]:
        return {doc.path: doc for doc in self.documents.values()}

    @functools.cached_property
    def _incoming(self) -> dict[str, list[Relation]]:
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


    def incoming(self, doc_id: str) -> list[Relation]:
        return list(self._incoming.get(doc_id, []))

    def status_of(self, doc: Document) -> tuple[str, list[Relation]]:
        """(status key, the later documents' relations behind it, newest first): replaced, amended or followed
        as the newest later document states, else what the document's own `status:` says, else unknown."""
        later = sorted((rel for rel in self._incoming.get(doc.id, []) if rel.kind in LATER_DOCUMENT_STATUS),
                       key=lambda rel: self.date_key(rel.stated_by), reverse=True)
        if later:
            return LATER_DOCUMENT_STATUS[later[0].kind], later
        return (doc.status.value if doc.status is not None else "unknown"), []

    def date_key(self, doc_id: str) -> tuple:
        """Orders documents by date, undated ones first (newest last), then by id."""
        date = self.documents[doc_id].date
        return (date.known, date.value if date.known else None, doc_id)

    def backlinks(self, path: str) -> list[str]:
        """Pages whose own text links to `path` (generated blocks are not part of any page's text)."""
        return list(self._linked_from.get(path, []))

    def citing_pages(self, source_id: str) -> list[str]:
        return list(self._cited_by.get(source_id, []))
