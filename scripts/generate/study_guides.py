"""Study guides (docs/tai-lieu-hoc-tap/): the generated blocks of the guide pages and of the handbook print
view, and the names of the ready-made PDFs that `python3.11 scripts/cli.py pdf` prints from them.

Generated blocks (registered in scripts/generate/__init__.py):
  guide-documents  on a guide page: the documents behind it, with number, type, issuer and date
  study-guides     the list of guides (index page)
  handbook         the handbook's table of contents and one placeholder per included page, which
                   scripts/printing/handbook.py fills with that page's rendered content
"""
from __future__ import annotations

import html
import os
import posixpath

from scripts.catalogue import Catalogue, CatalogueError, Document, Guide, Topic
from scripts.common.labels import keys, label, text
from scripts.common.markdown import cite, escape, link, opens_with, table
from scripts.common.pages import href
from scripts.common.slugs import slugify
from scripts.generate.document_pages import date_text, issuer_text
from scripts.generate.provisions import provisions_brief
from scripts.generate.self_examination import SHEET_PAGE

HANDBOOK_PAGE = "tai-lieu-hoc-tap/so-tay.md"
# The build links the PDFs only when this variable is set (scripts/tools/pdf.py sets it and prints them), so that
# the everyday build never links a file it has not made.
PDF_ENV = "STUDY_GUIDE_PDFS"
PDF_PREFIX = "tu-soi-tu-sua"
GUIDE_PROVISIONS_ANCHOR = "van-ban-noi-gi"  # the guide's list of what its documents say
MEETING_PAGE = "tai-lieu-hoc-tap/chuan-bi-hoi-nghi.md"  # preparing the meeting: printed on its own and in the handbook


def pdfs_wanted() -> bool:
    return os.environ.get(PDF_ENV, "") not in ("", "0")


def pdf_pages(cat: Catalogue) -> list[str]:
    """The pages that get a ready-made PDF: the meeting page, every guide, the self-examination sheet and the
    handbook."""
    meeting = [MEETING_PAGE] if MEETING_PAGE in cat.pages else []
    sheet = [SHEET_PAGE] if SHEET_PAGE in cat.pages else []
    return meeting + [guide.path for guide in sorted(cat.guides, key=guide_order)] + sheet + [HANDBOOK_PAGE]


def pdf_name(path: str, lang: str, default_lang: str = "vi") -> str:
    """`tai-lieu-hoc-tap/noi-dung-1.md` -> `tu-soi-tu-sua-noi-dung-1.pdf` (`...-en.pdf` in English)."""
    stem = posixpath.splitext(posixpath.basename(path))[0]
    return f"{PDF_PREFIX}-{stem}{'' if lang == default_lang else '-' + lang}.pdf"


def pdf_link(from_page: str, to_page: str, lang: str, name: str) -> str:
    """In a build with PDFs, a link from one page to another page's ready-made PDF, left out on paper; its
    accessible name adds `name` (that page's title) to the words shown. In the everyday build, nothing."""
    if not pdfs_wanted():
        return ""
    words = text("pdf_download", lang)
    target = href(from_page, to_page) + pdf_name(to_page, lang)
    return (f'<span class="pdf-download"><a href="{html.escape(target)}" download '
            f'aria-label="{html.escape(f"{words}: {name}")}">{html.escape(words)}</a></span>')


def page_dir(path: str) -> str:
    """The built folder of a page (directory URLs): `a/b.md` -> `a/b`, `a/index.md` -> `a`."""
    stem = posixpath.splitext(path)[0]
    return posixpath.dirname(stem) if posixpath.basename(stem) == "index" else stem


def guide_order(guide: Guide) -> tuple:
    """Topic guides by number, then form guides."""
    return (guide.topic is None, guide.topic or 0, guide.path)


def guide_at(path: str, cat: Catalogue) -> Guide:
    guide = next((g for g in cat.guides if g.path == path), None)
    if guide is None:
        raise CatalogueError(path, "<!-- generated: guide-documents -->", "a page with a 'guide:' front-matter block")
    return guide


# --------------------------------------------------------------------------------------------------
# Generated blocks


def _documents_table(path: str, docs: list[Document], lang: str, cat: Catalogue) -> str:
    """Number, title, type, issuer and date of each document; unknown values say so, known ones cite."""
    def sourced(value: str, known: bool, sources: list[str]) -> str:
        return value + cite(sources) if known else f"*{value}*"

    header = [text("col_number", lang), text("col_document", lang), text("col_type", lang),
              text("col_issuer", lang), text("col_date", lang)]
    rows = [[escape(doc.number) if doc.number else f"*{text('number_unknown', lang)}*",
             link(path, doc.path, cat.title(doc.path, lang)),
             label("types", doc.type, lang),
             sourced(issuer_text(doc, lang), doc.issuer.known, doc.issuer.sources),
             sourced(date_text(doc, lang), doc.date.known, doc.date.sources)]
            for doc in docs]
    return table(header, rows)


def guide_documents(path: str, cat: Catalogue, lang: str) -> str:
    guide = guide_at(path, cat)
    extra = [cat.documents[doc_id] for doc_id in guide.documents]
    named: list[Document] = []
    parts = []
    if guide.topic is not None:
        topic = next(t for t in cat.topics if t.number == guide.topic)
        named = [cat.documents[doc_id] for doc_id in topic.documents]
        parts += [f"**{text('guide_documents_named', lang)}**", ""]
        parts += [_documents_table(path, named, lang, cat) if named else text("guide_documents_named_none", lang), ""]
        if extra:
            parts += [f"**{text('guide_documents_more', lang)}**", "", _documents_table(path, extra, lang, cat), ""]
    elif extra:
        parts += [f"**{text('guide_documents_form', lang)}**", "", _documents_table(path, extra, lang, cat), ""]
        named = []
    saying = [line for doc in named + extra for line in provisions_brief(doc, cat, lang, path)]
    if saying:
        parts += [f"### {text('guide_provisions', lang)} {{#{GUIDE_PROVISIONS_ANCHOR}}}", "",
                  "<div markdown data-search-exclude>", "", *saying, "</div>", ""]
    return "\n".join(parts) + "\n"


def guide_topic(guide: Guide, cat: Catalogue) -> Topic | None:
    """The topic a guide covers (None for a form's guide)."""
    return None if guide.topic is None else next(t for t in cat.topics if t.number == guide.topic)


def document_count(guide: Guide, cat: Catalogue) -> int:
    """How many documents a guide lists: those its topic names, then its own."""
    topic = guide_topic(guide, cat)
    return len(guide.documents) + (len(topic.documents) if topic else 0)


def guide_subject(guide: Guide, cat: Catalogue, lang: str) -> tuple[str, str]:
    """(what the guide covers, the page it summarises)."""
    topic = guide_topic(guide, cat)
    if topic is not None:
        return text("guide_of_topic", lang, n=topic.number), topic.path
    return text("guide_of_form", lang), guide.form


def study_guides(path: str, cat: Catalogue, lang: str) -> str:
    rows = []
    for guide in sorted(cat.guides, key=guide_order):
        kind, subject = guide_subject(guide, cat, lang)
        title = cat.title(subject, lang)  # a topic's title already opens with "Nội dung 1"
        covers = link(path, subject, title) if opens_with(title, kind) else f"{kind}: {link(path, subject, title)}"
        rows.append([link(path, guide.path, cat.title(guide.path, lang)), covers,
                     text("documents_count", lang, n=document_count(guide, cat))])
    header = [text("guide_col", lang), text("guide_covers", lang), text("guide_documents_col", lang)]
    return table(header, rows) + "\n"


def handbook_parts(cat: Catalogue) -> list[tuple[str, list[str]]]:
    """The handbook's parts and, in reading order, the pages each one prints."""
    def existing(*paths: str) -> list[str]:
        return [p for p in paths if p in cat.pages]

    overview = existing("chien-dich/index.md", "chien-dich/hoi-nghi-trung-uong.md", "chien-dich/dong-thoi-gian.md")
    topics = existing("noi-dung/index.md") + [t.path for t in sorted(cat.topics, key=lambda t: t.number)]
    forms = existing("hinh-thuc/index.md") + [f.path for f in cat.forms]
    levels, types = keys("levels"), keys("types")

    def document_key(doc: Document) -> tuple:
        return (levels.index(doc.level), types.index(doc.type), not doc.date.known,
                doc.date.value if doc.date.known else None, doc.id)

    documents = [d.path for d in sorted(cat.documents.values(), key=document_key)]
    glossary = existing("thuat-ngu.md")
    parts = [("overview", overview), ("topics", topics), ("forms", forms), ("study-aids", existing(MEETING_PAGE, SHEET_PAGE)),
             ("documents", documents), ("glossary", glossary)]
    return [(name, pages) for name, pages in parts if pages]


def handbook_anchor(path: str) -> str:
    """The id of an included page's section in the handbook: `hb-van-ban-ket-luan-21-kl-tw-2021`."""
    return "hb-" + slugify(page_dir(path).replace("/", "-") or "index")


def handbook(path: str, cat: Catalogue, lang: str) -> str:
    """Contents (links to the pages; scripts/printing/handbook.py points them at the sections) and placeholders."""
    if path != HANDBOOK_PAGE:
        raise CatalogueError(path, "<!-- generated: handbook -->", f"this block only on {HANDBOOK_PAGE}")
    parts = handbook_parts(cat)
    toc = [f'<nav class="handbook-toc" aria-label="{text("handbook_nav", lang)}" markdown>', "",
           f"**{text('handbook_contents', lang)}**", ""]
    body = []
    for n, (name, pages) in enumerate(parts, 1):
        title = text("handbook_part", lang, n=n, name=label("handbook_parts", name, lang))
        anchor = f"phan-{n}"
        toc.append(f"{n}. [{escape(title)}](#{anchor})")
        toc += [f"    - {link(path, page, cat.title(page, lang))}" for page in pages]
        body += [f"## {title} {{#{anchor} .handbook-part}}", ""]
        body += [f'<div class="handbook-page" data-handbook-page="{page}"></div>' for page in pages]
        body.append("")
    toc += ["", "</nav>", ""]
    return "\n".join(toc + body) + "\n"
