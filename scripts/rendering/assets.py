"""The site's own scripts (overrides/assets/javascripts/) and print.css as readers get them: the scripts every
page runs are minified into one file, `assets/javascripts/site.js` (one request, and gzip compresses them
together: about 1.2 KB less per page than four commented files), the others minified each, print.css without
its comment lines. The sources keep their comments (the budget: 10 KB gzipped of own CSS and JS per page,
`python3.11 scripts/cli.py benchmark pages`). Minifying is rjsmin's: it removes comments and spaces only,
never renames or rewrites code."""
from __future__ import annotations

import pathlib
import re

import rjsmin

from scripts.common.paths import OVERRIDES

# the comment may not contain "*/": a line "/* a */ code();" must not run on to a later comment's end
COMMENT_LINES = re.compile(r"^[ \t]*/\*(?:[^*]|\*(?!/))*\*/[ \t]*\n", re.MULTILINE)
SCRIPTS = OVERRIDES / "assets" / "javascripts"
# The scripts of every page, in the order they must run (overrides/main.html loads the bundle deferred in
# <head>, before Material's bundle: the query rewriter patches the search worker before it is created)
SITE_SCRIPTS = ("reading-controls.js", "alternate-links.js", "search-query.js", "abbreviations.js")
SITE_BUNDLE = "assets/javascripts/site.js"


def without_comment_lines(text: str) -> str:
    return COMMENT_LINES.sub("", text)


def minified(script: str) -> str:
    return rjsmin.jsmin(script)


def site_bundle(folder: pathlib.Path = SCRIPTS) -> str:
    """SITE_SCRIPTS minified into one script, each statement list closed before the next begins."""
    return ";\n".join(minified((folder / name).read_text(encoding="utf-8")) for name in SITE_SCRIPTS) + ";\n"


def own_assets(site_dir: pathlib.Path) -> list[pathlib.Path]:
    scripts = [site_dir / path.relative_to(OVERRIDES) for path in SCRIPTS.rglob("*.js")]
    return [path for path in scripts + [site_dir / "stylesheets" / "print.css"] if path.is_file()]


def compact(site_dir: pathlib.Path | str) -> None:
    """In a built site, our scripts minified and print.css without its whole-line comments."""
    for path in own_assets(pathlib.Path(site_dir)):
        text = path.read_text(encoding="utf-8")
        path.write_text(minified(text) if path.suffix == ".js" else without_comment_lines(text), encoding="utf-8")
