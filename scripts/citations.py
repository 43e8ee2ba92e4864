"""Turn `[@source-id]` citation markers into numbered footnotes that link the Sources page."""
from __future__ import annotations

from scripts.catalogue import CITATION, Catalogue
from scripts.page_links import link

SOURCES_PAGE = "nguon.md"


def footnote_label(source_id: str) -> str:
    return f"src-{source_id}"


def render_citations(markdown: str, page_path: str, catalogue: Catalogue, lang: str) -> str:
    """Replace each marker with a footnote reference and append one definition per cited source."""
    from scripts.labels import text

    cited: list[str] = []

    def reference(match) -> str:
        source_id = match.group(1)
        if source_id not in cited:
            cited.append(source_id)
        return f"[^{footnote_label(source_id)}]"

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
