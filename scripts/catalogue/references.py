"""Cross references: every id a page names exists, numbers are not reused, guides cover what they say, and
every glossary term is found on some page (which pages: Term.used_on)."""
from __future__ import annotations

import posixpath
import re

from scripts.catalogue.errors import CatalogueError
from scripts.catalogue.model import Catalogue, Form
from scripts.common.collation import fold
from scripts.common.matching import phrase_pattern
from scripts.common.pages import default_path, language_file, scheme_of


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
    if scheme_of(target) is not None or target.startswith("#"):
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
    seen_in_term: dict[tuple, str] = {}
    for doc in cat.documents.values():
        for key, field in (("issuer", doc.issuer), ("signer", doc.signer), ("date", doc.date), ("term", doc.khoa),
                           ("subject", doc.subject)):
            check_sources(doc.path, f"document.{key}.source", field.sources)
        for i, rel in enumerate(doc.relations):
            field = f"document.relations[{i}]"
            check_documents(doc.path, f"{field}.target", [rel.target])
            if rel.target == doc.id:
                raise CatalogueError(doc.path, f"{field}.target", "another document than this one", rel.target)
            check_sources(doc.path, f"{field}.source", rel.sources)
            if any((r.kind, r.target) == (rel.kind, rel.target) for r in doc.relations[:i]):
                raise CatalogueError(doc.path, f"{field}", "each relation listed once", f"{rel.kind} {rel.target}")
        check_contents(doc, check_sources, check_documents)
        check_number(cat, doc)
        if doc.number:
            key = (doc.number, doc.issuer.value, doc.date.value.year if doc.date.known else None)
            if key in seen_numbers:
                raise CatalogueError(doc.path, "document.number", f"a number not already used by {seen_numbers[key]} "
                                     "(same number, issuer and year)", doc.number)
            seen_numbers[key] = doc.path
            key = (doc.type, doc.issuer.value, doc.khoa.value, doc.number)
            if key in seen_in_term:
                raise CatalogueError(doc.path, "document.number", f"a number not already used by {seen_in_term[key]} "
                                     "(same type, issuer and khóa: numbers restart only with a new khóa)", doc.number)
            seen_in_term[key] = doc.path
    check_relation_pairs(cat)
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
        pattern = phrase_pattern(term.term)  # once per term, not once per term and page
        term.used_on = sorted(p for p, page in cat.pages.items()
                              if p != "thuat-ngu.md" and pattern.search(page.text))
        if not term.used_on:
            raise CatalogueError("thuat-ngu.md", f"terms[{i}].term", "a term that appears on at least one page", term.term)



# Relations that run one way (in time, or from a basis to what rests on it): the same pair both ways is a
# contradiction. Only a mention can go both ways.
MUTUAL_RELATIONS = {"nhac-den"}


def check_relation_pairs(cat: Catalogue) -> None:
    """A implements B and B implements A (or A replaces B and B amends A) cannot both be true."""
    one_way = {(doc.id, rel.target): (doc, i, rel.kind) for doc in cat.documents.values()
               for i, rel in enumerate(doc.relations) if rel.kind not in MUTUAL_RELATIONS}
    for (source, target), (doc, i, kind) in sorted(one_way.items(), key=lambda item: item[0]):
        if (target, source) in one_way:
            other, j, other_kind = one_way[(target, source)]
            raise CatalogueError(doc.path, f"document.relations[{i}]", "a relation that does not contradict "
                                 f"{other.path} (its relations[{j}] says {other_kind} {source})", f"{kind} {target}")


def check_number(cat: Catalogue, doc) -> None:
    """An id written with a number (`ket-luan-21-...`) needs the number; a known number is in the title."""
    if doc.number is None and re.match(rf"{re.escape(doc.type)}-[0-9]", doc.id):
        raise CatalogueError(doc.path, "document.number", f"the document's number (the id {doc.id} names one), "
                             "or an id without a number when no source states it", None)
    if doc.number:
        for lang, title in sorted(cat.pages[doc.path].titles.items()):
            if doc.number not in title:
                raise CatalogueError(language_file(doc.path, lang), "title",
                                     f"a title that contains the document's number {doc.number}", title)


def check_contents(doc, check_sources, check_documents) -> None:
    """What a document says: anchors and numbers once each, groups declared, every id and source known,
    a status that only the document's own sources can give, comparisons pointing at real provisions."""
    path = doc.path
    groups = {group.key for group in doc.structure.groups} if doc.structure else set()
    if doc.structure is not None:
        check_sources(path, "document.structure.source", doc.structure.source)
    anchors: dict[str, int] = {}
    numbers: dict[tuple, int] = {}
    for i, provision in enumerate(doc.provisions):
        field = f"document.provisions[{i}]"
        if provision.anchor in anchors:
            earlier = anchors[provision.anchor]
            raise CatalogueError(path, f"{field}.anchor", f"an anchor no other provision has (provisions[{earlier}] has it)",
                                 provision.anchor)
        anchors[provision.anchor] = i
        if provision.number is not None:
            key = (provision.kind, provision.group, provision.number)
            if key in numbers:
                raise CatalogueError(path, f"{field}.number", f"a number no other {provision.kind} of this group has "
                                     f"(provisions[{numbers[key]}] has it)", provision.number)
            numbers[key] = i
        if provision.group is not None and provision.group not in groups:
            raise CatalogueError(path, f"{field}.group", "a group key of document.structure.groups: "
                                 + (", ".join(sorted(groups)) or "(none declared)"), provision.group)
        check_documents(path, f"{field}.explained_by", provision.explained_by)
        check_sources(path, f"{field}.source", provision.source)
    if doc.status is not None:
        if doc.status.value not in ("in-force-cited", "unknown"):
            raise CatalogueError(path, "document.status.value", "in-force-cited or unknown (replaced, amended and "
                                 "followed come from the relation the later document states)", doc.status.value)
        if doc.status.value == "in-force-cited" and not doc.status.source:
            raise CatalogueError(path, "document.status.source", "the sources that cite the document as in force")
        check_sources(path, "document.status.source", doc.status.source)
    if doc.comparison is not None:
        check_documents(path, "document.comparison.previous", [doc.comparison.previous])
        for i, row in enumerate(doc.comparison.rows):
            if row.new is not None and row.new not in anchors:
                raise CatalogueError(path, f"document.comparison.rows[{i}].new", "the anchor of one of this document's "
                                     "provisions", row.new)
            check_sources(path, f"document.comparison.rows[{i}].source", row.source)
        for i, note in enumerate(doc.comparison.added):
            check_sources(path, f"document.comparison.added[{i}].source", note.source)
    for i, link in enumerate(doc.full_text):
        check_sources(path, f"document.full_text[{i}].source", link.source)
