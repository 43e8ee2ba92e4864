"""What each document says, from its `structure:` and `provisions:` front matter: the "Nội dung văn bản" /
"What it says" section of a document page (marker `provisions`), with a coverage line and the comparison with
the document it replaced; the status notice and status line; the list of every replacement (marker
`replacements`) and the note on pages that describe the 2022 campaign (marker `replaced-documents`); and the
short lists the study guides and the self-examination sheet take from the same records.

Every provision keeps its anchor (`#dieu-13`) for good: people link to it and print it.
"""
from __future__ import annotations

from scripts.catalogue import Catalogue, CatalogueError, Document
from scripts.common.labels import label, text
from scripts.common.markdown import cite, escape, link, opens_with, table

SECTION_ANCHOR = "noi-dung-van-ban"  # the "What it says" section of a document page
COMPARISON_ANCHOR = "so-voi-van-ban-truoc"


def kind_name(kind: str, lang: str, count: int = 1) -> str:
    return label("provision_kinds", kind, lang if count == 1 else f"{lang}_plural")


def provision_title(provision, doc: Document, catalogue: Catalogue, lang: str) -> str:
    """"Điều 13 – Quy định số 37-QĐ/TW": how a provision is named on its own (search results, lists)."""
    return f"{provision.label[lang]} – {catalogue.title(doc.path, lang)}"


def _numeric(provisions) -> list[int] | None:
    numbers = [p.number for p in provisions]
    return [int(n) for n in numbers] if numbers and all(n is not None and n.isdigit() for n in numbers) else None


def coverage(doc: Document, lang: str, provisions=None, total: int | None = ..., unit: str | None = None) -> str:
    """"11/19 điều có tóm tắt; các điều còn lại chưa có trong nguồn: 7, 8, 10." (or without a total)."""
    structure = doc.structure
    unit = unit or (structure.unit if structure else None)
    total = (structure.total if structure else None) if total is ... else total
    whole = provisions is None
    if provisions is None:
        provisions = [p for p in doc.provisions if unit is None or p.kind == unit]
    if unit is None:
        return text("coverage_no_structure", lang, n=len(doc.provisions))
    n, units = len(provisions), kind_name(unit, lang, 2)
    if total is None:
        if whole:  # every summarised item counts, whatever its kind
            kinds = {p.kind for p in doc.provisions}
            n = len(doc.provisions)
            units = kind_name(kinds.pop(), lang, n) if len(kinds) == 1 else text("items", lang)
        else:
            units = kind_name(unit, lang, n)
        return text("coverage_total_unknown", lang, n=n, units=units)
    line = text("coverage_of_total", lang, n=n, total=total, units=units)
    numbers = _numeric(provisions)
    if n >= total:
        return line + "."
    if numbers is not None:
        missing = [str(k) for k in range(1, total + 1) if k not in numbers]
        return line + text("coverage_missing_numbers", lang, units=units, numbers=", ".join(missing))
    return line + text("coverage_missing", lang, units=units)


def _provision(provision, doc: Document, catalogue: Catalogue, lang: str, level: int) -> list[str]:
    path = doc.path
    out = [f"{'#' * level} {escape(provision.label[lang])} {{#{provision.anchor}}}", ""]
    if provision.heading:
        out += [f"*{escape(provision.heading[lang])}*", ""]
    out += [escape(provision.summary[lang]) + cite(provision.source), ""]
    if provision.explained_by:
        guides = ", ".join(link(path, catalogue.documents[d].path, catalogue.documents[d].number or
                                catalogue.title(catalogue.documents[d].path, lang)) for d in provision.explained_by)
        out += [f"{text('provision_explained_by', lang)} {guides}.", ""]
    if provision.note:
        out += [f"*{text('provision_note', lang)}* {escape(provision.note[lang])}", ""]
    if provision.conflict:
        out += [f'!!! warning "{text("provision_conflict", lang)}"', "", "    " + escape(provision.conflict[lang]), ""]
    return out


def provisions_section(path: str, catalogue: Catalogue, lang: str) -> str:
    """The marker `provisions` of a document page: what the document says, provision by provision."""
    doc = catalogue.document_at(path)
    if doc is None:
        raise CatalogueError(path, "<!-- generated: provisions -->", "a document page (with a 'document:' block)")
    title = text("provisions_title", lang)
    out = [f"## {title} {{#{SECTION_ANCHOR}}}", ""]
    if doc.structure is not None:
        out += [escape(doc.structure.summary[lang]) + cite(doc.structure.source), ""]
    if not doc.provisions:
        out += [text("provisions_none", lang), ""]
    else:
        # the coverage line and the full-text links are the same words on every such page: not for search
        out += [f"**{text('coverage_label', lang)}** {coverage(doc, lang)}", "{: .search-exclude }", ""]
        if doc.full_text:
            links = "; ".join(f"[{escape(f.publisher[lang])}]({f.url}){cite(f.source)}" for f in doc.full_text)
            out += [f"**{text('full_text', lang)}** {links}. {text('full_text_note', lang)}", "{: .search-exclude }", ""]
        groups = doc.structure.groups if doc.structure else []
        ungrouped = [p for p in doc.provisions if p.group is None]
        for group in groups:
            members = [p for p in doc.provisions if p.group == group.key]
            out += [f"### {escape(group.label[lang])} {{#{group.key}}}", ""]
            out += [coverage(doc, lang, members, group.total, doc.structure.unit), ""]
            for provision in members:
                out += _provision(provision, doc, catalogue, lang, 4)
        for provision in ungrouped:
            out += _provision(provision, doc, catalogue, lang, 4 if groups else 3)
    if doc.comparison is not None:
        out += comparison_section(doc, catalogue, lang)
    return "\n".join(out).rstrip("\n") + "\n"


def comparison_section(doc: Document, catalogue: Catalogue, lang: str) -> list[str]:
    """Old point → new provision where a source gives the map; what the sources say was added."""
    previous = catalogue.documents[doc.comparison.previous]
    name = previous.number or catalogue.title(previous.path, lang)
    out = [f"## {text('comparison_title', lang, previous=escape(name))} {{#{COMPARISON_ANCHOR}}}", "",
           text("comparison_intro", lang, previous=link(doc.path, previous.path, name)), ""]
    if doc.comparison.rows:
        header = [text("comparison_old", lang), text("comparison_new", lang), text("comparison_change", lang),
                  text("comparison_note", lang)]
        anchors = {p.anchor: p for p in doc.provisions}
        rows = []
        for row in doc.comparison.rows:
            old = escape(row.old[lang]) if row.old else "—"
            new = f"[{escape(anchors[row.new].label[lang])}](#{row.new})" if row.new else "—"
            note = (escape(row.note[lang]) if row.note else "") + cite(row.source)
            rows.append([old, new, label("changes", row.change, lang), note])
        out += [table(header, rows), ""]
    if doc.comparison.added:
        out += [f"**{text('comparison_added', lang)}**", ""]
        out += [f"- {escape(note.text[lang])}{cite(note.source)}" for note in doc.comparison.added] + [""]
    return out


# --------------------------------------------------------------------------------------------------
# Status


def status_text(doc: Document, catalogue: Catalogue, lang: str, from_page: str) -> tuple[str, list[str]]:
    """The status line of a document's card, and its sources."""
    status, later = catalogue.status_of(doc)
    if later:
        several = _several_kinds(later)
        names = ", ".join(_later_document(rel, catalogue, lang, from_page, several) for rel in later)
        sources = sorted({s for rel in later for s in rel.sources})
        if doc.status is not None:  # what the sources add (one source only, "succeeded", not "replaced")
            return (f"{label('statuses', status, lang)}: {names}. {escape(doc.status.statement[lang])}",
                    sorted(set(sources) | set(doc.status.source)))
        return f"{label('statuses', status, lang)}: {names}", sources
    if doc.status is not None:
        return f"{label('statuses', status, lang)}. {escape(doc.status.statement[lang])}", list(doc.status.source)
    return label("statuses", status, lang), []


def _several_kinds(later: list) -> bool:
    return len({rel.kind for rel in later}) > 1


def _later_document(rel, catalogue: Catalogue, lang: str, from_page: str, several: bool) -> str:
    """"377-QĐ/TW (08/10/2025)", with the relation when the document has later ones of several kinds."""
    later = catalogue.documents[rel.stated_by]
    name = link(from_page, later.path, later.number or catalogue.title(later.path, lang))
    details = [later.date.value.format(lang)] if later.date.known else []
    if several:
        details.append(label("later_relations", rel.kind, lang))
    return f"{name} ({', '.join(details)})" if details else name


def status_notice(doc: Document, catalogue: Catalogue, lang: str) -> str | None:
    """At the top of a replaced, amended or followed document's page, as legal portals show "Hết hiệu lực"."""
    status, later = catalogue.status_of(doc)
    if not later:
        return None
    several = _several_kinds(later)
    names = ", ".join(_later_document(rel, catalogue, lang, doc.path, several) + cite(rel.sources) for rel in later)
    body = text("notice_several" if several else f"notice_{status}", lang, later=names)
    return (f'!!! warning "{label("statuses", status, lang)}"\n\n    {body} {text("notice_campaign", lang)}\n')


def replacements(path: str, catalogue: Catalogue, lang: str) -> str:
    """The marker `replacements`: every later document that replaces, amends or follows another, newest first."""
    header = [text("replacement_old", lang), text("replacement_relation", lang), text("replacement_new", lang),
              text("col_date", lang), text("card_source", lang)]
    rows = []
    for doc in sorted(catalogue.documents.values(), key=lambda d: catalogue.date_key(d.id), reverse=True):
        for rel in doc.relations:
            if rel.kind in ("thay-the", "sua-doi", "ke-tiep"):
                old = catalogue.documents[rel.target]
                rows.append([link(path, old.path, old.number or catalogue.title(old.path, lang)),
                             label("relations", rel.kind, lang),
                             link(path, doc.path, doc.number or catalogue.title(doc.path, lang)),
                             doc.date.value.format(lang) if doc.date.known else text("unknown", lang),
                             cite(rel.sources)])
    return table(header, rows) + "\n" if rows else text("replacements_none", lang) + "\n"


def replaced_documents(path: str, catalogue: Catalogue, lang: str) -> str:
    """The marker `replaced-documents`: which documents of the 2022 campaign have since been replaced,
    amended or followed by another (a short note for the home page and the campaign overview)."""
    lines = []
    for doc in sorted(catalogue.documents.values(), key=lambda d: (d.number or d.id)):
        status, later = catalogue.status_of(doc)
        if later:
            several = _several_kinds(later)
            names = ", ".join(_later_document(rel, catalogue, lang, path, several) + cite(rel.sources) for rel in later)
            old = link(path, doc.path, doc.number or catalogue.title(doc.path, lang))
            lines.append(f"- {old}: {label('statuses', status, lang).lower()} — {names}")
    intro = text("replaced_documents_intro", lang, page=link(path, "van-ban/thay-the.md", text("replacements_page", lang)))
    return "\n".join([intro, ""] + (lines or [text("replacements_none", lang)])) + "\n"


# --------------------------------------------------------------------------------------------------
# Short lists (study guides)


def provisions_brief(doc: Document, catalogue: Catalogue, lang: str, from_page: str) -> list[str]:
    """A document's provisions as one line each, linking to their anchors, with the coverage line."""
    if not doc.provisions:
        return []
    name = link(from_page, doc.path, doc.number or catalogue.title(doc.path, lang))
    out = [f"**{name}** — {coverage(doc, lang)}", ""]
    for provision in doc.provisions:
        out.append(f"- {labelled_summary(provision, lang, from_page, doc.path)}{cite(provision.source)}")
    return out + [""]


def labelled_summary(provision, lang: str, from_page: str, doc_path: str) -> str:
    """"[Điều 13](…#dieu-13): summary"; a summary that opens with the label ("Điểm 1 nhắc rằng…") has its
    own first words as the link instead of saying "Điểm 1: Điểm 1 nhắc rằng…"."""
    name, summary = provision.label[lang], provision.summary[lang]
    if opens_with(summary, name) and summary[:len(name)].casefold() == name.casefold():
        return link(from_page, doc_path, summary[:len(name)], anchor=provision.anchor) + escape(summary[len(name):])
    return f"{link(from_page, doc_path, name, anchor=provision.anchor)}: {escape(summary)}"
