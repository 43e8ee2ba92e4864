"""Open data: every document and every relation of the catalogue as JSON and CSV, published under /du-lieu/
beside the JSON Schemas that describe them (generated from scripts/open_data/models.py). Built from the
catalogue alone.

Conventions (documented for readers on docs/du-lieu.md):
- A sourced field is `{"value": ..., "source": [source ids]}`; a value no source states is
  `{"value": null, "source": []}`. Source ids are listed in the data's `sources` (and on the Sources page).
- Texts in both languages are `{"vi": ..., "en": ...}`; `en` is null where there is no English text.
- CSV: one row per record; column `a_b_c` is the JSON field a → b → c, where a `value` level is skipped
  (`signer_vi` is `signer.value.vi`, `number` is `number.value`); lists are joined with ";", null is empty.
"""
from __future__ import annotations

import csv
import io
import json
import posixpath

from scripts.catalogue import Catalogue, Document, Sourced
from scripts.common.labels import label, languages, text
from scripts.common.pages import address
from scripts.open_data import models

DATA_DIR = "du-lieu"  # published at /du-lieu/ (and linked from the data page docs/du-lieu.md)
DATA_PAGE = "du-lieu.md"
SOURCES_PAGE = "nguon.md"
LIST_SEPARATOR = models.LIST_SEPARATOR

# documents.csv has a cell per value; a document's provisions are rows of provisions.csv, and its structure,
# comparison and full-text links are in documents.json only
DOCUMENT_COLUMNS = models.columns(models.DocumentRecord, omit=("structure", "provisions", "comparison", "full_text"))
RELATION_COLUMNS = models.columns(models.RelationRecord)
PROVISION_COLUMNS = models.columns(models.ProvisionRecord)

# (file name, the JSON Schema that describes it)
FILES = {
    "documents.json": "documents.schema.json",
    "relations.json": "relations.schema.json",
    "documents.csv": "documents.csv.schema.json",
    "relations.csv": "relations.csv.schema.json",
    "provisions.csv": "provisions.csv.schema.json",
}




def both(value_of) -> dict:
    """{"vi": ..., "en": ...} from a function of the language."""
    return {lang: value_of(lang) for lang in languages()}


def labelled(group: str, key: str | None) -> dict | None:
    return None if key is None else both(lambda lang: label(group, key, lang))


def sourced(field: Sourced, value=None) -> dict:
    if not field.known:
        return {"value": None, "source": []}
    return {"value": field.value if value is None else value, "source": list(field.sources)}


def texts(field: Sourced) -> dict:
    """A translated field: both languages, English null when there is no English text."""
    if not field.known:
        return {"value": None, "source": []}
    return {"value": both(lambda lang: field.value.get(lang)), "source": list(field.sources)}


def document_record(doc: Document, catalogue: Catalogue, site_url: str | None) -> dict:
    # The number is stated wherever a source names the document (as on the page's metadata card).
    naming = sorted({s for f in (doc.issuer, doc.signer, doc.date, doc.khoa, doc.subject) for s in f.sources})
    return {
        "id": doc.id,
        "number": {"value": doc.number, "source": naming} if doc.number else {"value": None, "source": []},
        "type": {"value": doc.type, "label": labelled("types", doc.type)},
        "level": {"value": doc.level, "label": labelled("levels", doc.level)},
        "title": both(lambda lang: catalogue.title(doc.path, lang)),
        "issuer": {**sourced(doc.issuer), "label": labelled("issuers", doc.issuer.value)},
        "signer": texts(doc.signer),
        "date": sourced(doc.date, doc.date.value.iso if doc.date.known else None),
        "term": sourced(doc.khoa),
        "subject": texts(doc.subject),
        "url": both(lambda lang: address(doc.path, lang, site_url)),
        "structure": structure_record(doc),
        "provisions": [provision_record(doc, p, site_url) for p in doc.provisions],
        "status": status_record(doc, catalogue),
        "comparison": comparison_record(doc),
        "full_text": [{"url": f.url, "publisher": f.publisher, "source": list(f.source)} for f in doc.full_text],
    }


def structure_record(doc: Document) -> dict | None:
    s = doc.structure
    if s is None:
        return None
    return {"unit": s.unit, "total": s.total,
            "groups": [{"key": g.key, "label": g.label, "total": g.total} for g in s.groups],
            "summary": s.summary, "source": list(s.source)}


def provision_record(doc: Document, p, site_url: str | None) -> dict:
    return {"document": doc.id, "anchor": p.anchor, "kind": p.kind, "number": p.number, "group": p.group,
            "label": p.label, "heading": p.heading, "summary": p.summary, "explained_by": list(p.explained_by),
            "conflict": p.conflict, "note": p.note, "source": list(p.source),
            "url": both(lambda lang: address(doc.path, lang, site_url) + "#" + p.anchor)}


def status_record(doc: Document, catalogue: Catalogue) -> dict:
    value, later = catalogue.status_of(doc)
    sources = sorted({s for rel in later for s in rel.sources} | set(doc.status.source if doc.status else []))
    return {"value": value, "by": [rel.stated_by for rel in later],
            "statement": doc.status.statement if doc.status else None, "source": sources}


def comparison_record(doc: Document) -> dict | None:
    c = doc.comparison
    if c is None:
        return None
    return {"previous": c.previous,
            "rows": [{"old": r.old, "new": r.new, "change": r.change, "note": r.note, "source": list(r.source)}
                     for r in c.rows],
            "added": [{"text": n.text, "source": list(n.source)} for n in c.added]}


def relation_record(rel) -> dict:
    return {
        "from": rel.stated_by,
        "to": rel.target,
        "type": {"value": rel.kind, "label": labelled("relations", rel.kind),
                 "inverse": labelled("inverse_relations", rel.kind)},
        "source": list(rel.sources),
    }


def about(name: str, catalogue: Catalogue, site_url: str | None) -> dict:
    """What every data file says about itself: title, licence and source note, where it is documented."""
    return {
        "title": both(lambda lang: text(f"open_data_{name}", lang)),
        "licence": both(lambda lang: text("open_data_licence", lang)),
        "documentation": both(lambda lang: address(DATA_PAGE, lang, site_url)),
        "schema": FILES[f"{name}.json"],
        "sources": [{"id": source_id, "kind": raw["kind"],
                     "short": both(lambda lang, raw=raw: raw["short"].get(lang) or raw["short"]["vi"]),
                     "url": both(lambda lang, source_id=source_id: address(SOURCES_PAGE, lang, site_url) + "#" + source_id)}
                    for source_id, raw in catalogue.sources.items()],
    }


def documents_data(catalogue: Catalogue, site_url: str | None) -> dict:
    records = [document_record(catalogue.documents[i], catalogue, site_url) for i in sorted(catalogue.documents)]
    return {**about("documents", catalogue, site_url), "documents": records}


def relations_data(catalogue: Catalogue, site_url: str | None) -> dict:
    records = [relation_record(rel) for doc_id in sorted(catalogue.documents)
               for rel in catalogue.documents[doc_id].relations]
    return {**about("relations", catalogue, site_url), "relations": records}


def cell(record: dict, column: str) -> str:
    """The CSV cell for `column` of a JSON record (see the module docstring for the naming rule);
    empty where the field, or the group it belongs to, is null."""
    value, parts = record, column.split("_")
    while parts:
        if isinstance(value, dict) and not models.longest_key(parts, value) and "value" in value:
            value = value["value"]
        if value is None:
            return ""
        key = models.longest_key(parts, value) if isinstance(value, dict) else None
        if key is None:
            raise KeyError(f"CSV column {column!r} names no field of the JSON record")
        value, parts = value[key], parts[len(key.split("_")):]
    if isinstance(value, dict) and "value" in value:
        value = value["value"]
    if isinstance(value, dict):
        raise KeyError(f"CSV column {column!r} names a group of fields, not one value")
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    return "" if value is None else str(value)


# A cell a spreadsheet would read as a formula (CSV or formula injection): "=HYPERLINK(...)", "+1", "-2",
# "@SUM(...)", or one that starts with a tab or carriage return
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: str) -> str:
    """`value` as a spreadsheet shows it without evaluating it: a leading `'` before a formula start (the
    usual defence; the open-data page says so)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def to_csv(records: list[dict], columns: list[str]) -> str:
    """UTF-8 CSV with a header row (RFC 4180 quoting, CRLF line ends), formula starts neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([neutralised(cell(record, column)) for column in columns])
    return out.getvalue()


def to_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def published_files(catalogue: Catalogue, site_url: str | None) -> dict[str, str]:
    """{file name under du-lieu/: content}: the data in JSON and CSV, and the schemas that describe them."""
    documents = documents_data(catalogue, site_url)
    relations = relations_data(catalogue, site_url)
    files = {
        "documents.json": to_json(documents),
        "relations.json": to_json(relations),
        "documents.csv": to_csv(documents["documents"], DOCUMENT_COLUMNS),
        "relations.csv": to_csv(relations["relations"], RELATION_COLUMNS),
        "provisions.csv": to_csv([p for d in documents["documents"] for p in d["provisions"]], PROVISION_COLUMNS),
    }
    files.update({name: models.schema_text(schema) for name, schema in schemas().items()})
    return files


def schemas() -> dict[str, dict]:
    """{schema file name: JSON Schema} of the four data files."""
    return {"documents.schema.json": models.json_schema("documents"),
            "relations.schema.json": models.json_schema("relations"),
            "documents.csv.schema.json": models.csv_schema("documents", DOCUMENT_COLUMNS),
            "relations.csv.schema.json": models.csv_schema("relations", RELATION_COLUMNS),
            "provisions.csv.schema.json": models.csv_schema("provisions", PROVISION_COLUMNS)}


def counts(catalogue: Catalogue) -> dict[str, int]:
    """How many records each data file holds (shown on the data page)."""
    documents = len(catalogue.documents)
    relations = sum(len(doc.relations) for doc in catalogue.documents.values())
    provisions = sum(len(doc.provisions) for doc in catalogue.documents.values())
    return {"documents.json": documents, "documents.csv": documents,
            "relations.json": relations, "relations.csv": relations, "provisions.csv": provisions}


def files_table(path: str, catalogue: Catalogue, lang: str) -> str:
    """The generated block `open-data-files` of the data page: each file, what it holds, its schema."""
    from scripts.common.markdown import link, table

    what = {stem: text(f"open_data_short_{stem}", lang) for stem in ("documents", "relations", "provisions")}
    number = counts(catalogue)
    rows = []
    for name, schema in FILES.items():
        stem, kind = name.split(".")
        rows.append([link(path, data_path(name), name), f"{what[stem]} ({text(f'open_data_format_{kind}', lang)})",
                     str(number[name]), link(path, data_path(schema), schema)])
    header = [text(f"open_data_col_{col}", lang) for col in ("file", "contents", "records", "schema")]
    return table(header, rows) + "\n"


def licence_note(path: str, catalogue: Catalogue, lang: str) -> str:
    """The generated block `open-data-licence`: the same licence note the data files carry."""
    return text("open_data_licence", lang) + "\n"


def data_path(name: str) -> str:
    return posixpath.join(DATA_DIR, name)

