"""What the build adds to pages that describe a catalogue item: the document metadata card, relations
in both directions, "Được nhắc đến tại" backlinks, and the documents each topic names."""
from __future__ import annotations

from scripts.catalogue import Catalogue, Document, Sourced
from scripts.common.labels import label, text
from scripts.common.markdown import cite, escape, link, table
from scripts.common.slugs import slugify
from scripts.generate.diagrams import relation_diagram_section
from scripts.generate.provisions import status_notice, status_text


def document_label(doc: Document, catalogue: Catalogue, lang: str) -> str:
    """How a document is named in lists: its number when known, else its title."""
    return doc.number or catalogue.title(doc.path, lang)


def issuer_text(doc: Document, lang: str) -> str:
    return label("issuers", doc.issuer.value, lang) if doc.issuer.known else text("unknown", lang)


def date_text(doc: Document, lang: str) -> str:
    return doc.date.value.format(lang) if doc.date.known else text("unknown", lang)


def _row(name: str, value: str | None, sources: list[str], lang: str) -> list[str]:
    if value is None:
        return [text(name, lang), f"*{text('unknown', lang)}*", ""]
    return [text(name, lang), value, cite(sources)]


def _translated(field: Sourced, lang: str) -> str | None:
    return escape(field.value.get(lang) or field.value["vi"]) if field.known else None


def card(doc: Document, catalogue: Catalogue, lang: str) -> str:
    """The metadata card in the national portals' terms; every value shows its source or "unknown"."""
    path = doc.path
    named_by = sorted({s for f in (doc.issuer, doc.signer, doc.date, doc.khoa, doc.subject) for s in f.sources})
    replaces = [r for r in doc.relations if r.kind == "thay-the"]
    replaced_by = [r for r in catalogue.incoming(doc.id) if r.kind == "thay-the"]

    def doc_links(relations, attr):
        linked = [catalogue.documents[getattr(r, attr)] for r in relations]
        return ", ".join(link(path, d.path, document_label(d, catalogue, lang)) for d in linked) or None

    rows = [
        _row("field_number", escape(doc.number) if doc.number else None, named_by, lang),
        [text("field_type", lang), label("types", doc.type, lang), ""],
        [text("field_level", lang), label("levels", doc.level, lang), ""],
        _row("field_issuer", label("issuers", doc.issuer.value, lang) if doc.issuer.known else None,
             doc.issuer.sources, lang),
        _row("field_signer", _translated(doc.signer, lang), doc.signer.sources, lang),
        _row("field_date", doc.date.value.format(lang) if doc.date.known else None, doc.date.sources, lang),
        _row("field_term", doc.khoa.value, doc.khoa.sources, lang),
        _row("field_subject", _translated(doc.subject, lang), doc.subject.sources, lang),
        _row("field_replaces", doc_links(replaces, "target"), sorted({s for r in replaces for s in r.sources}), lang),
    ]
    if replaced_by:
        rows.append(_row("field_replaced_by", doc_links(replaced_by, "stated_by"),
                         sorted({s for r in replaced_by for s in r.sources}), lang))
    status, status_sources = status_text(doc, catalogue, lang, path)
    rows.append([text("field_status", lang), status, cite(status_sources)])
    header = [text("card_field", lang), text("card_value", lang), text("card_source", lang)]
    # the card's values are indexed on their own (number, subject fields): keep its table out of search
    return (f'<div class="document-card" markdown data-search-exclude>\n\n**{text("card_title", lang)}**\n\n'
            + table(header, rows) + "\n\n</div>")


def relations_section(doc: Document, catalogue: Catalogue, lang: str) -> str:
    title = text("relations_title", lang)
    lines = [f"## {title} {{#{slugify(title)} data-search-exclude}}", ""]
    rows = []
    for rel in doc.relations:
        target = catalogue.documents[rel.target]
        rows.append([label("relations", rel.kind, lang), link(doc.path, target.path, catalogue.title(target.path, lang)),
                     cite(rel.sources)])
    for rel in sorted(catalogue.incoming(doc.id), key=lambda r: (r.kind, r.stated_by)):
        origin = catalogue.documents[rel.stated_by]
        rows.append([label("inverse_relations", rel.kind, lang), link(doc.path, origin.path, catalogue.title(origin.path, lang)),
                     cite(rel.sources)])
    if rows:
        header = [text("relation_type", lang), text("relation_document", lang), text("card_source", lang)]
        lines.append(table(header, rows))
    else:
        lines.append(text("relations_none", lang))
    return "\n".join(lines)


def backlinks_section(path: str, catalogue: Catalogue, lang: str) -> str:
    title = text("backlinks_title", lang)
    lines = [f"## {title} {{#{slugify(title)} data-search-exclude}}", ""]
    pages = catalogue.backlinks(path)
    if not pages:
        lines.append(text("backlinks_none", lang))
    lines += [f"- {link(path, page, catalogue.title(page, lang))}" for page in pages]
    return "\n".join(lines)


def topic_documents_section(path: str, catalogue: Catalogue, lang: str) -> str:
    topic = next(t for t in catalogue.topics if t.path == path)
    title = text("topic_documents", lang)
    lines = [f"## {title} {{#{slugify(title)}}}", ""]
    for doc_id in topic.documents:
        doc = catalogue.documents[doc_id]
        lines.append(f"- {link(path, doc.path, catalogue.title(doc.path, lang))} ({date_text(doc, lang)})")
    return "\n".join(lines)


def insert_after_title(markdown: str, block: str) -> str:
    """Put `block` right after the page's first `# ` heading (or at the top if there is none)."""
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: i + 1] + ["", block, ""] + lines[i + 1:])
    return block + "\n\n" + markdown


def decorate(markdown: str, path: str, catalogue: Catalogue, lang: str) -> str:
    """Add the generated parts a page gets from what it describes (documents and topics)."""
    doc = catalogue.document_at(path)
    if doc is not None:
        notice = status_notice(doc, catalogue, lang)
        markdown = insert_after_title(markdown, card(doc, catalogue, lang))
        if notice:
            markdown = insert_after_title(markdown, notice)
        markdown = "\n\n".join([markdown.rstrip("\n"), relation_diagram_section(doc, catalogue, lang),
                                relations_section(doc, catalogue, lang),
                                backlinks_section(path, catalogue, lang)]) + "\n"
    if any(topic.path == path for topic in catalogue.topics):
        markdown = markdown.rstrip("\n") + "\n\n" + topic_documents_section(path, catalogue, lang) + "\n"
    return markdown
