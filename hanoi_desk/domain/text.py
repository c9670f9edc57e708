"""Vietnamese text handling: normalisation, folding for search and matching, alphabet order.

Office files mix NFC and NFD text and two tone placements ("Hòa"/"Hoà"), so every comparison a
clerk relies on goes through :func:`fold`, and every sort through :func:`sort_key`.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# The combining diacritical marks (U+0300–U+036F) that are combining characters, as one class.
_MARKS = re.compile(
    "[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]+"
)

# Combining marks that make a distinct letter of the Vietnamese alphabet (ă â ê ô ơ ư).
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
# Tone marks in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}


def nfc(value: str | None) -> str:
    """Return *value* normalised to NFC and trimmed, with inner runs of spaces collapsed."""
    if value is None:
        return ""
    text = str(value)
    # Text already clean (most of what reaches here) is returned after a few C-level checks.
    if (text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "
            and unicodedata.is_normalized("NFC", text)):
        return text
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(value: str | None) -> str:
    """Fold for matching: no case, no diacritics (tone placement cannot matter), single spaces.

    "Sở Y tế", "so y te", "SỞ  Y TẾ" and the NFD form all fold to "so y te"; "Hòa" and "Hoà" both
    fold to "hoa".

    Every search key of a 100,000-row table goes through here, so the marks are dropped by one
    regular expression rather than a Python test per character; text that is not ASCII once they
    are gone (letters outside Vietnamese and English) takes the character-by-character definition.
    """
    if not value:
        return ""
    text = str(value).casefold()
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFD", text)).replace("đ", "d")
        if not text.isascii():
            return _fold_slow(value)
    return " ".join(text.split())


def fold_many(values: list[str]) -> list[str]:
    """``[fold(v) for v in values]`` in a few C passes over one joined string: the history of a
    bulk import folds tens of thousands of rows, and a call per row costs more than the folding."""
    if any("\x00" in v for v in values):
        return [fold(v) for v in values]
    joined = fold("\x00".join(values))
    parts = joined.split("\x00")
    if len(parts) != len(values):  # cannot happen (fold keeps NUL), but never mis-assign a row
        return [fold(v) for v in values]
    return [part.strip() for part in parts]


def _fold_slow(value: str | None) -> str:
    if not value:
        return ""
    text = unicodedata.normalize("NFD", str(value).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("đ", "d")
    return _SPACES.sub(" ", text).strip()


def fold_compact(value: str | None) -> str:
    """Fold and drop every non-alphanumeric character: for header names ("Số ĐT" = "so dt" = "SĐT")."""
    return re.sub(r"[^0-9a-z]", "", fold(value))


def sort_key(value: str | None) -> tuple[str, str, str]:
    """Key that orders strings by the Vietnamese alphabet (a ă â b c d đ e ê …), tones second.

    Letters outside the alphabet (digits, punctuation) sort before letters, by code point.

    Sorting 100,000 names must not walk them character by character in Python: text made only of
    ASCII and precomposed Latin letters (what the database holds, being NFC) is ranked by two
    ``str.translate`` calls over tables made by :func:`_sort_key_slow`; anything else takes it.
    """
    text = (value or "").casefold()
    if text.translate(_SORT_KNOWN):
        return _sort_key_slow(value)
    # Each syllable's tone digits, led by a "0" so a syllable without a tone still counts; the last
    # digit of each syllable is its tone, as in the definition.
    tones = "".join(_LAST_DIGIT.findall("0" + text.translate(_SORT_TONES).replace(" ", " 0")))
    return (text.translate(_SORT_PRIMARY), tones, value or "")


def _sort_key_slow(value: str | None) -> tuple[str, str, str]:
    text = unicodedata.normalize("NFD", (value or "").casefold())
    primary: list[str] = []
    tones: list[str] = []  # one per syllable, so "Hoà" and "Hòa" (tone placed apart) sort alike
    syllable_tone = 0
    for ch in text:
        if ch in _TONES:
            syllable_tone = _TONES[ch]
            continue
        if ch in (_BREVE, _CIRCUMFLEX, _HORN) and primary:
            primary.append(_compose(primary.pop(), ch))
            continue
        if unicodedata.combining(ch):
            continue
        if ch.isspace():
            tones.append(str(syllable_tone))
            syllable_tone = 0
        primary.append(_rank(ch))
    tones.append(str(syllable_tone))
    return ("".join(primary), "".join(tones), value or "")


def _rank(ch: str) -> str:
    rank = _LETTER_RANK.get(ch)
    if rank is None:
        return ch if ord(ch) < 0x60 else chr(0x200 + ord(ch))
    return chr(0x100 + rank)


def _compose(ranked_base: str, mark: str) -> str:
    """Turn the rank of a base vowel plus a letter-making mark into the rank of that letter."""
    base = _ALPHABET[ord(ranked_base) - 0x100] if 0x100 <= ord(ranked_base) < 0x200 else ""
    letter = {("a", _BREVE): "ă", ("a", _CIRCUMFLEX): "â", ("e", _CIRCUMFLEX): "ê",
              ("o", _CIRCUMFLEX): "ô", ("o", _HORN): "ơ", ("u", _HORN): "ư"}.get((base, mark))
    return _rank(letter) if letter else ranked_base


def _tables() -> tuple[dict[int, str | None], dict[int, str | None], dict[int, None]]:
    """Per-character tables for sort_key, made by running its definition on each character."""
    primary: dict[int, str | None] = {}
    tones: dict[int, str | None] = {}
    known: dict[int, None] = {}
    for cp in [*range(0x20, 0x7F), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        if ch.casefold() != ch or unicodedata.combining(ch) or (ch.isspace() and ch != " "):
            continue
        rank, tone, _ = _sort_key_slow(ch)
        if ch == " ":
            primary[cp], tones[cp], known[cp] = rank, " ", None
            continue
        if len(tone) != 1:
            continue
        primary[cp] = rank
        tones[cp] = tone if tone != "0" else None
        known[cp] = None
    return primary, tones, known


_SORT_PRIMARY, _SORT_TONES, _SORT_KNOWN = _tables()
_LAST_DIGIT = re.compile(r"\d*(\d)")
