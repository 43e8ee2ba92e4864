"""Content that cannot break the site (issue 18): markup refused in every front-matter field, files read
exactly as MkDocs reads them (a BOM never hides front matter, bad bytes name the file and the offset), no
YAML aliases, short error messages, stricter keys, numbers and relations, and a twin for every page."""
import pathlib
import re

import pytest
import yaml

from scripts.catalogue import CatalogueError, load, split_front_matter
from scripts.catalogue.errors import MAX_SHOWN
from scripts.catalogue.schema import check_plain_text, leaves
from tests.conftest import ROOT
from tests.unit.content_fixture import GLOSSARY, SOURCES, document, make_docs

DOC = "van-ban/ket-luan-21-kl-tw-2021.md"
HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</p><b>x", "<!-- x -->",
           "&lt;script&gt;", "&#60;b&#62;", "&copy"]


def error_for(tmp_path, pages) -> CatalogueError:
    with pytest.raises(CatalogueError) as caught:
        load(make_docs(tmp_path, pages))
    return caught.value


# --------------------------------------------------------------------------------------------------
# Markup in front matter


def _replace(value, path: str, new: str, here: str = ""):
    if isinstance(value, dict):
        return {k: _replace(v, path, new, f"{here}.{k}" if here else str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace(v, path, new, f"{here}[{i}]") for i, v in enumerate(value)]
    return new if here == path else value


def real_fields():
    """One real front-matter value per kind of field (document.provisions[].summary.vi, terms[].en, ...)
    over the whole site, in both languages: (file, dotted path, front matter)."""
    seen, cases = set(), []
    for file in sorted((ROOT / "docs").rglob("*.md")):
        rel = file.relative_to(ROOT / "docs").as_posix()
        meta, _ = split_front_matter(file.read_text(encoding="utf-8"), rel)
        for path, value in leaves(meta):
            if not isinstance(value, str):
                continue
            kind = re.sub(r"\[\d+\]", "[]", path) + (" (en)" if rel.endswith(".en.md") else "")
            if kind not in seen and path.rsplit(".", 1)[-1].split("[")[0] not in ("url", "urls"):
                seen.add(kind)
                cases.append((rel, path, meta))
    return cases


FIELDS = real_fields()


def test_every_kind_of_field_is_covered():
    paths = {path for _, path, _ in FIELDS}
    for expected in ("title", "document.subject.vi", "document.signer.vi", "events[0].label.en",
                     "sources[0].author", "terms[0].definition.vi", "translations[0].en",
                     "document.provisions[0].summary.vi"):
        assert any(re.sub(r"\[\d+\]", "[0]", p) == expected for p in paths), expected
    assert len(FIELDS) > 80


@pytest.mark.parametrize("payload", HOSTILE)
def test_markup_is_refused_in_every_field_naming_it(payload):
    for rel, path, meta in FIELDS:
        with pytest.raises(CatalogueError) as caught:
            check_plain_text(_replace(meta, path, f"Văn bản 21-KL/TW {payload}"), rel)
        assert (caught.value.file, caught.value.field) == (rel, path)
        assert "plain text" in caught.value.expected


@pytest.mark.parametrize("harmless", ["Inspection & discipline", "Q&A portal", "a < b", "R&D <3", "x > y"])
def test_plain_ampersands_and_angle_brackets_are_allowed(harmless):
    check_plain_text({"title": harmless, "document": {"subject": {"vi": harmless, "en": harmless}}}, "x.md")


def test_a_hostile_title_stops_the_build_with_file_and_field(tmp_path):
    text = document().replace("title: Văn bản 21-KL/TW", "title: 'Văn bản 21-KL/TW <img src=x onerror=alert(1)>'")
    error = error_for(tmp_path, {DOC: text, "van-ban/ket-luan-21-kl-tw-2021.en.md": "# Conclusion 21-KL/TW\n"})
    assert (error.file, error.field) == (DOC, "title")


def test_a_hostile_heading_title_stops_the_build(tmp_path):
    error = error_for(tmp_path, {"gioi-thieu.md": "# Giới thiệu <script>alert(1)</script>\n\nBàn về tự diễn biến.\n",
                                 "gioi-thieu.en.md": "# About\n"})
    assert (error.file, error.field) == ("gioi-thieu.md", "title")


def test_a_hostile_english_title_stops_the_build(tmp_path):
    error = error_for(tmp_path, {"van-ban/ket-luan-21-kl-tw-2021.en.md": "---\ntitle: '21-KL/TW <svg onload=alert(1)>'\n---\n"})
    assert (error.file, error.field) == ("van-ban/ket-luan-21-kl-tw-2021.en.md", "title")


# --------------------------------------------------------------------------------------------------
# Reading files


def _catalogue_summary(cat) -> tuple:
    return (sorted(cat.documents), [t.term for t in cat.terms], sorted(cat.sources), len(cat.events),
            {p: sorted(info.titles.items()) for p, info in cat.pages.items()})


def test_a_byte_order_mark_never_hides_the_front_matter(tmp_path):
    """A BOM (Windows editors) once made the glossary lose every term while the page still rendered."""
    plain = _catalogue_summary(load(make_docs(tmp_path / "plain")))
    with_bom = make_docs(tmp_path / "bom")
    for file in with_bom.rglob("*.md"):
        file.write_bytes(b"\xef\xbb\xbf" + file.read_bytes())
    assert _catalogue_summary(load(with_bom)) == plain
    assert plain[1] == ["tự diễn biến"]


def test_windows_line_endings_read_the_same(tmp_path):
    plain = _catalogue_summary(load(make_docs(tmp_path / "plain")))
    crlf = make_docs(tmp_path / "crlf")
    for file in crlf.rglob("*.md"):
        file.write_bytes(file.read_bytes().replace(b"\n", b"\r\n"))
    assert _catalogue_summary(load(crlf)) == plain


@pytest.mark.parametrize("page", ["thuat-ngu.md", DOC, "includes/abbreviations.md"])
def test_bytes_that_are_not_utf8_name_the_file_and_offset(tmp_path, page):
    docs = make_docs(tmp_path, {"includes/abbreviations.md": "*[TW]: Trung ương\n"})
    target = docs / page
    data = target.read_bytes()
    target.write_bytes(data[:20] + "ă".encode("cp1258") + b"\xff" + data[20:])
    with pytest.raises(CatalogueError) as caught:
        load(docs)
    assert (caught.value.file, caught.value.field) == (page, "encoding")
    assert "offset 20" in str(caught.value) and "line" in str(caught.value)


def test_multimarkdown_metadata_is_refused(tmp_path):
    """MkDocs reads `key: value` first lines as metadata when there is no '---' block: they would vanish
    from the page while the catalogue saw no front matter."""
    error = error_for(tmp_path, {"gioi-thieu.md": "title: Giới thiệu\n\n# Giới thiệu\n"})
    assert (error.file, error.field) == ("gioi-thieu.md", "front matter")


# --------------------------------------------------------------------------------------------------
# YAML and error messages


BOMB = """\
---
title: Bom
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
---
# Bom
"""


def test_yaml_aliases_are_refused_before_they_expand(tmp_path):
    error = error_for(tmp_path, {"bom.md": BOMB})
    assert (error.file, error.field) == ("bom.md", "front matter")
    assert "anchors and aliases" in error.expected and "&a" in str(error)
    assert len(str(error)) < 400


def test_an_alias_in_a_date_is_refused(tmp_path):
    text = document().replace("title: Văn bản 21-KL/TW", "title: &t Văn bản 21-KL/TW").replace(
        '  subject: {vi: "Trích yếu"', '  subject: {vi: *t')
    error = error_for(tmp_path, {DOC: text})
    assert error.field == "front matter" and "alias" in str(error) or "anchor" in str(error)


def test_an_ampersand_in_text_is_not_an_anchor(tmp_path):
    text = document().replace('{vi: "Trích yếu", en: "Subject"', '{vi: "Trích yếu", en: "Inspection & discipline *"')
    cat = load(make_docs(tmp_path, {DOC: text}))
    assert cat.documents["ket-luan-21-kl-tw-2021"].subject.value["en"] == "Inspection & discipline *"


def test_error_messages_show_a_short_value(tmp_path):
    huge = "x" * 100_000
    error = error_for(tmp_path, {DOC: document(date=f'"{huge}"')})
    assert error.field == "document.date" and len(str(error)) < MAX_SHOWN + 400
    nested = yaml.safe_dump({"v": [[list(range(50))] * 50] * 50})
    assert len(str(CatalogueError("f.md", "x", "y", yaml.safe_load(nested)))) < MAX_SHOWN + 100


# --------------------------------------------------------------------------------------------------
# Stricter schema


@pytest.mark.parametrize(("old", "new", "field", "hint"), [
    ("  signer: null", "  signr: null", "document.signr", "did you mean 'signer'"),
    ("  signer: null", "  signer: {vi: Ông A, en: Mr A, extra: 1, source: [bai-a]}", "document.signer.extra", None),
    ("  issuer: {value: bch-tw, source: [bai-a]}", "  issuer: {value: bch-tw, sourec: [bai-a]}",
     "document.issuer.sourec", "did you mean 'source'"),
    ('  subject: {vi: "Trích yếu", en: "Subject", source: [bai-a]}',
     '  subject: {vi: "Trích yếu", en: "Subject", fr: "Objet", source: [bai-a]}', "document.subject.fr", None),
])
def test_unknown_keys_fail_everywhere_with_a_near_miss_named(tmp_path, old, new, field, hint):
    text = document().replace(old, new)
    assert text != document()
    error = error_for(tmp_path, {DOC: text})
    assert (error.file, error.field) == (DOC, field)
    if hint:
        assert hint in str(error)


def test_unknown_key_in_a_glossary_term_suggests_the_right_one(tmp_path):
    error = error_for(tmp_path, {"thuat-ngu.md": GLOSSARY.replace("definition:", "defintion:")})
    assert error.field == "terms[0].defintion" and "did you mean 'definition'" in str(error)


def test_unknown_key_in_a_source_entry(tmp_path):
    error = error_for(tmp_path, {"nguon.md": SOURCES.replace("    kind: article\n", "    kind: article\n    autor: X\n", 1)})
    assert error.field == "sources[0].autor" and "did you mean 'author'" in str(error)


def test_a_number_is_unique_per_type_issuer_and_khoa(tmp_path):
    """Numbers restart with each khóa: the same number in the same khóa is a mistake even in another year."""
    error = error_for(tmp_path, {"van-ban/ket-luan-21-kl-tw-2022.md": document(date="2022-01-05")})
    assert (error.file, error.field) == ("van-ban/ket-luan-21-kl-tw-2022.md", "document.number")
    assert "khóa" in error.expected


def test_the_same_number_in_another_khoa_is_fine(tmp_path):
    cat = load(make_docs(tmp_path, {"van-ban/ket-luan-21-kl-tw-2012.md": document(date="2012-01-05", term="XI")}))
    assert len(cat.documents) == 2


RELATION = "\n    - {{type: {kind}, target: {target}, source: [bai-a]}}"
PLAN = "van-ban/ke-hoach-03-kh-tw-2021.md"


def test_a_relation_listed_twice_fails(tmp_path):
    twice = RELATION.format(kind="thuc-hien", target="ket-luan-21-kl-tw-2021") * 2
    error = error_for(tmp_path, {PLAN: document("03-KH/TW", "ke-hoach", relations=twice)})
    assert (error.file, error.field) == (PLAN, "document.relations[1]") and "once" in error.expected


@pytest.mark.parametrize(("there", "back"), [("thuc-hien", "thuc-hien"), ("thay-the", "thay-the"),
                                             ("thay-the", "sua-doi")])
def test_contradictory_relations_fail(tmp_path, there, back):
    pages = {PLAN: document("03-KH/TW", "ke-hoach", relations=RELATION.format(kind=there, target="ket-luan-21-kl-tw-2021")),
             DOC: document(relations=RELATION.format(kind=back, target="ke-hoach-03-kh-tw-2021"))}
    error = error_for(tmp_path, pages)
    assert error.field.startswith("document.relations[0]") and "contradict" in error.expected


def test_mentions_may_go_both_ways(tmp_path):
    pages = {PLAN: document("03-KH/TW", "ke-hoach", relations=RELATION.format(kind="nhac-den", target="ket-luan-21-kl-tw-2021")),
             DOC: document(relations=RELATION.format(kind="nhac-den", target="ke-hoach-03-kh-tw-2021"))}
    assert len(load(make_docs(tmp_path, pages)).documents) == 2


def test_the_title_contains_the_number(tmp_path):
    error = error_for(tmp_path, {DOC: document().replace("title: Văn bản 21-KL/TW", "title: Văn bản 22-KL/TW"),
                                 "van-ban/ket-luan-21-kl-tw-2021.en.md": "# Conclusion 21-KL/TW\n"})
    assert (error.file, error.field) == (DOC, "title") and "21-KL/TW" in error.expected


def test_the_english_title_contains_the_number(tmp_path):
    error = error_for(tmp_path, {"van-ban/ket-luan-21-kl-tw-2021.en.md": "# Conclusion 12-KL/TW\n"})
    assert (error.file, error.field) == ("van-ban/ket-luan-21-kl-tw-2021.en.md", "title")


def test_a_numbered_id_needs_a_number(tmp_path):
    error = error_for(tmp_path, {DOC: document(number=None).replace("title: Văn bản None", "title: Văn bản")})
    assert (error.file, error.field) == (DOC, "document.number")


@pytest.mark.parametrize("number", ["21\u2011KL/TW", "21\u2013KL/TW", "21-KL\u2044TW", "21 -KL/TW", "21-KL/TW "])
def test_numbers_take_only_ascii_hyphens_and_slashes(tmp_path, number):
    text = document().replace("  number: 21-KL/TW", f'  number: "{number}"')
    error = error_for(tmp_path, {DOC: text})
    assert (error.file, error.field) == (DOC, "document.number")


# --------------------------------------------------------------------------------------------------
# Twins


def test_a_missing_english_twin_stops_the_build(tmp_path):
    error = error_for(tmp_path, {"van-ban/ket-luan-21-kl-tw-2021.en.md": None})
    assert (error.file, error.field) == ("van-ban/ket-luan-21-kl-tw-2021.en.md", "file")
    assert "van-ban/ket-luan-21-kl-tw-2021.md" in error.expected


def test_an_english_page_without_a_vietnamese_one_stops_the_build(tmp_path):
    error = error_for(tmp_path, {"gioi-thieu.en.md": "# About\n"})
    assert (error.file, error.field) == ("gioi-thieu.md", "file")


def test_every_real_page_has_its_twin():
    for file in (ROOT / "docs").rglob("*.md"):
        rel = file.relative_to(ROOT / "docs")
        if rel.parts[0] != "includes" and not file.name.endswith(".en.md"):
            assert file.with_name(file.stem + ".en.md").is_file(), rel


def test_all_content_errors_name_a_file_in_the_tree(tmp_path):
    """The error's file is one the writer can open (relative to docs/)."""
    error = error_for(tmp_path, {DOC: document().replace("  signer: null", "  signr: null")})
    assert pathlib.Path(tmp_path, error.file).is_file()


# --------------------------------------------------------------------------------------------------
# Link schemes


@pytest.mark.parametrize("body", ["[Bấm](javascript:alert(1))", "[Bấm][x]\n\n[x]: javascript:alert(1)",
                                  "<javascript:alert(1)>", '<a href="javascript:alert(1)">Bấm</a>',
                                  "[Bấm](JaVaScRiPt:alert(1))", '<img src="data:image/svg+xml,x">',
                                  "[Bấm](vbscript:x)"])
def test_links_with_other_schemes_stop_the_build(tmp_path, body):
    error = error_for(tmp_path, {"gioi-thieu.md": f"# Giới thiệu\n\n{body}\n"})
    assert (error.file, error.field) == ("gioi-thieu.md", "link")


def test_web_and_mail_links_are_fine(tmp_path):
    body = "[a](https://example.org/) <https://example.org/> [b](mailto:a@example.org) [c](nguon.md#x)"
    load(make_docs(tmp_path, {"gioi-thieu.md": f"# Giới thiệu\n\n{body}\n"}))
