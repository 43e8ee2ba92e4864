"""Phrases found in running text whatever the tone placement, quotation marks or dashes: how the glossary
finds the pages that use a term, and how the own-words check compares a page with the articles."""
from __future__ import annotations

import re
import unicodedata


def normalise_tones(text: str) -> str:
    """Old and new tone placement compare equal ("khoá" = "khóa", "uỷ" = "ủy"), lower case."""
    text = unicodedata.normalize("NFC", text.lower())
    for old, new in (("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
                     ("oé", "óe"), ("oè", "òe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
                     ("uý", "úy"), ("uỳ", "ùy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy")):
        text = text.replace(old, new)
    return text


def matchable(text: str) -> str:
    """Text as glossary matching sees it: tones placed one way, no quotation marks, one kind of dash,
    line breaks as spaces."""
    text = re.sub(r"[“”\"‘’]", "", normalise_tones(text))
    return re.sub(r"\s+", " ", re.sub(r"\s*[–—-]\s*", " - ", text))


def phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(matchable(phrase)) + r"(?!\w)")


def contains(text: str, phrase: str) -> bool:
    return phrase_pattern(phrase).search(text) is not None
