"""The "find a document" table: every document in one table, sorted by date, with its subject under its
title, that works without JavaScript; overrides/assets/javascripts/document-finder.js turns its hidden form
into live filters (type, issuer, year, term, status, and a number in any spelling or words of the row), kept in
the address (?find=...&type=...). On a phone the selects fold away under "More filters"; a query that finds
nothing shows a hint of what to try."""
from __future__ import annotations

import html

from scripts.catalogue import Catalogue, Document
from scripts.common.collation import sort_key
from scripts.common.labels import keys, label, text
from scripts.common.pages import href
from scripts.generate.document_pages import date_text, issuer_text
from scripts.search.index import number_token

# The URL parameter and the text field's name: not "q", which Material reads to open its own search
QUERY = "find"


def _order(doc: Document) -> tuple:
    return (not doc.date.known, doc.date.value if doc.date.known else None, sort_key(doc.number or doc.id))


def _select(name: str, caption: str, options: list[tuple[str, str]], lang: str) -> str:
    items = [f'<option value="">{html.escape(text("finder_all", lang))}</option>']
    items += [f'<option value="{html.escape(value)}">{html.escape(shown)}</option>' for value, shown in options]
    return (f'<label>{html.escape(caption)} <select name="{name}">' + "".join(items) + "</select></label>")


def document_finder(path: str, cat: Catalogue, lang: str) -> str:
    docs = sorted(cat.documents.values(), key=_order)
    unknown = text("unknown", lang)
    years = sorted({str(d.date.value.year) for d in docs if d.date.known}, reverse=True)
    terms = sorted({d.khoa.value for d in docs if d.khoa.known}, key=len, reverse=True)
    statuses = {d.id: cat.status_of(d)[0] for d in docs}
    search = f'<a href="?q=">{html.escape(text("finder_search", lang))}</a>'
    form = [
        f'<form class="document-finder__filters" hidden role="search" aria-label="{html.escape(text("finder_label", lang))}">',
        f'<label>{html.escape(text("finder_number", lang))} <input type="search" name="{QUERY}" '
        f'placeholder="{html.escape(text("finder_placeholder", lang))}" autocomplete="off"></label>',
        f'<details><summary>{html.escape(text("finder_more", lang))}</summary><div>',
        _select("type", text("col_type_of_document", lang), [(k, label("types", k, lang)) for k in keys("types")
                                                            if any(d.type == k for d in docs)], lang),
        _select("issuer", text("col_issuer", lang), [(k, label("issuers", k, lang)) for k in keys("issuers")
                                                      if any(d.issuer.value == k for d in docs)] + [("?", unknown)], lang),
        _select("year", text("finder_year", lang), [(y, y) for y in years] + [("?", unknown)], lang),
        _select("term", text("field_term", lang), [(t, t) for t in terms] + [("?", unknown)], lang),
        _select("status", text("field_status", lang), [(k, label("statuses", k, lang)) for k in keys("statuses")
                                                       if k in statuses.values()], lang),
        "</div></details>",
        "</form>",
        '<div aria-live="polite">',
        f'<p class="document-finder__count" data-template="{html.escape(text("documents_count", lang))}" '
        f'data-one="{html.escape(text("documents_count_one", lang))}"></p>',
        f'<p class="document-finder__none" hidden>{html.escape(text("finder_none", lang)).replace("{search}", search)}</p>',
        "</div>",
    ]
    head = [text("col_number", lang), text("col_document", lang), text("col_type_of_document", lang),
            text("col_issuer", lang), text("col_date", lang), text("field_term", lang), text("field_status", lang)]
    rows = []
    for doc in docs:
        title = cat.title(doc.path, lang)
        subject = (doc.subject.value or {}).get(lang)
        cells = [html.escape(doc.number) if doc.number else f"<em>{html.escape(text('number_unknown', lang))}</em>",
                 f'<a href="{href(path, doc.path)}">{html.escape(title)}</a>'
                 + (f' <span class="document-finder__subject">{html.escape(subject)}</span>' if subject else ""),
                 html.escape(label("types", doc.type, lang)), html.escape(issuer_text(doc, lang)),
                 html.escape(date_text(doc, lang)), html.escape(doc.khoa.value or unknown),
                 html.escape(label("statuses", statuses[doc.id], lang))]
        attributes = {"type": doc.type, "issuer": doc.issuer.value or "?",
                      "year": str(doc.date.value.year) if doc.date.known else "?", "term": doc.khoa.value or "?",
                      "status": statuses[doc.id],
                      "number": number_token(doc.number or "") or ""}
        data = " ".join(f'data-{k}="{html.escape(v)}"' for k, v in attributes.items())
        rows.append(f"<tr {data}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    table = ('<table>\n<thead><tr>' + "".join(f'<th scope="col">{html.escape(h)}</th>' for h in head)
             + "</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")
    # every document is in the search index on its own: the finder's table stays out (it grows with them)
    return '<div class="document-finder" data-search-exclude>\n' + "\n".join(form) + "\n" + table + "\n</div>"
