"""The site's own screen styles (docs/stylesheets/site.css and accessibility.css), written
inline into every page's <head> by overrides/main.html, so the first paint waits for no request but
Material's own CSS. Comments and runs of white space are dropped; the files stay in the built site too.
print.css is linked with media="print" (it never blocks the screen). Measured by
`python3.11 scripts/cli.py benchmark pages`."""
from __future__ import annotations

import pathlib
import re

INLINE = ("site.css", "accessibility.css")


def compact(css: str) -> str:
    """No comments, one space for any run of white space, none around braces and semicolons."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    css = re.sub(r"\s+", " ", css)
    return re.sub(r"\s*([{};])\s*", r"\1", css).strip()



def inline_css(docs_dir: pathlib.Path | str) -> str:
    """site.css and accessibility.css, compacted, for the <style> of every page."""
    folder = pathlib.Path(docs_dir) / "stylesheets"
    return "".join(compact((folder / name).read_text(encoding="utf-8")) for name in INLINE)
