"""The two editions cannot drift apart, as built: every page in both languages, language switch to the same
page, hreflang and sitemap for both, no interface string of one language in the other. The sources' parity is
checked in tests/unit/test_translations.py."""
import html as html_lib
import json
import pathlib
import re

from scripts.common import labels
from scripts.tools.translation_parity import vietnamese_pages
from tests.conftest import ROOT

MATERIAL_LANGUAGES = pathlib.Path(__import__("material").__file__).parent / "templates" / "partials" / "languages"


# Pages whose purpose is to show both languages side by side.
BILINGUAL_PAGES = {"bang-dich"}


def built_pages(site):
    for file in sorted(site.rglob("index.html")):
        rel = file.relative_to(site).as_posix()
        if rel.startswith(("assets/", "search/")) or rel.startswith("en/search/"):
            continue
        lang = "en" if rel.startswith("en/") else "vi"
        neutral = rel[3:] if lang == "en" else rel
        yield lang, neutral[: -len("index.html")], file


def test_language_switch_and_hreflang_lead_to_the_same_page(site, site_url):
    import posixpath

    pages = list(built_pages(site))
    assert len(pages) == 2 * len(vietnamese_pages())
    for lang, path, file in pages:
        markup = file.read_text(encoding="utf-8")
        switch = {code: href for href, code in
                  re.findall(r'<a href="([^"]*)" hreflang="([^"]*)" class="md-select__link"', markup)}
        here = posixpath.dirname(file.relative_to(site).as_posix())
        for other, prefix in (("vi", ""), ("en", "en/")):
            target = posixpath.normpath(posixpath.join(here, switch[other]))
            assert target == posixpath.normpath(prefix + path or "."), (file, other, switch[other])
            assert f'<link rel="alternate" href="{site_url}{prefix}{path}" hreflang="{other}">' in markup, file
        assert f'<html lang="{lang}"' in markup


def test_the_not_found_page_is_vietnamese_and_switches_to_each_home_page(site, site_url):
    from urllib.parse import urlsplit

    markup = (site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in markup  # the Vietnamese page, not the last language built
    assert "<h1>Không tìm thấy trang</h1>" in markup and '<p lang="en">Page not found' in markup
    root = urlsplit(site_url).path
    switch = {code: href for href, code in re.findall(r'<a href="([^"]*)" hreflang="([^"]*)" class="md-select__link"', markup)}
    assert switch == {"vi": root, "en": root + "en/"}


def test_sitemap_lists_every_page_in_both_languages(site, site_url):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert (site / "en" / "sitemap.xml").read_text(encoding="utf-8") == sitemap  # Material fetches it per language
    locations = set(re.findall(rf"<loc>{re.escape(site_url)}([^<]*)</loc>", sitemap))
    alternates = set(re.findall(rf'hreflang="en" href="{re.escape(site_url)}([^"]*)"', sitemap))
    for page in vietnamese_pages():
        path = "" if page == "index.md" else page[: -len(".md")].removesuffix("/index").removesuffix("index") + "/"
        path = path.replace("//", "/")
        assert path in locations and "en/" + path in alternates, page


# Material interface strings that this site's pages show (language names in the selector are native).
MATERIAL_KEYS = ["action.skip", "clipboard.copy", "clipboard.copied", "footer", "header", "nav", "search.placeholder",
                 "search.reset", "search.share", "search.result.initializer", "search.result.placeholder",
                 "search.result.none", "select.language", "toc", "top"]


def interface_strings(lang):
    """Strings the site's interface shows in `lang`: Material's, the generators' labels, the palette."""
    source = (ROOT / "overrides" / "partials" / "languages" / f"{lang}.html")
    if not source.exists():
        source = MATERIAL_LANGUAGES / f"{lang}.html"
    material = dict(re.findall(r'"([\w.]+)": "([^"]+)"', source.read_text(encoding="utf-8")))
    strings = {material[key] for key in MATERIAL_KEYS}
    strings |= {value[lang] for value in labels.table()["text"].values()}
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    strings |= set(re.findall(r"name: (.+)", config.split("plugins:")[0] if lang == "vi" else config.split("locale: en")[1]))
    language_names = {"English", "Tiếng Việt"}  # the selector names each language in itself
    config_values = {"material"}  # `theme: name: material` is configuration, not a word the reader sees
    return {s.strip() for s in strings if "{" not in s and "#" not in s and len(s) >= 5} - language_names - config_values


def visible_text(markup):
    attributes = " ".join(re.findall(r'(?:title|aria-label|placeholder|alt)="([^"]*)"', markup))
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", markup, flags=re.DOTALL)
    text = html_lib.unescape(re.sub(r"<[^>]+>", " ", body) + " " + attributes)
    return re.sub(r"https?://\S+", " ", text)  # an address shown as a link's text is no interface word


def test_no_interface_string_of_the_other_language_leaks(site):
    vi, en = interface_strings("vi"), interface_strings("en")
    only = {"vi": vi - en, "en": en - vi}
    leaks = []
    for lang, path, file in built_pages(site):
        if path.rstrip("/") in BILINGUAL_PAGES:
            continue
        text = visible_text(file.read_text(encoding="utf-8"))
        other = "en" if lang == "vi" else "vi"
        leaks += [f"{file.relative_to(site)}: {s!r}" for s in only[other] if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)]
    assert leaks == []


def test_permalinks_and_footnote_backlinks_speak_the_page_language(site):
    """Python-Markdown's own titles ("Permanent link", "Jump back to footnote 1 in the text") are English
    by default; scripts/hooks.py gives them the language of the build."""
    wrong, seen = [], {"vi": set(), "en": set()}
    for lang, _path, file in built_pages(site):
        markup = file.read_text(encoding="utf-8")
        wrong += [f"{file.relative_to(site)}: {default!r}" for default in ("Permanent link", "Jump back to footnote")
                  if default in markup]
        for key in ("permalink_title", "footnote_backlink_title"):
            if labels.text(key, lang).replace("%d", "1") in markup:
                seen[lang].add(key)
    assert wrong == []
    assert seen == {lang: {"permalink_title", "footnote_backlink_title"} for lang in ("vi", "en")}


def test_translation_note_shows_on_english_pages_but_stays_out_of_search(site):
    """The note that the Vietnamese text is authoritative is on every English page; in the search index it
    filled the preview of each English document and matched every English page."""
    title = html_lib.escape(labels.text("translation_note_title", "en"), quote=False)
    assert title in (site / "en" / "van-ban" / "quy-dinh-37-qd-tw-2021" / "index.html").read_text(encoding="utf-8")
    entries = json.loads((site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert entries and not [e["location"] for e in entries if "authoritative" in e["title"] + e["text"]]
