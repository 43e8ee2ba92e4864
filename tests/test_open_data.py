"""Open data and diagrams: the published JSON/CSV match their schemas and each other, every address in
them leads to a built page, and every document page carries a relation diagram in its own language."""
import copy
import csv
import html
import io
import json
import posixpath
import re

import jsonschema
import pytest

from scripts.catalogue import load
from scripts.common import pages
from scripts.common.labels import keys, label, languages, text
from scripts.generate import diagrams
from scripts.open_data import records as open_data
from tests.conftest import ROOT, copy_project, mkdocs_build
from tests.content_fixture import document, make_docs

DATA = ["documents", "relations"]


def published(site, name):
    return (site / open_data.DATA_DIR / name).read_text(encoding="utf-8")


def validator(site, schema_name):
    schema = json.loads(published(site, schema_name))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def csv_rows(content):
    reader = csv.DictReader(io.StringIO(content, newline=""))
    return reader.fieldnames, list(reader)


def errors(schema_validator, instance):
    return [error.message for error in schema_validator.iter_errors(instance)]


# --------------------------------------------------------------------------------------------------
# The published files


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
    assert kl21["signer"] == {"value": None, "source": []}
    assert kl21["date"] == {"value": "2021-10-25", "source": ["facts-21-kl-tw"]}
    assert kl21["number"]["value"] == "21-KL/TW" and kl21["number"]["source"]
    assert kl21["issuer"]["label"] == {"vi": "Ban Chấp hành Trung ương Đảng", "en": "Central Committee of the Party"}
    unnumbered = records["nghi-quyet-hoi-nghi-tw4-khoa-xi"]
    assert unnumbered["number"] == {"value": None, "source": []}
    assert unnumbered["url"]["en"].endswith("/en/van-ban/nghi-quyet-hoi-nghi-tw4-khoa-xi/")


def urls_in(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from urls_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from urls_in(item)
    elif isinstance(value, str) and re.match(r"https?://", value):
        yield value


def built_target(site, page_dir, url):
    """(file, fragment) a site-relative URL leads to, or None."""
    path, _, fragment = url.partition("#")
    target = posixpath.normpath(posixpath.join(page_dir, path)) if path else page_dir
    file = site / target / "index.html" if (site / target).is_dir() else site / target
    return (file, fragment) if file.is_file() else None


def has_id(file, fragment):
    return not fragment or f'id="{fragment}"' in file.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", DATA)
def test_every_url_in_the_data_leads_to_a_built_page(site, site_url, name):
    urls = set(urls_in(json.loads(published(site, f"{name}.json"))))
    _, rows = csv_rows(published(site, f"{name}.csv"))
    urls |= {cell for row in rows for cell in row.values() if cell.startswith(("http://", "https://"))}
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
    value = record
    for part in column.split("_"):
        if isinstance(value, dict) and part not in value:
            value = value.get("value")
        value = value.get(part) if isinstance(value, dict) else None
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


# --------------------------------------------------------------------------------------------------
# The schemas can fail


def test_generated_schemas_are_valid_json_schemas():
    assert sorted(open_data.schemas()) == sorted(open_data.FILES.values())
    for schema in open_data.schemas().values():
        jsonschema.Draft202012Validator.check_schema(schema)


def schema(name):
    return jsonschema.Draft202012Validator(open_data.schemas()[name])


BROKEN_DOCUMENTS = {
    "impossible month": lambda d: d["date"].update(value="2021-13-01"),
    "unknown value that cites a source": lambda d: d["signer"].update(source=["facts-21-kl-tw"]),
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
    assert errors(row_schema, dict(row, signer_source="facts-21-kl-tw")) != []  # a source for an unknown signer
    assert errors(row_schema, {k: v for k, v in row.items() if k != "url_en"}) != []


def test_csv_column_that_names_no_field_is_an_error(catalogue):
    record = open_data.documents_data(catalogue, None)["documents"][0]
    with pytest.raises(KeyError, match="colour_vi"):
        open_data.cell(record, "colour_vi")


def test_a_file_in_the_way_of_the_published_data_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "du-lieu").mkdir()
    (project / "docs" / "du-lieu" / "documents.json").write_text("{}", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/du-lieu/documents.json: this address is where the build publishes its open data" in result.stderr


# --------------------------------------------------------------------------------------------------
# The data page


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


# --------------------------------------------------------------------------------------------------
# Relation diagrams


def figure(markup, css_class):
    match = re.search(rf'<figure class="{css_class}" data-search-exclude>(.*?)</figure>', markup, re.DOTALL)
    assert match, css_class
    return match.group(1)


def svg_texts(svg):
    return [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def relation_names(lang):
    return {label(group, kind, lang) for group in ("relations", "inverse_relations") for kind in keys("relations")}


@pytest.mark.parametrize("lang", languages())
def test_every_document_page_has_a_diagram_in_its_language_whose_links_resolve(site, catalogue, lang):
    prefix = "" if lang == "vi" else f"{lang}/"
    other = next(language for language in languages() if language != lang)
    foreign = relation_names(other) - relation_names(lang)
    for doc in catalogue.documents.values():
        page_dir = f"{prefix}van-ban/{doc.id}"
        markup = (site / page_dir / "index.html").read_text(encoding="utf-8")
        svg = figure(markup, "relation-diagram")
        heading = text("diagram_title", lang)
        assert re.search(rf"<h2[^>]* id=\"[a-z-]+\"[^>]*>{heading}", markup), doc.id
        words = " ".join(svg_texts(svg))
        assert catalogue.title(doc.path, lang) in words and text("diagram_here", lang) in words
        assert not [name for name in foreign if name in words], (doc.id, lang)
        drawing = svg.split("</svg>")[0]
        links = [html.unescape(h) for h in re.findall(r'<a href="([^"]*)"', drawing)]
        related = {r.target for r in doc.relations} | {r.stated_by for r in catalogue.incoming(doc.id)}
        reached = set()
        for link in links:
            found = built_target(site, page_dir, link)
            assert found is not None, (page_dir, link)
            reached.add(found[0].parent.name)
        assert reached == related, doc.id
        for rel in doc.relations:
            assert label("relations", rel.kind, lang) in words
        for rel in catalogue.incoming(doc.id):
            assert label("inverse_relations", rel.kind, lang) in words
        assert 'aria-labelledby="rd-title"' in svg and "<desc id=\"rd-desc\">" in svg and "<figcaption>" in svg
        for anchor in re.findall(r'<a href="#([^"]*)"', svg.split("</svg>")[1]):  # the caption names the table
            assert f'id="{anchor}"' in markup


def test_diagram_of_a_central_document_with_many_relations(site):
    svg = figure((site / "van-ban/ket-luan-21-kl-tw-2021/index.html").read_text(encoding="utf-8"), "relation-diagram")
    words = " ".join(svg_texts(svg))
    assert words.index("Văn bản đang xem") < words.index("Được thực hiện bởi") < words.index("Kế hoạch số 03-KH/TW")
    assert '<a href="../ke-hoach-43-kh-tu-2022/"' in svg and '<a href="../ke-hoach-66-kh-hu-2022/"' in svg
    assert 'marker-end="url(#rd-arrow)"' in svg


def test_diagram_of_a_document_without_relations_says_so(tmp_path):
    cat = load(make_docs(tmp_path, {}))
    section = diagrams.relation_diagram_section(cat.documents["ket-luan-21-kl-tw-2021"], cat, "en")
    assert section.startswith("## Relation diagram {#relation-diagram data-search-exclude}")
    assert text("diagram_caption_none", "en") in section and "<a href" not in section


def test_diagram_links_are_relative_to_the_page_and_text_is_escaped(tmp_path):
    plan = document("03-KH/TW", "ke-hoach", "2021-12-01", None, "bo-chinh-tri",
                    "\n    - {type: thuc-hien, target: ket-luan-21-kl-tw-2021, source: [bai-a]}")
    plan = plan.replace("title: Văn bản 03-KH/TW", 'title: "Văn bản 03-KH/TW <&> \\"x\\""')
    cat = load(make_docs(tmp_path, {"van-ban/ke-hoach-03-kh-tw-2021.md": plan}))
    svg = diagrams.relation_diagram(cat.documents["ket-luan-21-kl-tw-2021"], cat, "vi")
    assert '<a href="../ke-hoach-03-kh-tw-2021/"' in svg
    assert "&lt;&amp;&gt;" in svg and "<&>" not in svg
    assert pages.href("chien-dich/dong-thoi-gian.md", "van-ban/x.md") == "../../van-ban/x/"
    assert pages.href("van-ban/x.md", "index.md") == "../../"


def test_wrapped_lines_fit_their_width():
    title = ("The work “Kiên quyết, kiên trì đấu tranh phòng, chống tham nhũng, tiêu cực, góp phần xây dựng "
             "Đảng và Nhà nước ta ngày càng trong sạch, vững mạnh” WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW")
    lines = diagrams.wrap(title, 200, 14)
    assert len(lines) > 3 and all(diagrams.text_width(line, 14) <= 200 for line in lines)
    assert "".join(lines).replace(" ", "") == title.replace(" ", "")  # nothing lost, the long word cut


# --------------------------------------------------------------------------------------------------
# Timeline chart


@pytest.mark.parametrize("lang", languages())
def test_timeline_chart_shows_dated_documents_and_peaks_in_its_language(site, catalogue, lang):
    prefix = "" if lang == "vi" else f"{lang}/"
    markup = (site / prefix / "chien-dich/dong-thoi-gian/index.html").read_text(encoding="utf-8")
    svg = figure(markup, "timeline-chart")
    assert markup.index('class="timeline-chart"') < markup.index("<table")  # the chart, then the table
    words = " ".join(svg_texts(svg))
    dated = [d for d in catalogue.documents.values() if d.date.known]
    links = re.findall(r'<a href="([^"]*)"', svg)
    assert len(links) == len(dated)
    for link in links:
        assert built_target(site, f"{prefix}chien-dich/dong-thoi-gian", link) is not None, link
    for doc in dated:
        assert doc.date.value.format(lang) in words
    peaks = [e for e in catalogue.events if e.kind == "cao-diem"]
    assert len(peaks) == 3 and svg.count('class="tl-band"') == len(peaks) + 1  # one per peak, one in the key
    for kind in ("cao-diem", "hoi-nghi", "ket-qua", "van-ban"):
        assert label("event_kinds", kind, lang) in words
    other = "en" if lang == "vi" else "vi"
    assert label("event_kinds", "cao-diem", other) not in words
    assert "≈" in words and 'aria-labelledby="tl-title"' in svg


def test_timeline_chart_stretches_time_where_labels_need_room(catalogue):
    svg = diagrams.timeline_chart("chien-dich/dong-thoi-gian.md", catalogue, "vi")
    dates = [(m.group(2), float(m.group(1))) for m in
             re.finditer(r'<text x="[\d.]+" y="([\d.]+)" class="tl-date"[^>]*>([^<]*)</text>', svg)]
    heights = [y for _, y in dates]
    assert heights == sorted(heights)  # time runs downwards
    assert all(later - earlier >= 30 for earlier, later in zip(heights, heights[1:]))  # labels never overlap


def test_diagrams_are_left_out_of_the_search_index(site):
    """The relation and timeline tables hold the same words; the drawings must not count them twice."""
    indexes = [p.read_text(encoding="utf-8") for p in site.rglob("search_index.json")]
    assert indexes
    for lang in languages():
        assert not any(text("diagram_here", lang) in index for index in indexes)
        assert not any(text("timeline_chart_svg_title", lang) in index for index in indexes)


def test_a_document_record_holds_every_field_of_the_document_block():
    """A field added to the front matter's `document:` block (scripts/catalogue/schema.py) must reach the open
    data: the record model (and so the JSON and CSV schemas) holds every field of the block but its relations,
    which relations.json publishes."""
    from scripts.catalogue.schema import DocumentBlock
    from scripts.open_data.models import DocumentRecord

    assert set(DocumentRecord.model_fields) == (set(DocumentBlock.model_fields) - {"relations"}) | {"id", "title", "url"}
