"""The self-examination sheet ("Phiếu tự soi"), the site's own study aid (marker `self-examination-sheet`):
the prohibitions of Quy định 37-QĐ/TW and the manifestations of degradation of Nghị quyết 04-NQ/TW, as far as
the sources give them, each a line with its short statement, a box and room for notes; grouped as the
documents group them; every item no source gives is shown as missing. Built from the documents' provisions,
never retyped.
"""
from __future__ import annotations

from scripts.catalogue import Catalogue, CatalogueError, Document
from scripts.common.labels import text
from scripts.common.markdown import cite, escape, link, opens_with, table
from scripts.generate.provisions import coverage, kind_name

SHEET_PAGE = "tai-lieu-hoc-tap/phieu-tu-soi.md"
# (document, the kind of provision the sheet lists), in the order the sheet shows them
PARTS = (("quy-dinh-37-qd-tw-2021", "dieu"), ("nghi-quyet-04-nq-tw-2016", "bieu-hien"))
BOX = '<span class="check-box" aria-hidden="true"></span>'


def _row(label: str, statement: str) -> list[str]:
    return [label, statement, BOX, ""]


def _rows(items, total: int | None, kind: str, lang: str, doc: Document, path: str) -> list[str]:
    """One row per item in the document's numbering; a number no source gives, a row saying so."""
    missing = text("unknown", lang)
    numbered = {p.number: p for p in items if p.number is not None and p.number.isdigit()}
    rows = []
    numbers = range(1, total + 1) if total else sorted(int(n) for n in numbered)
    for n in numbers:
        provision = numbered.get(str(n))
        if provision is None:
            rows.append(_row(str(n), f"*{missing}*"))
        else:
            rows.append(_row(link(path, doc.path, str(n), anchor=provision.anchor),
                             escape(provision.summary[lang]) + cite(provision.source)))
    for provision in items:  # an item whose place in the numbering no source gives: its label says so
        if provision.number is None or not provision.number.isdigit():
            name, summary = provision.label[lang], provision.summary[lang]
            shown = escape(summary) if opens_with(summary, name) else f"*{escape(name)}:* " + escape(summary)
            rows.append(_row(link(path, doc.path, "?", anchor=provision.anchor), shown + cite(provision.source)))
    return rows


def _table(rows: list[list[str]], kind: str, lang: str) -> str:
    """A column of numbers headed by what they count ("Điều", "Manifestation"), then the statements."""
    header = [kind_name(kind, lang).capitalize()] + [text(key, lang) for key in
                                                      ("sheet_col_statement", "sheet_col_check", "sheet_col_notes")]
    # each provision is a search result of its own (scripts/search/index.py): the sheet repeats them
    return f'<div class="self-exam" markdown data-search-exclude>\n\n{table(header, rows)}\n\n</div>'


def sheet_parts(cat: Catalogue, lang: str):
    """Each part of the sheet: (number, document, kind of item, its items, the document's name, its subject)."""
    for number, (doc_id, kind) in enumerate(PARTS, 1):
        doc = cat.documents[doc_id]
        items = [p for p in doc.provisions if p.kind == kind]
        name = doc.number or cat.title(doc.path, lang)
        subject = (doc.subject.value.get(lang) or doc.subject.value["vi"]) if doc.subject.known else ""
        yield number, doc, kind, items, name, subject


def sheet(path: str, cat: Catalogue, lang: str) -> str:
    if path != SHEET_PAGE:
        raise CatalogueError(path, "<!-- generated: self-examination-sheet -->", f"this block only on {SHEET_PAGE}")
    out = []
    for number, doc, kind, items, name, subject in sheet_parts(cat, lang):
        title = text("sheet_part", lang, n=number, document=escape(name), subject=escape(subject))
        out += [f"## {title} {{#phan-{number} data-search-exclude}}", "",
                f"{text('sheet_from', lang, document=link(path, doc.path, name))} {coverage(doc, lang, items)}", ""]
        groups = doc.structure.groups if doc.structure else []
        if groups:
            for group in groups:
                members = [p for p in items if p.group == group.key]
                out += [f"### {escape(group.label[lang])}", "",
                        coverage(doc, lang, members, group.total, kind), "",
                        _table(_rows(members, group.total, kind, lang, doc, path), kind, lang), ""]
        else:
            total = doc.structure.total if doc.structure else None
            out += [_table(_rows(items, total, kind, lang, doc, path), kind, lang), ""]
    return "\n".join(out)
