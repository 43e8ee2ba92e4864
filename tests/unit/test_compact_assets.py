"""The site's own scripts and print.css are served without their whole-line comments: the filter. The built
assets are checked in tests/site/test_compact_assets_built.py."""
import re

from scripts.rendering.assets import without_comment_lines


def test_whole_line_comments_go_and_code_stays():
    source = ('/* Explains the file\n * at length. */\n(function () {\n  var a = 1; /* kept: after code */\n'
              '  /* one line */\n  return "/* a string */";\n})();\n')
    assert without_comment_lines(source) == ('(function () {\n  var a = 1; /* kept: after code */\n'
                                             '  return "/* a string */";\n})();\n')
    code_after_comment = "/* a */ first();\nsecond(); /* b */\n"
    assert without_comment_lines(code_after_comment) == code_after_comment


def test_the_scripts_of_every_page_are_one_minified_file_in_their_running_order(tmp_path):
    from scripts.rendering.assets import SITE_SCRIPTS, site_bundle

    for i, name in enumerate(SITE_SCRIPTS):
        (tmp_path / name).write_text(f"/* {name}: explained */\n(function () {{\n  // step\n  var n{i} = {i};\n}})()\n")
    bundle = site_bundle(tmp_path)
    assert "explained" not in bundle and "step" not in bundle and "  " not in bundle
    assert [int(n) for n in re.findall(r"var n(\d)=", bundle)] == list(range(len(SITE_SCRIPTS)))
    assert bundle.count("})();") == len(SITE_SCRIPTS)  # each closed before the next one begins

