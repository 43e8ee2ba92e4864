"""Preparing the self-criticism and criticism meeting (tai-lieu-hoc-tap/chuan-bi-hoi-nghi.md): the study aids a
Party cell secretary gathers for it, listed from the catalogue so that the page never retypes a title, a count
or a coverage figure.

Generated blocks (registered in scripts/generate/__init__.py):
  meeting-guides  the meeting's own study guide, then the guide of each main content in order: what each is
                  for, the page it summarises, how many documents it lists and, in a build with PDFs, its PDF
  meeting-sheet   the parts of the self-examination sheet: the document each draws on and how much of it the
                  sources cover (what the sheet leaves blank), and, in a build with PDFs, the sheet's PDF
"""
from __future__ import annotations

from scripts.catalogue import Catalogue, CatalogueError, Guide
from scripts.common.labels import text
from scripts.common.markdown import link
from scripts.generate.provisions import coverage
from scripts.generate.self_examination import SHEET_PAGE, sheet_parts
from scripts.generate.study_guides import MEETING_PAGE, document_count, guide_order, guide_subject, pdf_link

__all__ = ["MEETING_PAGE", "meeting_guides", "meeting_sheet"]
MEETING_FORM = "hinh-thuc/hoi-nghi-tu-phe-binh-va-phe-binh.md"


def _guide_item(n: int, guide: Guide, path: str, cat: Catalogue, lang: str) -> str:
    documents = text("documents_count", lang, n=document_count(guide, cat))
    kind, subject = guide_subject(guide, cat, lang)
    if guide.topic is None:
        use = text("meeting_guide_form", lang, page=link(path, subject, cat.title(subject, lang)), documents=documents)
    else:
        use = text("meeting_guide_topic", lang, n=guide.topic, page=link(path, subject, kind), documents=documents)
    title = cat.title(guide.path, lang)
    pdf = pdf_link(path, guide.path, lang, title)
    return f"{n}. **{link(path, guide.path, title)}**: {use}" + (f" {pdf}" if pdf else "")


def meeting_guides(path: str, cat: Catalogue, lang: str) -> str:
    """The guide of the meeting's form first, then the guides of the main contents by number."""
    own = [g for g in cat.guides if g.form == MEETING_FORM]
    topics = sorted((g for g in cat.guides if g.topic is not None), key=guide_order)
    if not own and not topics:
        raise CatalogueError(path, "<!-- generated: meeting-guides -->", "at least one page with a 'guide:' block")
    return "\n".join(_guide_item(n, guide, path, cat, lang) for n, guide in enumerate(own + topics, 1)) + "\n"


def meeting_sheet(path: str, cat: Catalogue, lang: str) -> str:
    """One line per part of the sheet: the part (a link to it), then how much of its document is summarised."""
    if SHEET_PAGE not in cat.pages:
        raise CatalogueError(path, "<!-- generated: meeting-sheet -->", f"a self-examination sheet at {SHEET_PAGE}")
    lines = []
    for number, doc, _, items, name, subject in sheet_parts(cat, lang):
        part = text("sheet_part", lang, n=number, document=name, subject=subject)
        lines.append(f"- {link(path, SHEET_PAGE, part, anchor=f'phan-{number}')}: {coverage(doc, lang, items)}")
    pdf = pdf_link(path, SHEET_PAGE, lang, cat.title(SHEET_PAGE, lang))
    return "\n".join(lines) + (f"\n\n{pdf}" if pdf else "") + "\n"
