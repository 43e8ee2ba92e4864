"""The site's own scripts (overrides/assets/javascripts/) and print.css are served without
their comment blocks, which explain them in the sources but cost every reader bytes (the budget of 10 KB
gzipped of own CSS and JS per page: `python3.11 scripts/cli.py benchmark pages`). Only comments that fill
whole lines go: in JavaScript a line that starts with `/*` always opens a comment."""
from __future__ import annotations

import pathlib
import re

# the comment may not contain "*/": a line "/* a */ code();" must not run on to a later comment's end
COMMENT_LINES = re.compile(r"^[ \t]*/\*(?:[^*]|\*(?!/))*\*/[ \t]*\n", re.MULTILINE)
from scripts.common.paths import OVERRIDES  # noqa: E402


def without_comment_lines(text: str) -> str:
    return COMMENT_LINES.sub("", text)


def own_assets(site_dir: pathlib.Path) -> list[pathlib.Path]:
    scripts = [site_dir / path.relative_to(OVERRIDES) for path in (OVERRIDES / "assets").rglob("*.js")]
    return [path for path in scripts + [site_dir / "stylesheets" / "print.css"] if path.is_file()]


def strip_comment_lines(site_dir: pathlib.Path | str) -> None:
    """In a built site, our scripts and print.css without their whole-line comments."""
    for path in own_assets(pathlib.Path(site_dir)):
        path.write_text(without_comment_lines(path.read_text(encoding="utf-8")), encoding="utf-8")
