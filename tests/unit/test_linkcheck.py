"""The link checker itself can fail: on a fixture site with known faults it reports each one."""
import pathlib
import shutil

from scripts.tools.linkcheck import check

FIXTURE = pathlib.Path(__file__).parent / "fixtures" / "linkcheck-site"


def test_reports_the_broken_link_and_the_broken_anchor_and_nothing_else():
    problems = check(FIXTURE)
    assert [(p.page, p.url) for p in problems] == [
        ("index.html", "missing.html"),
        ("index.html", "sub/page.html#no-such-anchor"),
    ]
    assert "no such file" in problems[0].reason
    assert "no element with id 'no-such-anchor'" in problems[1].reason


def test_reports_resources_loaded_from_another_host(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(FIXTURE, site)
    page = site / "sub" / "page.html"
    page.write_text(page.read_text().replace(
        "<title>", '<script src="https://cdn.example.com/x.js"></script><title>'))
    (site / "style.css").write_text("@font-face { src: url(https://fonts.example.com/f.woff2); }")
    reasons = {(p.page, p.url): p.reason for p in check(site)}
    assert "another host" in reasons[("sub/page.html", "https://cdn.example.com/x.js")]
    assert "another host" in reasons[("style.css", "https://fonts.example.com/f.woff2")]


def test_reports_a_page_no_link_leads_to(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(FIXTURE, site)
    (site / "orphan.html").write_text("<!doctype html><title>Orphan</title>")
    unreachable = [p for p in check(site) if "not reachable" in p.reason]
    assert [p.page for p in unreachable] == ["orphan.html"]


def fixture_with(tmp_path, markup: str):
    """A copy of the fixture site whose sub/page.html ends with `markup`."""
    site = tmp_path / "site"
    shutil.copytree(FIXTURE, site)
    page = site / "sub" / "page.html"
    page.write_text(page.read_text().replace("</body>", markup + "</body>"))
    return site


def test_checks_links_inside_inline_svg(tmp_path):
    """Relation diagrams are inline SVG whose boxes are <a href> links: a broken one is reported."""
    site = fixture_with(tmp_path, '<svg viewBox="0 0 10 10"><a href="../index.html"><text>ok</text></a>'
                                  '<a href="../no-such-page/"><rect/></a></svg>')
    problems = [(p.page, p.url) for p in check(site) if p.page == "sub/page.html"]
    assert problems == [("sub/page.html", "../no-such-page/")]


def test_reports_links_with_schemes_other_than_http_https_and_mailto(tmp_path):
    site = fixture_with(tmp_path, '<a href="javascript:alert(1)">a</a><a href=" JaVa&#09;Script:alert(1)">b</a>'
                                  '<iframe src="data:text/html,x"></iframe><form action="vbscript:x"></form>'
                                  '<a href="mailto:a@example.org">ok</a><a href="https://example.org/">ok</a>')
    reasons = sorted(p.reason for p in check(site) if p.page == "sub/page.html")
    assert len(reasons) == 4
    assert sum("'javascript:'" in r for r in reasons) == 2
    assert any("'data:'" in r for r in reasons) and any("'vbscript:'" in r for r in reasons)
