"""HTML validity: the Nu HTML Checker (npm vnu-jar, run with Java) finds no error in the built site, apart from
errors that Material's own templates make (listed below, each with where it comes from)."""
import re

from scripts.tools.browser import nu_html_check

# Errors stock Material 9.8.1 makes on every page; they come from its templates (base.html and partials),
# which this site does not copy: fixing them means overriding those templates wholesale.
STOCK_MATERIAL = {
    r"^Attribute “autocomplete” is only allowed when the input type is":
        "base.html: the drawer and search toggles are checkboxes with autocomplete=off (stops Firefox "
        "restoring their state)",
    r"^Bad value “” for attribute “tabindex” on element “label”":
        "partials/nav-item.html: section titles of navigation.sections get an empty tabindex",
    r"^The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control":
        "partials/toc.html: the table of contents title labels the hidden checkbox that opens it",
}


def own_errors(messages):
    return [m for m in messages if not any(re.search(pattern, m["message"]) for pattern in STOCK_MATERIAL)]


def test_the_site_has_no_html_error_of_its_own(site, npm_tools):
    errors = own_errors(nu_html_check(site))
    assert errors == [], "\n".join(f"{e['file']}:{e['line']}: {e['message']} | {e['extract'].strip()[:120]}"
                                   for e in errors[:40])


def test_the_checker_names_the_file_and_the_error(tmp_path, npm_tools):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.html").write_text(
        '<!doctype html><html lang="vi"><head><title>x</title>'
        '<meta name="description" content="chủ đề "Tự soi, tự sửa" là"></head><body><p>x</p></body></html>',
        encoding="utf-8")
    errors = own_errors(nu_html_check(tmp_path))
    assert errors and all(e["file"] == "sub/page.html" for e in errors)
    assert any("not allowed on element “meta”" in e["message"] for e in errors)
