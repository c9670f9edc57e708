from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hanoi_desk.domain.text import fold, fold_compact, nfc, sort_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("so y te", "Sở Y tế"),
        ("SỞ  Y   TẾ", "Sở Y tế"),
        ("ha noi", "Hà Nội"),
        ("Hoà", "Hòa"),
        ("ung hoa", "Ủy ban nhân dân huyện Ứng Hòa"),
        ("dong da", "Đống Đa"),
        (unicodedata.normalize("NFD", "Sở Y tế"), "Sở Y tế"),
    ],
)
def test_fold_matches_what_a_clerk_types(typed: str, stored: str) -> None:
    assert fold(typed) in fold(stored)


def test_fold_compact_ignores_punctuation_for_headers() -> None:
    assert fold_compact("Số ĐT") == fold_compact("so dt") == "sodt"
    assert fold_compact("Tên cơ quan, đơn vị") == "tencoquandonvi"


def test_nfc_trims_and_composes() -> None:
    assert nfc("  Hà   Nội \n") == "Hà Nội"
    assert nfc(unicodedata.normalize("NFD", "Ứng Hòa")) == unicodedata.normalize("NFC", "Ứng Hòa")


def test_vietnamese_alphabet_order() -> None:
    words = ["Đông", "Dương", "Ân", "Ăn", "An", "Ba", "Ơn", "Ôn", "On", "Ưu", "Uy", "Êm", "Em", "Hòa", "Hoa"]
    ordered = sorted(words, key=sort_key)
    assert ordered == ["An", "Ăn", "Ân", "Ba", "Dương", "Đông", "Em", "Êm", "Hoa", "Hòa",
                       "On", "Ôn", "Ơn", "Uy", "Ưu"]


def test_sort_key_is_normalisation_independent() -> None:
    assert sort_key(unicodedata.normalize("NFD", "Hoà"))[:2] == sort_key("Hòa")[:2]


# The fast paths (translation tables) must agree with the character-by-character definitions on
# anything a clerk can type or paste: Vietnamese in NFC and NFD, other Latin letters, spaces, symbols.
_ALPHABET = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠỀẾỂỄỆỜỚỞỠỢỪỨỬỮỰỲÝỶỸỴ0123456789 ,.-()/&\t\nçøßæÆéüÖñ\u00a0\u0301\u0300\u0303\u0309\u0323"
    "\u0302\u0306\u031b\u034f\u0345中ʼ"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_fast_fold_and_sort_key_agree_with_their_definitions(value: str) -> None:
    from hanoi_desk.domain.text import _fold_slow, _sort_key_slow

    assert fold(value) == _fold_slow(value)
    assert sort_key(value) == _sort_key_slow(value)
    nfc_value = unicodedata.normalize("NFC", value)
    assert fold(nfc_value) == _fold_slow(nfc_value)
    assert sort_key(nfc_value) == _sort_key_slow(nfc_value)
