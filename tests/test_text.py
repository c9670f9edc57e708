from __future__ import annotations

import unicodedata

import pytest

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
