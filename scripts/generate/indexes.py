"""The site's listings, built from the catalogue: documents by type, issuer, khóa, date and topic, the
timeline, the glossary, sources, places, topics, forms and the translation table (registered in
scripts/generate/__init__.py). Each takes (page path, catalogue, language) and returns Markdown."""
from __future__ import annotations

from collections import defaultdict

from scripts.catalogue import Catalogue, CatalogueError, Document
from scripts.common.collation import first_letter, fold, sort_key
from scripts.common.labels import keys, label, text
from scripts.common.markdown import adds_nothing, cite, escape, link, table
from scripts.common.slugs import slugify
from scripts.generate.document_pages import date_text, document_label, issuer_text

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_to_int(numeral: str) -> int:
    values = [ROMAN_VALUES[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def document_order(doc: Document) -> tuple:
    """Chronological, documents without a known date last, then by number (or id)."""
    return (not doc.date.known, doc.date.value if doc.date.known else None, sort_key(doc.number or doc.id))


def heading(level: int, title: str, anchor: str | None = None) -> str:
    return f"{'#' * level} {escape(title)} {{#{anchor or slugify(title)}}}"


def out_of_search(markdown: str) -> str:
    """A list of documents, kept out of the search index: it repeats what each document's own entry holds
    and grows with every document (at 2,000 documents, ~170 KB of index text per listing page)."""
    return f"<div markdown data-search-exclude>\n\n{markdown}\n\n</div>"


def documents_table(path: str, docs: list[Document], lang: str, cat: Catalogue) -> str:
    header = [text("col_number", lang), text("col_document", lang), text("col_date", lang), text("col_issuer", lang)]
    rows = [[escape(doc.number) if doc.number else f"*{text('number_unknown', lang)}*",
             link(path, doc.path, cat.title(doc.path, lang)) + status_mark(doc, cat, lang), date_text(doc, lang),
             issuer_text(doc, lang)]
            for doc in sorted(docs, key=document_order)]
    return out_of_search(table(header, rows))


def status_mark(doc: Document, cat: Catalogue, lang: str) -> str:
    """" (*đã bị thay thế*)" after a document that a later one replaced, amended or followed."""
    status, later = cat.status_of(doc)
    return f" (*{label('statuses', status, lang).lower()}*)" if later else ""


def grouped(path: str, groups: list[tuple[str, list[Document]]], lang: str, cat: Catalogue) -> str:
    parts = []
    for title, docs in groups:
        if docs:
            parts += [heading(2, f"{title} ({len(docs)})", slugify(title)), "", documents_table(path, docs, lang, cat), ""]
    return "\n".join(parts)


def documents_by_type(path: str, cat: Catalogue, lang: str) -> str:
    """Central documents, then local ones; within each, one table per type of document."""
    parts = []
    for level in keys("levels"):
        members = [d for d in cat.documents.values() if d.level == level]
        if not members:
            continue
        parts += [heading(2, f"{label('levels', level, lang)} ({len(members)})", slugify(label("levels", level, lang))), ""]
        for doc_type in keys("types"):
            docs = [d for d in members if d.type == doc_type]
            if docs:
                title = label("types", doc_type, lang)
                parts += [heading(3, f"{title} ({len(docs)})", f"{slugify(title)}-{level}"), "",
                          documents_table(path, docs, lang, cat), ""]
    return "\n".join(parts)


def documents_by_issuer(path: str, cat: Catalogue, lang: str) -> str:
    docs = list(cat.documents.values())
    groups = [(label("issuers", key, lang), [d for d in docs if d.issuer.value == key]) for key in keys("issuers")]
    groups.append((text("issuer_unknown", lang), [d for d in docs if not d.issuer.known]))
    return grouped(path, groups, lang, cat)


def documents_by_khoa(path: str, cat: Catalogue, lang: str) -> str:
    docs = list(cat.documents.values())
    terms = sorted({d.khoa.value for d in docs if d.khoa.known}, key=roman_to_int, reverse=True)
    groups = [(f"{text('term_prefix', lang).capitalize()} {term}", [d for d in docs if d.khoa.value == term])
              for term in terms]
    groups.append((text("term_unknown", lang), [d for d in docs if not d.khoa.known]))
    return grouped(path, groups, lang, cat)


def documents_by_date(path: str, cat: Catalogue, lang: str) -> str:
    docs = list(cat.documents.values())
    years = sorted({d.date.value.year for d in docs if d.date.known})
    groups = [(str(year), [d for d in docs if d.date.known and d.date.value.year == year]) for year in years]
    groups.append((text("date_unknown", lang), [d for d in docs if not d.date.known]))
    return grouped(path, groups, lang, cat)


def documents_by_topic(path: str, cat: Catalogue, lang: str) -> str:
    parts = []
    for topic in sorted(cat.topics, key=lambda t: t.number):
        title = f"{text('topic_label', lang, n=topic.number)}: {topic.short.get(lang) or topic.short['vi']}"
        listing = (documents_table(path, [cat.documents[i] for i in topic.documents], lang, cat) if topic.documents
                   else text("topic_names_none", lang))
        parts += [heading(2, title, f"noi-dung-{topic.number}"), "",
                  link(path, topic.path, cat.title(topic.path, lang)), "", listing, ""]
    named = {doc_id for topic in cat.topics for doc_id in topic.documents}
    rest = [d for d in cat.documents.values() if d.id not in named]
    if rest:
        parts += [heading(2, text("topic_none", lang)), "", documents_table(path, rest, lang, cat), ""]
    return "\n".join(parts)


def timeline(path: str, cat: Catalogue, lang: str) -> str:
    """Documents and campaign events (peaks, plenums, local rounds) on one time axis."""
    entries = [(e.date, label("event_kinds", e.kind, lang), escape(e.label.get(lang) or e.label["vi"]) + cite(e.sources))
               for e in cat.events]
    entries += [(d.date.value, label("event_kinds", "van-ban", lang),
                 link(path, d.path, cat.title(d.path, lang)) + cite(d.date.sources))
                for d in cat.documents.values() if d.date.known]
    parts = [text("timeline_intro", lang), ""]
    by_year: dict[int, list] = defaultdict(list)  # sorted once: sorting all entries for every year cost years × N
    for date, kind, what in sorted(entries, key=lambda e: e[0]):
        by_year[date.year].append([date.format(lang), kind, what])
    for year, rows in sorted(by_year.items()):
        parts += [heading(2, str(year), f"nam-{year}"), "",
                  out_of_search(table([text("col_date", lang), text("col_kind", lang), text("col_event", lang)], rows)), ""]
    undated = [d for d in cat.documents.values() if not d.date.known]
    parts += [heading(2, text("date_unknown", lang)), ""]
    titles = {d.path: cat.title(d.path, lang) for d in undated}
    if titles:
        parts += [out_of_search("\n".join(f"- {link(path, p, title)}" for p, title
                                           in sorted(titles.items(), key=lambda item: sort_key(item[1]))))]
    return "\n".join(parts)


def glossary(path: str, cat: Catalogue, lang: str) -> str:
    """Terms in Vietnamese alphabetical order (a ă â b c d đ e ê ...; tones break ties), by letter."""
    parts = []
    by_letter: dict[str, list] = defaultdict(list)
    for term in sorted(cat.terms, key=lambda t: sort_key(t.term)):
        by_letter[first_letter(term.term)].append(term)
    for letter, terms in by_letter.items():
        parts += [heading(2, letter, f"chu-{slugify(letter) or 'khac'}-{ord(letter)}"), ""]
        for term in terms:
            used = "\n".join(f"    - {link(path, page, cat.title(page, lang))}" for page in term.used_on)
            summary = text("glossary_used_on_count", lang, n=len(term.used_on))
            parts += [heading(3, term.term, term.anchor), "",
                      escape(term.definition.get(lang) or term.definition["vi"]) + cite(term.sources), "",
                      f"*{text('glossary_english', lang)}:* {escape(term.en)}", "",
                      f'??? note search-exclude "{summary}"', "", used, ""]
    return "\n".join(parts)


def sources(path: str, cat: Catalogue, lang: str) -> str:
    def pick(value):
        return value.get(lang) or value.get("vi") if isinstance(value, dict) else value

    parts = []
    kinds = (("article", text("source_articles", lang)), ("external", text("source_external", lang)),
             ("web", text("source_web", lang)))
    for kind, title in kinds:
        entries = [(source_id, raw) for source_id, raw in cat.sources.items() if raw["kind"] == kind]
        if not entries:
            continue
        parts += [heading(2, title), ""]
        if kind == "web":  # a long list of pages: readers reach it from the footnotes, not from the search box
            parts += [text("source_web_intro", lang), "", "<div markdown data-search-exclude>", ""]
            entries.sort(key=lambda entry: sort_key(pick(entry[1]["short"])))
        for source_id, raw in entries:
            rows = []
            for field, name in (("publisher", "source_publisher"), ("headline", "source_headline"),
                                ("author", "source_author"), ("about", "source_about")):
                if raw.get(field):
                    rows.append(f"- **{text(name, lang)}:** {escape(pick(raw[field]))}")
            if kind == "article":
                date = raw.get("date")
                shown = text("unknown", lang) if date is None else _format_iso(date, lang)
                note = pick(raw.get("date_note")) if raw.get("date_note") else ""
                rows.append(f"- **{text('source_date', lang)}:** {shown}" + (f" ({escape(note)})" if note else ""))
            if raw.get("page_kind"):
                rows.append(f"- **{text('source_page_kind', lang)}:** {label('page_kinds', raw['page_kind'], lang)}")
            if kind == "web":
                shown = text("unknown", lang) if raw.get("date") is None else _format_iso(raw["date"], lang)
                rows.append(f"- **{text('source_date', lang)}:** {shown}")
            if raw.get("url"):
                rows.append(f"- **{text('source_url', lang)}:** <{raw['url']}>")
            if raw.get("urls"):
                rows.append(f"- **{text('source_urls', lang)}:** " + ", ".join(f"<{u}>" for u in raw["urls"]))
            if raw.get("note"):
                rows.append(f"- **{text('source_note', lang)}:** {escape(pick(raw['note']))}")
            citing = [p for p in cat.citing_pages(source_id) if p != path]
            parts += [heading(3, pick(raw["short"]), source_id), ""] + rows + [""]
            if citing:  # folded away and kept out of search: it grows with every page that cites the source
                summary = text("source_cited_on_count", lang, n=len(citing))
                parts += [f'??? note search-exclude "{summary}"', ""]
                parts += [f"    - {link(path, p, cat.title(p, lang))}" for p in citing] + [""]
        if kind == "web":
            parts += ["</div>", ""]
    return "\n".join(parts)


def _format_iso(value, lang: str) -> str:
    from scripts.catalogue import PartialDate

    return PartialDate.parse(value).format(lang)


def places(path: str, cat: Catalogue, lang: str) -> str:
    rows = []
    for place in sorted(cat.places, key=lambda p: sort_key(p.name["vi"])):
        docs = ", ".join(link(path, cat.documents[i].path, document_label(cat.documents[i], cat, lang)) for i in place.documents)
        province = escape(place.province) if place.province else f"*{text('place_province_unknown', lang)}*"
        rows.append([link(path, place.path, place.name.get(lang) or place.name["vi"]), province, docs])
    return table([text("col_place", lang), text("place_province", lang), text("place_documents", lang)], rows)


def described(path: str, page: str, title: str, description: str) -> str:
    """"[Title](page): description", or the link alone when the description only says the title again
    (a form's short name is often its title; a topic's title is "Nội dung 2: " and its short name)."""
    return link(path, page, title) + ("" if adds_nothing(description, title) else f": {escape(description)}")


def topics(path: str, cat: Catalogue, lang: str) -> str:
    lines = []
    for topic in sorted(cat.topics, key=lambda t: t.number):
        n = len(topic.documents)
        count = text({0: "topic_names_no_document", 1: "topic_names_one"}.get(n, "topic_names_count"), lang, n=n)
        entry = described(path, topic.path, cat.title(topic.path, lang), topic.short.get(lang) or topic.short["vi"])
        lines.append(f"{topic.number}. {entry} ({count})")
    return "\n".join(lines)


def forms(path: str, cat: Catalogue, lang: str) -> str:
    return "\n".join(f"- {described(path, form.path, cat.title(form.path, lang), form.short.get(lang) or form.short['vi'])}"
                     for form in cat.forms)


def translation_table(path: str, cat: Catalogue, lang: str) -> str:
    """The one table of English renderings that translations follow: glossary terms and extra pairs."""
    pairs = {fold(term.term): (term.term, term.en) for term in cat.terms}
    for i, pair in enumerate(cat.translations):
        known = pairs.get(fold(pair["vi"]))
        if known and known[1] != pair["en"]:
            raise CatalogueError("bang-dich.md", f"translations[{i}].en", f"the glossary's rendering {known[1]!r} "
                                 f"of {known[0]!r} (one English term per Vietnamese term)", pair["en"])
        pairs[fold(pair["vi"])] = (pair["vi"], pair["en"])
    rows = [[escape(vi), escape(en)] for vi, en in sorted(pairs.values(), key=lambda p: sort_key(p[0]))]
    return table([label("languages_names", "vi", lang), label("languages_names", "en", lang)], rows)
