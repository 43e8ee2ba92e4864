"""The site's own scripts and print.css are served without their whole-line comments."""
import re

from scripts.rendering.assets import own_assets, without_comment_lines


def test_whole_line_comments_go_and_code_stays():
    source = ('/* Explains the file\n * at length. */\n(function () {\n  var a = 1; /* kept: after code */\n'
              '  /* one line */\n  return "/* a string */";\n})();\n')
    assert without_comment_lines(source) == ('(function () {\n  var a = 1; /* kept: after code */\n'
                                             '  return "/* a string */";\n})();\n')
    code_after_comment = "/* a */ first();\nsecond(); /* b */\n"
    assert without_comment_lines(code_after_comment) == code_after_comment


def test_built_assets_carry_no_comment_lines(site):
    assets = own_assets(site)
    names = {path.name for path in assets}
    assert {"search-query.js", "lunr.fold.min.js", "reading-controls.js", "print.css"} <= names
    for path in assets:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*/\*", text, re.MULTILINE), path
        assert text.strip(), path
