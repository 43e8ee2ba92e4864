"""Turn `[@source-id]` citation markers into numbered footnotes that link the Sources page.

A source's first BACKLINKED_CITATIONS citations on a page are Python-Markdown footnote references, each with
its own back-link (↩) in the footnote. Later citations of the same source link to the same footnote, with
the same number, but get no back-link: a footnote with dozens of arrows helps no reader, and Python-Markdown
numbers repeated references in a loop over the earlier ones, so a generated listing that cites one source on
every row made the build quadratic in the number of rows (`benchmark build`, 2,000 documents).
"""
from __future__ import annotations

import re

from scripts.catalogue import Catalogue
from scripts.common.markdown import CITATION, link

SOURCES_PAGE = "nguon.md"
BACKLINKED_CITATIONS = 10
# Footnote definitions written by hand come before ours in Python-Markdown's numbering (definition order)
DEFINITION = re.compile(r"^ {0,3}\[\^([^\]]+)\]:", re.MULTILINE)


def footnote_label(source_id: str) -> str:
    return f"src-{source_id}"


def render_citations(markdown: str, page_path: str, catalogue: Catalogue, lang: str) -> str:
    """Replace each marker with a footnote reference and append one definition per cited source."""
    from scripts.common.labels import text

    cited: dict[str, int] = {}  # source id → citations so far, in order of first citation
    offset = len(set(DEFINITION.findall(markdown)))

    def reference(match) -> str:
        source_id = match.group(1)
        cited[source_id] = cited.get(source_id, 0) + 1
        label = footnote_label(source_id)
        if cited[source_id] <= BACKLINKED_CITATIONS:
            return f"[^{label}]"
        number = offset + list(cited).index(source_id) + 1
        return f'<sup class="footnote-repeat"><a class="footnote-ref" href="#fn:{label}">{number}</a></sup>'

    markdown = CITATION.sub(reference, markdown)
    if not cited:
        return markdown
    definitions = []
    for source_id in cited:
        short = catalogue.sources[source_id]["short"]
        label = short.get(lang) or short["vi"]
        target = link(page_path, SOURCES_PAGE, label, anchor=source_id)
        definitions.append(f"[^{footnote_label(source_id)}]: {text('footnote_prefix', lang)} {target}")
    return markdown.rstrip("\n") + "\n\n" + "\n".join(definitions) + "\n"
