"""What a printed page must not show: the navigation chrome around a built page's content. Shared by the check
of the check (tests/site/test_print_chrome.py) and the printed PDFs (tests/browser/test_print.py)."""
from __future__ import annotations

import html
import pathlib
import re
import unicodedata

from scripts.generate.study_guides import page_dir

# Interface words that are attributes (never text) in the HTML, or buttons: they must not reach paper either
# (a page may name the print button in quotation marks: “In trang”).
NEVER_PRINTED = {"vi": [r"Tìm kiếm", r"Tải PDF", r"(?<!“)In trang(?!”)"],
                 "en": [r"\bSearch\b", r"Download PDF", r"(?<!“)Print page(?!”)"]}


def norm(value: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()


INLINE_TAG = re.compile(r"</?(?:a|abbr|span|em|strong|code|sup|sub|mark|small)\b[^>]*>")


def strip_tags(markup: str) -> str:
    """Text of an HTML fragment: inline tags join their words, other tags separate them."""
    return html.unescape(re.sub(r"<[^>]+>", " ", INLINE_TAG.sub("", markup)))


def article_of(page_html: str) -> str:
    return re.search(r'<article class="md-content__inner md-typeset">(.*?)</article>', page_html, re.DOTALL).group(1)


def chrome_texts(page_html: str) -> list[str]:
    """Texts the page shows around its content (header, tabs, navigation, table of contents, footer) that its
    content itself does not say, neither in text nor in the link targets it prints."""
    body = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", page_html.split("<body", 1)[1], flags=re.DOTALL)
    article = article_of(body)
    printed_targets = " ".join(re.findall(r'data-print-(?:target|url)="([^"]*)"', article))
    said = norm(strip_tags(article) + " " + html.unescape(printed_targets))
    fragments = {norm(html.unescape(piece)) for piece in re.split(r"<[^>]+>", body.replace(article, " "))}
    return sorted(f for f in fragments if len(f) >= 4 and re.search(r"[^\W\d_]{3}", f) and f not in said)


def assert_no_chrome(pdf_text: str, page_html: str, lang: str) -> None:
    flat = norm(pdf_text)
    leaked = [f for f in chrome_texts(page_html) if f in flat]
    leaked += [p for p in NEVER_PRINTED[lang] if re.search(p, flat)]
    assert not leaked, f"navigation chrome printed: {leaked[:10]}"


def built_page(site_dir: pathlib.Path, lang: str, path: str) -> str:
    prefix = "" if lang == "vi" else f"{lang}/"
    return (site_dir / prefix / page_dir(path) / "index.html").read_text(encoding="utf-8")
