"""Generated blocks: a page line `<!-- generated: NAME -->` becomes Markdown built from the catalogue.

BUILDERS below is the one registry of names; each builder takes (page path, catalogue, language) and
returns Markdown. The builders never read pages, only the catalogue.

indexes.py         listings: documents by type, issuer, khóa, date and topic; timeline; glossary; sources;
                   places; topics; forms; translation table
diagrams.py        inline SVG: the timeline chart and each document's relation diagram
document_finder.py the document finder's table and form
study_guides.py    a guide's documents, the list of guides, the handbook's contents
provisions.py      what a document says, provision by provision; its status; replacements
self_examination.py the self-examination sheet, from the provisions of 37-QĐ/TW and 04-NQ/TW
meeting.py         preparing the self-criticism meeting: its study guides in order, the sheet's parts and coverage
document_pages.py  each document page's card, relations and backlinks (not a marker: every document page)
citations.py       [@source] citations as footnotes (every page)
translations.py    a translation's heading anchors, taken from its Vietnamese page
"""
from __future__ import annotations

from scripts.catalogue import Catalogue, CatalogueError
from scripts.common.markdown import MARKER
from scripts.generate import indexes, meeting, provisions, self_examination, study_guides
from scripts.generate.diagrams import timeline_chart
from scripts.generate.document_finder import document_finder
from scripts.open_data.records import files_table, licence_note

BUILDERS = {
    "documents-by-type": indexes.documents_by_type,
    "documents-by-issuer": indexes.documents_by_issuer,
    "documents-by-term": indexes.documents_by_khoa,
    "documents-by-date": indexes.documents_by_date,
    "documents-by-topic": indexes.documents_by_topic,
    "timeline": indexes.timeline,
    "glossary": indexes.glossary,
    "sources": indexes.sources,
    "places": indexes.places,
    "topics": indexes.topics,
    "forms": indexes.forms,
    "translation-table": indexes.translation_table,
    "timeline-chart": timeline_chart,
    "open-data-files": files_table,
    "open-data-licence": licence_note,
    "document-finder": document_finder,
    "guide-documents": study_guides.guide_documents,
    "study-guides": study_guides.study_guides,
    "handbook": study_guides.handbook,
    "provisions": provisions.provisions_section,
    "replacements": provisions.replacements,
    "replaced-documents": provisions.replaced_documents,
    "self-examination-sheet": self_examination.sheet,
    "meeting-guides": meeting.meeting_guides,
    "meeting-sheet": meeting.meeting_sheet,
}


def expand_markers(markdown: str, path: str, cat: Catalogue, lang: str) -> str:
    """Replace every generated-block marker; an unknown name stops the build."""
    def replace(match) -> str:
        name = match.group(1)
        if name not in BUILDERS:
            raise CatalogueError(path, f"<!-- generated: {name} -->", "one of " + ", ".join(BUILDERS))
        return BUILDERS[name](path, cat, lang)

    return MARKER.sub(replace, markdown)
