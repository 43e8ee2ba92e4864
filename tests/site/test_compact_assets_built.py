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


def test_every_page_loads_the_one_site_script_before_materials_bundle(site):
    from scripts.rendering.assets import SITE_BUNDLE

    bundle = (site / SITE_BUNDLE).read_text(encoding="utf-8")
    for token in ("reading.text-size", "searchQuery", "sitemap", "abbr"):  # one of each script's own words
        assert token in bundle, token
    assert len(bundle) < 12_000 and "\n  " not in bundle  # minified
    for page in [site / "index.html", site / "en" / "van-ban" / "tra-cuu" / "index.html"]:
        html = page.read_text(encoding="utf-8")
        ours, material = html.find('/site.js" defer'), html.find("/bundle.")
        assert 0 < ours < material, page
        assert "search-query.js" not in html and "reading-controls.js" not in html
