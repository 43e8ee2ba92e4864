"""Content that cannot break the site, on real builds: a payload of Markdown and HTML punctuation in every
prose value of the front matter is shown exactly as written wherever it lands (pages, titles, attributes,
SVG), the open data and search indexes carry it as data; a byte-order mark or Windows line ends in any page
change nothing in the site; every page carries its Content-Security-Policy before any script."""
import csv
import io
import json
import re

import pytest

from scripts.rendering.content_security import script_hash, template_scripts
from scripts.tools.hostile_content import PAYLOAD, payload_problems
from tests.conftest import copy_project, mkdocs_build
from tests.folder_diff import differences


def test_the_payload_is_shown_as_written_everywhere(hostile_project):
    found, problems = payload_problems(hostile_project / "site")
    assert problems == []
    assert found > 5000  # every listing, card, footnote, title and attribute that shows a prose value


def test_the_payload_reaches_the_page_title_header_and_navigation_as_text(hostile_project):
    page = (hostile_project / "site" / "van-ban" / "quy-dinh-37-qd-tw-2021" / "index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", page, re.DOTALL).group(1)
    assert "Qzpayload R&amp;D &lt;3" in title or "Qzpayload R&D <3" in title  # Material prints it raw: harmless by validation
    assert "<em>i</em>" not in page.split('<article', 1)[0].split("<title>", 1)[1]


def test_open_data_and_search_carry_the_payload_as_data(hostile_project):
    site = hostile_project / "site"
    documents = json.loads((site / "du-lieu" / "documents.json").read_text(encoding="utf-8"))
    subject = next(d for d in documents["documents"] if d["id"] == "quy-dinh-37-qd-tw-2021")["subject"]["value"]["vi"]
    assert subject.endswith(PAYLOAD)
    rows = list(csv.DictReader(io.StringIO((site / "du-lieu" / "documents.csv").read_text(encoding="utf-8"))))
    assert next(r for r in rows if r["id"] == "quy-dinh-37-qd-tw-2021")["subject_vi"].endswith(PAYLOAD)
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any("Qzpayload" in doc["title"] for doc in index["docs"])


BOM_PAGES = ["thuat-ngu.md", "thuat-ngu.en.md", "chien-dich/index.md", "bang-dich.md", "nguon.md",
             "van-ban/quy-dinh-37-qd-tw-2021.md", "van-ban/quy-dinh-37-qd-tw-2021.en.md", "index.md"]


def test_a_byte_order_mark_or_windows_line_ends_change_nothing(tmp_path, monkeypatch):
    """Once, a BOM made the glossary lose every term (181 KB → 34 KB) and the timeline its events, green."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764900000")
    plain = copy_project(tmp_path / "plain")
    marked = copy_project(tmp_path / "marked")
    for rel in BOM_PAGES:
        file = marked / "docs" / rel
        data = file.read_bytes()
        file.write_bytes(b"\xef\xbb\xbf" + (data.replace(b"\n", b"\r\n") if "en" in rel else data))
    for project in (plain, marked):
        result = mkdocs_build(project, project / "site", "http://127.0.0.1:8000/")
        assert result.returncode == 0, result.stderr[-3000:]
    assert differences(plain / "site", marked / "site") == []
    glossary = (marked / "site" / "thuat-ngu" / "index.html").read_text(encoding="utf-8")
    assert 'md-typeset' in glossary and len(glossary) > 100_000


@pytest.mark.parametrize("bad", [b"\xff\xfe", "ă".encode("cp1258") + b"\x80"])
def test_bytes_that_are_not_utf8_fail_the_build_naming_the_file(tmp_path, bad):
    project = copy_project(tmp_path / "project")
    file = project / "docs" / "thuat-ngu.md"
    data = file.read_bytes()
    file.write_bytes(data[:100] + bad + data[100:])
    result = mkdocs_build(project, project / "site")
    assert result.returncode != 0
    assert "thuat-ngu.md: field 'encoding': expected UTF-8 text" in result.stderr
    assert "offset 100" in result.stderr and "Traceback" not in result.stderr[-2000:]


def test_a_missing_english_twin_fails_the_build_naming_it(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "dia-phuong" / "kon-ray.en.md").unlink()
    result = mkdocs_build(project, project / "site")
    assert result.returncode != 0
    assert "dia-phuong/kon-ray.en.md: field 'file': expected the en edition of dia-phuong/kon-ray.md" in result.stderr


# --------------------------------------------------------------------------------------------------
# Content-Security-Policy


CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def test_every_page_has_one_policy_before_any_script_that_allows_exactly_its_template_scripts(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 100
    for file in pages:
        text = file.read_text(encoding="utf-8")
        policies = CSP.findall(text)
        assert len(policies) == 1, file
        assert text.find("<script") == -1 or CSP.search(text).start() < text.find("<script"), file
        script_src = re.search(r"script-src ([^;]+)", policies[0]).group(1).split()
        assert script_src[0] == "'self'" and "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
        assert sorted(script_src[1:]) == sorted({script_hash(b) for b in template_scripts(text)}), file
        assert "object-src 'none'" in policies[0] and "base-uri 'self'" in policies[0]


def test_an_inline_script_in_the_content_is_not_allowed_by_the_policy(hostile_project):
    text = (hostile_project / "site" / "van-ban" / "quy-dinh-37-qd-tw-2021" / "index.html").read_text(encoding="utf-8")
    assert 'window.__injected = "inline script"' in text  # Markdown let it through ...
    policy = CSP.search(text).group(1)
    assert script_hash('window.__injected = "inline script"') not in policy  # ... the policy does not

