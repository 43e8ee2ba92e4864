"""Open data as published: the JSON/CSV files match their schemas and each other, every address in them leads
to a built page, a file in their way stops the build, and the data page documents every field. The schemas
failing on broken records is tested in tests/unit/test_open_data_records.py."""
import html
import json
import re

import jsonschema
import pytest

from scripts.common.labels import text
from scripts.open_data import records as open_data
from tests.conftest import ROOT, copy_project, mkdocs_build
from tests.open_data_checks import csv_rows, errors
from tests.site.built_links import built_target

DATA = ["documents", "relations"]


def published(site, name):
    return (site / open_data.DATA_DIR / name).read_text(encoding="utf-8")


def validator(site, schema_name):
    schema = json.loads(published(site, schema_name))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_every_data_file_and_schema_is_published(site):
    names = {p.name for p in (site / open_data.DATA_DIR).iterdir()}
    assert set(open_data.FILES) | set(open_data.FILES.values()) <= names
    for name, schema in open_data.schemas().items():  # generated from the models, published beside the data
        assert json.loads(published(site, name)) == schema
    assert not (site / "en" / open_data.DATA_DIR / "documents.json").exists()  # one address for both languages


@pytest.mark.parametrize("name", DATA)
def test_json_files_validate_against_their_schemas(site, name):
    data = json.loads(published(site, f"{name}.json"))
    assert errors(validator(site, f"{name}.schema.json"), data) == []
    assert len(data[name]) > 0


@pytest.mark.parametrize("name", DATA)
def test_csv_files_validate_against_their_schemas(site, name):
    schema_validator = validator(site, f"{name}.csv.schema.json")
    header, rows = csv_rows(published(site, f"{name}.csv"))
    assert header == schema_validator.schema["required"]  # the schema lists the columns in file order
    assert rows and all(errors(schema_validator, row) == [] for row in rows)


def test_data_covers_the_whole_catalogue(site, catalogue):
    documents = json.loads(published(site, "documents.json"))
    relations = json.loads(published(site, "relations.json"))
    assert [d["id"] for d in documents["documents"]] == sorted(catalogue.documents)
    stated = {(r.stated_by, r.kind, r.target) for d in catalogue.documents.values() for r in d.relations}
    assert {(r["from"], r["type"]["value"], r["to"]) for r in relations["relations"]} == stated
    ids = set(catalogue.documents)
    assert all(r["from"] in ids and r["to"] in ids for r in relations["relations"])
    declared = {s["id"] for s in documents["sources"]}
    used = {s for d in documents["documents"] for f in d.values() if isinstance(f, dict) for s in f.get("source", [])}
    used |= {s for r in relations["relations"] for s in r["source"]}
    assert used <= declared == set(catalogue.sources)


def test_unknown_values_are_null_with_no_source_and_known_ones_cite(site, catalogue):
    records = {d["id"]: d for d in json.loads(published(site, "documents.json"))["documents"]}
    kl21 = records["ket-luan-21-kl-tw-2021"]
    assert records["ke-hoach-66-kh-hu-2022"]["signer"] == {"value": None, "source": []}
    assert kl21["date"] == {"value": "2021-10-25", "source": ["facts-21-kl-tw"]}
    assert kl21["number"]["value"] == "21-KL/TW" and kl21["number"]["source"]
    assert kl21["issuer"]["label"] == {"vi": "Ban Chấp hành Trung ương Đảng", "en": "Central Committee of the Party"}
    unnumbered = records["nghi-quyet-hoi-nghi-tw6-khoa-xiii"]
    assert unnumbered["number"] == {"value": None, "source": []}
    assert unnumbered["url"]["en"].endswith("/en/van-ban/nghi-quyet-hoi-nghi-tw6-khoa-xiii/")


def urls_in(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "full_text":  # where a source publishes the full text: another site, by design
                yield from urls_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from urls_in(item)
    elif isinstance(value, str) and re.match(r"https?://", value):
        yield value


def has_id(file, fragment):
    return not fragment or f'id="{fragment}"' in file.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", DATA)
def test_every_url_in_the_data_leads_to_a_built_page(site, site_url, name):
    urls = set(urls_in(json.loads(published(site, f"{name}.json"))))
    _, rows = csv_rows(published(site, f"{name}.csv"))
    urls |= {cell for row in rows for column, cell in row.items()
             if cell.startswith(("http://", "https://")) and not column.startswith("full_text")}
    assert urls
    broken = []
    for url in sorted(urls):
        assert url.startswith(site_url), url  # built for the address it is published at
        found = built_target(site, "", url[len(site_url):])
        if found is None or not has_id(*found):
            broken.append(url)
    assert broken == []


def expected_cell(record, column):
    """The CSV naming rule, written independently: `a_b` is the field a → b, a `value` level skipped."""
    value, parts = record, column.split("_")
    while parts:
        names = ["_".join(parts[:end]) for end in range(len(parts), 0, -1)]  # a name with "_" stays whole
        if isinstance(value, dict) and not any(name in value for name in names):
            value = value.get("value")
        name = next((name for name in names if isinstance(value, dict) and name in value), parts[0])
        value, parts = value.get(name) if isinstance(value, dict) else None, parts[len(name.split("_")):]
    if isinstance(value, dict):
        value = value["value"]
    return ";".join(value) if isinstance(value, list) else "" if value is None else str(value)


@pytest.mark.parametrize("name", DATA)
def test_csv_has_the_same_rows_as_the_json(site, name):
    records = json.loads(published(site, f"{name}.json"))[name]
    header, rows = csv_rows(published(site, f"{name}.csv"))
    assert len(rows) == len(records)
    for record, row in zip(records, rows):
        assert row == {column: expected_cell(record, column) for column in header}


def test_a_file_in_the_way_of_the_published_data_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "du-lieu").mkdir()
    (project / "docs" / "du-lieu" / "documents.json").write_text("{}", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/du-lieu/documents.json: this address is where the build publishes its open data" in result.stderr


def test_data_page_documents_every_field_in_both_languages(site):
    schemas = open_data.schemas()
    fields = set(schemas["documents.schema.json"]["$defs"]["DocumentRecord"]["properties"])
    fields |= set(schemas["relations.schema.json"]["$defs"]["RelationRecord"]["properties"])
    for page in ("du-lieu.md", "du-lieu.en.md"):
        source = (ROOT / "docs" / page).read_text(encoding="utf-8")
        documented = set(re.findall(r"^\| `([a-z_]+)` \|", source, re.MULTILINE))
        assert fields == documented, page
    for prefix in ("", "en/"):
        markup = (site / prefix / "du-lieu" / "index.html").read_text(encoding="utf-8")
        for name in list(open_data.FILES) + list(open_data.FILES.values()):
            assert re.search(rf'href="[./]*du-lieu/{re.escape(name)}"|href="{re.escape(name)}"', markup), (prefix, name)
        lang = "en" if prefix else "vi"
        assert html.escape(text("open_data_licence", lang), quote=False) in markup


def test_provisions_csv_has_a_row_for_each_provision_of_documents_json(site):
    records = [p for d in json.loads(published(site, "documents.json"))["documents"] for p in d["provisions"]]
    header, rows = csv_rows(published(site, "provisions.csv"))
    assert records and len(rows) == len(records)
    assert header[:2] == ["document", "anchor"] and "summary_vi" in header and "explained_by" in header
    for record, row in zip(records, rows):
        assert row == {column: expected_cell(record, column) for column in header}
    schema_validator = jsonschema.Draft202012Validator(json.loads(published(site, "provisions.csv.schema.json")))
    assert all(errors(schema_validator, row) == [] for row in rows)
