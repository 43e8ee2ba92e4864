"""The site's own scripts and print.css are served without their whole-line comments: the filter. The built
assets are checked in tests/site/test_compact_assets_built.py."""
from scripts.rendering.assets import without_comment_lines


def test_whole_line_comments_go_and_code_stays():
    source = ('/* Explains the file\n * at length. */\n(function () {\n  var a = 1; /* kept: after code */\n'
              '  /* one line */\n  return "/* a string */";\n})();\n')
    assert without_comment_lines(source) == ('(function () {\n  var a = 1; /* kept: after code */\n'
                                             '  return "/* a string */";\n})();\n')
    code_after_comment = "/* a */ first();\nsecond(); /* b */\n"
    assert without_comment_lines(code_after_comment) == code_after_comment
