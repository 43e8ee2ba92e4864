"""The open data's records as pydantic models, and the JSON Schemas generated from them.

The field types come from the front-matter schema (scripts/catalogue/schema.py: id, date and khóa patterns)
and the vocabularies of scripts/common/labels.yml (document types, levels, issuers, relations), so each is
declared once. A document record holds every field of the front matter's `document:` block but
`relations` (published in relations.json), plus id, title and address; a unit test keeps the two in step.
The CSV schemas are derived from the JSON ones by the CSV's own rule (column `a_b` is field a → b, a `value`
level skipped; lists joined with ";"; null is an empty cell): scripts/open_data/records.py.
"""
from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from scripts.catalogue.schema import ID_PATTERN, ISO_DATE_PATTERN, KHOA_PATTERN, SOURCE_KINDS
from scripts.common.labels import keys

URL_PATTERN = r"^(https?://[^/\s]+)?/\S*$"
LIST_SEPARATOR = ";"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

Id = Annotated[str, Field(pattern=ID_PATTERN)]
Text = Annotated[str, Field(min_length=1)]
Url = Annotated[str, Field(pattern=URL_PATTERN)]
SourceIds = Annotated[list[Id], Field(json_schema_extra={"uniqueItems": True})]


def one_of(group: str) -> Any:
    """The keys of a labels.yml group as a Literal type (an enum in the schema)."""
    return Literal[tuple(keys(group))]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Texts(Record):
    """The same text in Vietnamese and English."""

    vi: Text
    en: Text


class TextsEnOptional(Record):
    """A text in Vietnamese and, where the handbook has one, in English (else null)."""

    vi: Text
    en: Text | None


class Urls(Record):
    """The page in Vietnamese and in English."""

    vi: Url
    en: Url


class SourceRef(Record):
    id: Id
    kind: Literal[SOURCE_KINDS]
    short: Texts
    url: Urls


# A sourced field: a value no source states is null with an empty source list; a stated one names a source.
KNOWN_OR_UNKNOWN = {"oneOf": [
    {"description": "No source states this value.",
     "properties": {"value": {"type": "null"}, "source": {"maxItems": 0}}},
    {"description": "A stated value names at least one source.",
     "properties": {"value": {"not": {"type": "null"}}, "source": {"minItems": 1}}},
]}


class KnownOrUnknown(Record):
    model_config = ConfigDict(extra="forbid", json_schema_extra=KNOWN_OR_UNKNOWN)


class KnownOrUnknownWithLabel(Record):
    """A sourced code with its names: the names are null exactly when the code is."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={
        **KNOWN_OR_UNKNOWN,
        "if": {"properties": {"value": {"type": "null"}}},
        "then": {"properties": {"label": {"type": "null"}}},
        "else": {"properties": {"label": {"type": "object"}}},
    })


def sourced(name: str, value_type: Any, description: str, **more: Any) -> type[Record]:
    """A `{value, source}` record (with `more` fields) whose value may be null only without sources."""
    base = KnownOrUnknownWithLabel if "label" in more else KnownOrUnknown
    return create_model(name, __base__=base, __doc__=description,
                        value=(value_type | None, ...), **more, source=(SourceIds, ...))


def code(name: str, group: str, description: str) -> type[Record]:
    """A code of the handbook's own classification, with its names."""
    return create_model(name, __base__=Record, __doc__=description, value=(one_of(group), ...), label=(Texts, ...))


SourcedNumber = sourced("SourcedNumber", Text,
                        "The number exactly as printed (21-KL/TW); its sources are those that name the document.")
SourcedIssuer = sourced("SourcedIssuer", one_of("issuers"), "The issuing body: a code, its names, and the sources.",
                        label=(Texts | None, ...))
SourcedSigner = sourced("SourcedSigner", TextsEnOptional, "Who signed it.")
SourcedDate = sourced("SourcedDate", Annotated[str, Field(pattern=ISO_DATE_PATTERN)],
                      "ISO 8601 date, as precise as the sources: YYYY-MM-DD, YYYY-MM or YYYY.")
SourcedKhoa = sourced("SourcedKhoa", Annotated[str, Field(min_length=1, pattern=KHOA_PATTERN)],
                      "The khóa (term of the Central Committee) as a Roman numeral.")
SourcedSubject = sourced("SourcedSubject", TextsEnOptional, "The trích yếu (what the document is about).")


class ProvisionRecord(Record):
    """One provision of a document (an article, a manifestation, a task...), summarised from the sources."""

    document: Id = Field(description="Id of the document it belongs to.")
    anchor: Id = Field(description="Its anchor on the document's page; permanent.")
    kind: one_of("provision_kinds")
    number: Text | None = Field(description="Its number as the document numbers it; null when no source gives it.")
    group: Id | None
    label: Texts
    heading: Texts | None = Field(description="Its own heading, when a source gives it.")
    summary: Texts = Field(description="What it says, in the handbook's own words.")
    explained_by: list[Id] = Field(description="Ids of the guidance documents that explain it.")
    conflict: Texts | None = Field(description="Where the sources disagree about it.")
    note: Texts | None
    source: Annotated[SourceIds, Field(min_length=1)]
    url: Urls = Field(description="Its place on the document's page in each language.")


class StructureGroup(Record):
    key: Id
    label: Texts
    total: int | None


class StructureRecord(Record):
    """What the document is made of, as far as the sources say."""

    unit: one_of("provision_kinds")
    total: int | None = Field(description="How many provisions of that unit the document has; null when unknown.")
    groups: list[StructureGroup]
    summary: Texts
    source: Annotated[SourceIds, Field(min_length=1)]


class StatusRecord(Record):
    """The document's status today as far as the sources state it: replaced, amended or followed when a later
    document says so (`by`), else still cited as in force, else unknown."""

    value: one_of("statuses")
    by: list[Id] = Field(description="Ids of the later documents, newest first.")
    statement: Texts | None = Field(description="What the sources say, in the handbook's words.")
    source: SourceIds


class ComparisonRow(Record):
    old: Texts | None
    new: Id | None = Field(description="Anchor of the provision of this document, or null.")
    change: one_of("changes")
    note: Texts | None
    source: Annotated[SourceIds, Field(min_length=1)]


class ComparisonNote(Record):
    text: Texts
    source: Annotated[SourceIds, Field(min_length=1)]


class ComparisonRecord(Record):
    """What changed from the document this one replaced, as far as the sources say."""

    previous: Id
    rows: list[ComparisonRow]
    added: list[ComparisonNote]


class FullTextRecord(Record):
    url: Annotated[str, Field(pattern=r"^https?://")]
    publisher: Texts
    source: Annotated[SourceIds, Field(min_length=1)]


class DocumentRecord(Record):
    """One document: the fields of its page's `document:` front matter, with its id, title and address."""

    id: Id = Field(description="Type, number, issuer suffix and year in ASCII; also the page's address.")
    number: SourcedNumber
    type: code("DocumentType", "types", "The kind of document.")
    level: code("DocumentLevel", "levels", "Central or local.")
    title: Texts = Field(description="The title of the document's page.")
    issuer: SourcedIssuer
    signer: SourcedSigner
    date: SourcedDate
    term: SourcedKhoa
    subject: SourcedSubject
    url: Urls = Field(description="The document's page in each language.")
    structure: StructureRecord | None
    provisions: list[ProvisionRecord]
    status: StatusRecord
    comparison: ComparisonRecord | None
    full_text: list[FullTextRecord] = Field(description="Where a source gives the full text (never reproduced here).")


class RelationType(Record):
    value: one_of("relations")
    label: Texts = Field(description="The relation as read from the document that states it.")
    inverse: Texts = Field(description="The relation as read from the other document.")


class RelationRecord(Record):
    """One relation, as the document that states it (from) names another document (to)."""

    from_: Id = Field(alias="from", description="Id of the document that states the relation.")
    to: Id = Field(description="Id of the document it names.")
    type: RelationType
    source: Annotated[SourceIds, Field(min_length=1)]


def data_file(name: str, records: type[Record], title: str, description: str) -> type[Record]:
    """A published data file: what it is, its licence, its documentation, its sources and its records."""
    return create_model(
        name, __base__=Record, __doc__=description,
        title=(Texts, ...), licence=(Texts, ...), documentation=(Urls, ...),
        schema_=(Literal[f"{title}.schema.json"], Field(alias="schema")),
        sources=(list[SourceRef], Field(description="The sources that the source ids of this file name.")),
        **{title: (list[records], ...)})


DocumentsFile = data_file(
    "DocumentsFile", DocumentRecord, "documents",
    "Every document the handbook describes, with its metadata. A sourced field is {value, source}: the value and "
    "the ids of the sources that state it; a value no source states is null with an empty source list. Texts are "
    "given in Vietnamese (vi) and English (en; null where there is no English text). Field by field "
    "documentation: the page /du-lieu/ of the site.")
RelationsFile = data_file(
    "RelationsFile", RelationRecord, "relations",
    "Each relation once, as the document that states it (from) names another document (to), with the ids of "
    "the sources that state it. Field by field documentation: the page /du-lieu/ of the site.")

TITLES = {"documents": "Documents of the “Tự soi, tự sửa” handbook (documents.json)",
          "relations": "Relations between the documents of the “Tự soi, tự sửa” handbook (relations.json)"}


def json_schema(name: str) -> dict:
    """The JSON Schema of `documents.json` or `relations.json` (name: "documents" or "relations"), or of one
    provision record (name: "provisions"; provisions.csv has no JSON of its own: the provisions are in
    documents.json)."""
    if name == "provisions":
        schema = ProvisionRecord.model_json_schema(by_alias=True, mode="serialization")
        wrapped = {"properties": {"provisions": {"items": {"$ref": "#/$defs/ProvisionRecord"}}},
                   "$defs": {**schema.pop("$defs", {}), "ProvisionRecord": schema}}
        return {"$schema": DRAFT, "title": "Provisions", **wrapped}
    model = {"documents": DocumentsFile, "relations": RelationsFile}[name]
    schema = model.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": DRAFT, "title": TITLES[name], **{k: v for k, v in schema.items() if k != "title"}}


# --------------------------------------------------------------------------------------------------
# CSV: one row per record, one column per value


def _resolve(node: dict, defs: dict) -> tuple[dict, bool]:
    """The schema a node stands for ($ref followed) and whether null is allowed."""
    nullable = False
    while True:
        if "$ref" in node:
            node = {**defs[node["$ref"].rsplit("/", 1)[1]], **{k: v for k, v in node.items() if k != "$ref"}}
        elif "anyOf" in node:
            options = [option for option in node["anyOf"] if option.get("type") != "null"]
            nullable = nullable or len(options) < len(node["anyOf"])
            node = options[0]
        else:
            return node, nullable


def longest_key(parts: list[str], fields) -> str | None:
    """The field a column's next parts name: the longest `a_b` of them that is a field (`explained_by`)."""
    for end in range(len(parts), 0, -1):
        if "_".join(parts[:end]) in fields:
            return "_".join(parts[:end])
    return None


def _column_leaf(record: dict, defs: dict, column: str) -> tuple[dict, bool, bool]:
    """(leaf schema, nullable, sourced) of a CSV column, walking the record as records.cell() walks a record."""
    node, nullable = record, False
    sourced_field = False
    parts = column.split("_")
    while parts:
        node, maybe_null = _resolve(node, defs)
        nullable = nullable or maybe_null
        properties = node.get("properties", {})
        if not longest_key(parts, properties) and "value" in properties:
            node, maybe_null = _resolve(properties["value"], defs)
            nullable = nullable or maybe_null
            properties = node.get("properties", {})
        key = longest_key(parts, properties)
        if key is None:
            raise KeyError(f"CSV column {column!r} names no field of the JSON record")
        sourced_field = sourced_field or "source" in properties and "value" in properties
        node, parts = properties[key], parts[len(key.split("_")):]
    node, maybe_null = _resolve(node, defs)
    nullable = nullable or maybe_null
    if "value" in node.get("properties", {}):
        node, maybe_null = _resolve(node["properties"]["value"], defs)
        nullable = nullable or maybe_null
    return node, nullable, sourced_field


def columns(model: type[BaseModel], prefix: str = "", omit: tuple = ()) -> list[str]:
    """The CSV columns of a record model, in field order: a sourced field gives its value, its other fields
    (a code's names), then its sources; a group of fields gives one column per field; `omit` names fields
    that are no cell (lists of records and groups published in files of their own)."""
    out = []
    for name, field in model.model_fields.items():
        name = field.alias or name
        if name in omit:
            continue
        kind = _model_of(field.annotation)
        column = f"{prefix}{name}"
        if kind is None:
            out.append(column)
            continue
        inner = dict(kind.model_fields)
        if "value" in inner:
            value_model = _model_of(inner["value"].annotation)
            out += columns(value_model, f"{column}_") if value_model else [column]
            out += [c for sub, f in inner.items() if sub not in ("value", "source")
                    for c in (columns(_model_of(f.annotation), f"{column}_{sub}_") if _model_of(f.annotation)
                              else [f"{column}_{sub}"])]
            out += [f"{column}_source"] if "source" in inner else []
        else:
            out += columns(kind, f"{column}_")
    return out


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The record model an annotation holds (`Texts`, `Texts | None`), or None for a plain value."""
    import typing

    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _optional(pattern: str) -> str:
    return "^(" + pattern.removeprefix("^").removesuffix("$") + ")?$"


def _cell(leaf: dict, nullable: bool, column: str = "source") -> dict:
    """A cell's schema (always text) from the JSON leaf it holds."""
    if leaf.get("type") == "array":
        item = leaf["items"]["pattern"].removeprefix("^").removesuffix("$")
        what = "Source ids" if column.endswith("source") else "Ids"
        cell = {"type": "string", "pattern": f"^({item}({LIST_SEPARATOR}{item})*)?$",
                "description": f"{what} joined by '{LIST_SEPARATOR}'" +
                               ("." if leaf.get("minItems") else "; empty when no source states the value.")}
        return {**cell, "minLength": 1} if leaf.get("minItems") else cell
    if "enum" in leaf or "const" in leaf:
        values = leaf.get("enum") or [leaf["const"]]
        return {"enum": values + ([""] if nullable else [])}
    if "pattern" in leaf:
        return {"type": "string", "pattern": _optional(leaf["pattern"]) if nullable else leaf["pattern"]}
    return {"type": "string"} if nullable else {"type": "string", "minLength": 1}


def csv_schema(name: str, columns: list[str]) -> dict:
    """The schema of one row of `<name>.csv` read as {column: text}, derived from the JSON record schema,
    with the rule of sourced fields: an empty value has no sources; a stated one names at least one."""
    schema = json_schema(name)
    defs = schema["$defs"]
    record = schema["properties"][name]["items"]
    properties, rules = {}, []
    for column in columns:
        leaf, nullable, _ = _column_leaf(record, defs, column)
        properties[column] = _cell(leaf, nullable, column)
    record_fields = _resolve(record, defs)[0]["properties"]
    for field, field_schema in record_fields.items():
        resolved_field = _resolve(field_schema, defs)[0]
        resolved = resolved_field.get("properties", {})
        if not ({"value", "source"} <= set(resolved) and "oneOf" in resolved_field and f"{field}_source" in columns):
            continue
        value_column = next(c for c in columns if c.startswith(field) and c != f"{field}_source"
                            and "_label_" not in c)
        if "minItems" not in _resolve(resolved["source"], defs)[0]:
            rules.append({"if": {"properties": {value_column: {"const": ""}}},
                          "then": {"properties": {f"{field}_source": {"const": ""}}},
                          "else": {"properties": {f"{field}_source": {"minLength": 1}}}})
        labels = [c for c in columns if c.startswith(f"{field}_label_")]
        if labels and "label" in resolved:
            rules.append({"if": {"properties": {value_column: {"const": ""}}},
                          "then": {"properties": {c: {"const": ""} for c in labels}},
                          "else": {"properties": {c: {"minLength": 1} for c in labels}}})
    return {
        "$schema": DRAFT,
        "title": f"One row of {name}.csv",
        "description": f"{name}.csv has a header row with these columns, in this order: {', '.join(columns)}. "
                       f"Column a_b is the field a → b of {name}.json (a 'value' level skipped); source ids are "
                       f"joined by '{LIST_SEPARATOR}'; an empty cell is a null value. This schema describes one "
                       "row read as an object of column → text.",
        "type": "object",
        "required": list(columns),
        "additionalProperties": False,
        "properties": properties,
        **({"allOf": rules} if rules else {}),
    }


def schema_text(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
