"""Vietnamese text helpers: folding (no diacritics, đ→d) and alphabetical sort keys.

Vietnamese dictionary order puts the base letters in the order
a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, and uses the tone
marks only to break ties (none, huyền, hỏi, ngã, sắc, nặng).
"""
from __future__ import annotations

import unicodedata

ALPHABET = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"]  # noqa: E501
_LETTER_RANK = {letter: i for i, letter in enumerate(ALPHABET)}
# Tone marks as combining characters, in dictionary order (no tone = 0).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make a different base letter (ă â ê ô ơ ư), kept when stripping tones.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


def fold(text: str) -> str:
    """Lower-case text with every diacritic removed and đ→d ("Đảng viên" → "dang vien")."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _split_tone(char: str) -> tuple[str, int]:
    """Split one character into (base letter with its letter marks, tone rank)."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = 0
    kept = []
    for ch in decomposed:
        if ch in _TONES:
            tone = _TONES[ch]
        elif unicodedata.combining(ch) and ch not in _LETTER_MARKS:
            continue
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def sort_key(text: str) -> tuple:
    """Key sorting Vietnamese words in dictionary order: letters first, tones as a tie-breaker."""
    letters: list[tuple[int, str]] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFC", text.lower()):
        base, tone = _split_tone(char)
        if base.isspace():
            letters.append((-1, ""))  # word boundary: "tập huấn" before "tậpx"
            continue
        if base in _LETTER_RANK:
            letters.append((0, f"{_LETTER_RANK[base]:02d}"))
        elif base.isalnum():
            letters.append((1, base))  # digits, f/j/w/z: after the Vietnamese letters
        else:
            continue  # punctuation and quotation marks do not count
        tones.append(tone)
    return (letters, tones, text)


def first_letter(text: str) -> str:
    """The dictionary section a word files under: its first base letter, upper case ("Đảng" → "Đ")."""
    for char in unicodedata.normalize("NFC", text):
        base, _ = _split_tone(char.lower())
        if base.isalnum():
            return base.upper()
    return "#"
