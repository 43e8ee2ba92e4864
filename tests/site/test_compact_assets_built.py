"""The site's own scripts and print.css are served without their whole-line comments: the built assets. The
filter itself is tested in tests/unit/test_compact_assets.py."""
import re

from scripts.rendering.assets import own_assets


def test_built_assets_carry_no_comment_lines(site):
    assets = own_assets(site)
    names = {path.name for path in assets}
    assert {"search-query.js", "lunr.fold.min.js", "reading-controls.js", "print.css"} <= names
    for path in assets:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*/\*", text, re.MULTILINE), path
        assert text.strip(), path
