"""Search indexes that work the way readers type.

1. One index per language: mkdocs-static-i18n merges both languages into site/search/search_index.json and
   every page fetches `{base}/search/search_index.json`; we split the index by language and point the
   `base` of translated pages at their language root (`en/`), where their own index now lives.
2. Diacritics: the index uses the Lunr "language" `fold` (overrides/.../lunr.fold.min.js), which indexes
   each word as written and without diacritics.
3. Document numbers and abbreviations: each entry gets a `keywords` field with canonical number tokens
   ("21-KL/TW" → "kl21") and abbreviations of phrases it contains (scripts/search/terms.yml); a document's
   own page also gets its number in a `number` field with a high boost, so it ranks first. The browser
   rewrites queries into the same tokens (overrides/assets/javascripts/search-query.js).
4. Size: a document's page is one entry, not one per section: its title, number, subject (trích yếu), the
   keywords of its whole text, as text only its lead (the first ~LEAD_CHARS characters: Material shows a
   result's text as its preview), and a hidden `body` field with the words of the rest of its text that are
   rare among document pages (in at most RARE_SHARE of them), folded and once each: those are the words
   that find a page ("phiếu tín nhiệm"); a word most documents contain only adds hits. Material ships each
   entry's text inside the index and builds the Lunr index from it in the reader's browser, so every
   document's full text would cost ~1 KB gzipped per page and seconds of indexing at 2,000 documents. The
   other pages (topics, forms, places, glossary, the campaign) keep their full text, section by section;
   listings of documents (indexes, timeline, finder) are left out (scripts/generate/indexes.py). Footnote markers
   go everywhere.
"""
from __future__ import annotations

import collections
import functools
import json
import pathlib
import re

import yaml

from scripts.common.collation import fold
from scripts.common.html_text import TAG
from scripts.common.labels import DEFAULT_LANGUAGE

CONFIG_BASE = re.compile(r'("base":\s*")([^"]*)(")')
KINDS = "kl|qd|kh|ct|nq|hd"
NUMBER_WITH_ISSUER = re.compile(rf"(?<![0-9a-z])(\d+)\s*-\s*({KINDS})\s*/\s*(?:tw|tu|hu)(?![a-z])")
NAMED_NUMBER = re.compile(r"(?<![a-z])(ket luan|quy dinh|ke hoach|chi thi|nghi quyet|huong dan|conclusion|"
                          r"regulation|plan|directive|resolution|guidance)\s+(?:so\s+|no\.?\s*)?(\d+)(?!\d)")
KIND_OF = {"ket luan": "kl", "conclusion": "kl", "quy dinh": "qd", "regulation": "qd", "ke hoach": "kh",
           "plan": "kh", "chi thi": "ct", "directive": "ct", "nghi quyet": "nq", "resolution": "nq",
           "huong dan": "hd", "guidance": "hd"}
FIELDS = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0},
          "keywords": {"boost": 10.0}, "title_keywords": {"boost": 1000.0}, "subject": {"boost": 1000.0},
          "summary": {"boost": 1000.0},
          "number": {"boost": 100000.0}, "body": {"boost": 1.0}}
FOOTNOTE_REF = re.compile(r"<sup>\d+</sup>")
LEAD_CHARS = 220
PROVISION_LEAD_CHARS = 120
RARE_SHARE = 0.2


@functools.cache
def synonyms() -> dict:
    return yaml.safe_load(pathlib.Path(__file__).with_name("terms.yml").read_text(encoding="utf-8"))


def number_token(number: str) -> str | None:
    """"21-KL/TW" → "kl21", "05-CT/TW" → "ct5": the one spelling the index and the query rewriter share."""
    match = re.match(rf"\s*(\d+)\s*-\s*({KINDS})\b", fold(number))
    return f"{match.group(2)}{int(match.group(1))}" if match else None


def keywords(text: str, lang: str) -> str:
    """Number tokens and abbreviations for one index entry's title and text."""
    folded = " ".join(fold(TAG.sub(" ", text)).split())
    found = [f"{kind}{int(n)}" for n, kind in NUMBER_WITH_ISSUER.findall(folded)]
    found += [f"{KIND_OF[name]}{int(n)}" for name, n in NAMED_NUMBER.findall(folded)]
    for phrase, tokens in synonyms()[lang].items():
        if re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", folded):
            found += tokens
    return " ".join(dict.fromkeys(found))


def lead(texts: list[str], limit: int = LEAD_CHARS) -> str:
    """The first `limit` characters of a page's text (entries in page order), cut at a word, as one paragraph."""
    plain = " ".join(" ".join(TAG.sub(" ", text).split()) for text in texts if text.strip()).strip()
    if len(plain) <= limit:
        return f"<p>{plain}</p>" if plain else ""
    return f"<p>{plain[:limit].rsplit(' ', 1)[0].rstrip(',;:')} …</p>"


def words(text: str, separator: re.Pattern) -> list[str]:
    """The distinct words of an entry's text (markup dropped), folded, in order of first appearance."""
    return list(dict.fromkeys(w for w in separator.split(fold(TAG.sub(" ", text))) if w))


def document_entry(entries: list[dict], lang: str, body: list[str], separator: re.Pattern) -> dict:
    """A document page's entries (the page, then its sections) as one: title, lead as text, the keywords
    of the whole page (numbers it cites and abbreviations), and `body`: the page's words (already rare)
    that the title and lead do not hold."""
    page = entries[0]
    whole = " ".join(f"{e['title']} {e['text']}" for e in entries[1:])
    entry = {"location": page["location"], "title": page["title"], "text": lead([e["text"] for e in entries])}
    if "boost" in page:
        entry["boost"] = page["boost"]
    found = keywords(f"{page['text']} {whole}", lang)
    if found:
        entry["keywords"] = found
    shown = set(words(f"{entry['title']} {entry['text']}", separator))
    body = [w for w in body if w not in shown]
    if body:
        entry["body"] = " ".join(body)
    return entry


def provision_entry(entry: dict, titles: dict, lang: str, number: str | None) -> dict:
    """A provision's own entry, leading to its anchor: titled with its label and its document ("Điều 13 –
    Quy định số 37-QĐ/TW"), its text as the page shows it, its document's number among its keywords and, for
    an article, the article's token as its `number` ("qd37d13"), which ranks it above the document's page when
    the reader names the article. `titles`: {"title": {lang: title}, "article": "13" or None}."""
    found = keywords(f"{number or ''} {titles['title'][lang]} {entry['text']}", lang)
    # what it says is a field of its own, weighed like a title: readers name a provision by its content; the
    # text shown in the result is its beginning (the field holds all of it, the index need not hold it twice)
    provision = {"location": entry["location"], "title": titles["title"][lang],
                 "text": lead([entry["text"]], PROVISION_LEAD_CHARS),
                 "summary": re.sub(r"\s+", " ", TAG.sub(" ", entry["text"])).strip()}
    if found:
        provision["keywords"] = found
    token = number_token(number or "")
    if token and titles["article"]:  # "qd37d13": what the browser makes of "qđ 37 điều 13" (search-query.js)
        provision["number"] = f"{token}d{titles['article']}"
    return provision


def split(site_dir: pathlib.Path | str, languages: list[str], default: str,
          documents: dict[str, dict] | None = None) -> dict[str, int]:
    """Write one index per language (default at site/search/, others at site/<lang>/search/), each entry
    with its keywords; `documents` maps a document page's location ("van-ban/x/") to
    {"number": "21-KL/TW" or None, "subject": {lang: text}, "provisions": {anchor: {lang: title}}}: the
    number and subject go to that page's own entry, each provision's section becomes an entry of its own."""
    site = pathlib.Path(site_dir)
    index_file = site / "search" / "search_index.json"
    merged = json.loads(index_file.read_text(encoding="utf-8"))
    others = [lang for lang in languages if lang != default]
    documents = documents or {}
    pages = {lang: {} for lang in languages}  # page location → its entries (the page first), in order
    for entry in merged["docs"]:
        lang = next((other for other in others
                     if entry["location"].startswith(f"{other}/") or entry["location"] == other), default)
        if lang != default:
            entry = dict(entry, location=entry["location"][len(lang):].lstrip("/"))
        entry = dict(entry, text=FOOTNOTE_REF.sub("", entry.get("text", "")))
        pages[lang].setdefault(entry["location"].split("#")[0], []).append(entry)
    separator = re.compile(merged["config"]["separator"])
    docs_by_lang = {lang: [] for lang in languages}
    for lang, entries_by_page in pages.items():
        bodies = {location: words(" ".join(f"{e['title']} {e['text']}" for e in entries[1:]
                                           if e["location"].partition("#")[2] not in documents[location].get("provisions", {}))
                                  + " " + entries[0]["text"], separator)
                  for location, entries in entries_by_page.items() if location in documents}
        share = collections.Counter(w for body in bodies.values() for w in body)
        rare = max(1, int(RARE_SHARE * len(bodies)))
        for location, entries in entries_by_page.items():
            if location in documents and entries[0]["location"] == location:
                provisions = documents[location].get("provisions", {})
                own = [e for e in entries if e["location"].partition("#")[2] not in provisions]
                body = [w for w in bodies[location] if share[w] <= rare]
                docs_by_lang[lang].append(document_entry(own, lang, body, separator))
                docs_by_lang[lang] += [provision_entry(e, provisions[e["location"].partition("#")[2]], lang,
                                                       documents[location]["number"])
                                       for e in entries if e["location"].partition("#")[2] in provisions]
            else:
                for entry in entries:
                    if entry.get("text"):
                        found = keywords(entry["text"], lang)
                        if found:
                            entry["keywords"] = found
                    docs_by_lang[lang].append(entry)
    for lang, docs in docs_by_lang.items():
        for entry in docs:
            found = keywords(entry.get("title", ""), lang)
            if found:
                entry["title_keywords"] = found
            document = documents.get(entry["location"])
            if document:
                token = number_token(document["number"] or "")
                if token:
                    entry["number"] = token
                if document["subject"].get(lang):
                    entry["subject"] = document["subject"][lang]
    for lang, docs in docs_by_lang.items():
        target = index_file if lang == default else site / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        config = dict(merged["config"], lang=["fold"], fields=FIELDS)
        target.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
    return {lang: len(docs) for lang, docs in docs_by_lang.items()}


SEARCH_EXCLUDE_CLASS = re.compile(r'(<[a-z]+[^>]*\bclass="[^"]*\bsearch-exclude\b[^"]*")')


def exclude_boilerplate(html: str) -> str:
    """Keep repeated apparatus out of the index: footnotes (the same source names on every page) and
    blocks marked with the class `search-exclude` (e.g. `??? note search-exclude` in Markdown)."""
    html = html.replace('<div class="footnote">', '<div class="footnote" data-search-exclude>')
    return SEARCH_EXCLUDE_CLASS.sub(r"\1 data-search-exclude", html)


def point_base_at_language_root(html: str, lang: str) -> str:
    """In Material's __config JSON, make `base` the language root, where that language's index is."""
    # the trailing slash matters: the browser resolves "search/..." against "../en/", not "../en"
    return CONFIG_BASE.sub(lambda m: f"{m.group(1)}{m.group(2).rstrip('/') or '.'}/{lang}/{m.group(3)}", html, count=1)


def split_site_index(site_dir: pathlib.Path | str, languages: list[str], catalogue,
                     directory_urls: bool = True) -> dict[str, int]:
    """`split` for a built site: each document page's number and subject from the catalogue (the offline
    bundle's pages end in .html)."""
    ending = "/" if directory_urls else ".html"
    documents = {doc.path[: -len(".md")] + ending: {
        "number": doc.number, "subject": doc.subject.value or {},
        "provisions": {p.anchor: {"title": {lang: f"{p.label[lang]} – {catalogue.title(doc.path, lang)}"
                                            for lang in languages},
                                  "article": p.number if p.kind == "dieu" and (p.number or "").isdigit() else None}
                       for p in doc.provisions}}
        for doc in catalogue.documents.values()}
    return split(site_dir, languages, DEFAULT_LANGUAGE, documents)
