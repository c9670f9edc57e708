"""Page addresses in the shapes clerks paste them, and look-alike names (pure functions, no database)."""

from __future__ import annotations

import pytest

from hanoi_desk.domain.fanpage import (
    SIMILARITY_THRESHOLD,
    AddressError,
    NameSubject,
    Platform,
    VerificationState,
    can_move,
    canonical_page,
    close_names,
    name_key,
    name_similarity,
    platform_from_label,
)

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

FB_HANDLE = ("https://www.facebook.com/UBNDPhuongHoanKiem", "facebook.com/ubndphuonghoankiem")
FB_ID = ("https://www.facebook.com/profile.php?id=100064123456789", "facebook.com/id/100064123456789")

# (as pasted, canonical URL stored, key that makes it one page)
SHAPES = [
    ("https://www.facebook.com/UBNDPhuongHoanKiem/", *FB_HANDLE),
    ("http://facebook.com/UBNDPhuongHoanKiem", *FB_HANDLE),
    ("https://m.facebook.com/UBNDPhuongHoanKiem?ref=bookmarks&fbclid=IwAR0xYz", *FB_HANDLE),
    ("mbasic.facebook.com/UBNDPhuongHoanKiem", *FB_HANDLE),
    ("https://web.facebook.com/UBNDPhuongHoanKiem/?_rdc=1&_rdr", *FB_HANDLE),
    ("fb.com/UBNDPhuongHoanKiem", *FB_HANDLE),
    ("https://vi-vn.facebook.com/pg/UBNDPhuongHoanKiem/posts/?__tn__=kC-R", *FB_HANDLE),
    ("https://www.facebook.com/UBNDPhuongHoanKiem/about/?utm_source=zalo&utm_medium=share", *FB_HANDLE),
    ("https://www.facebook.com/#!/UBNDPhuongHoanKiem", *FB_HANDLE),
    ("https://www.facebook.com/profile.php?id=100064123456789&mibextid=ZbWKwL", *FB_ID),
    ("https://m.facebook.com/profile.php/?id=100064123456789&sk=about", *FB_ID),
    ("https://www.facebook.com/100064123456789/", *FB_ID),
    ("https://www.facebook.com/pages/UBND-Phuong-Hoan-Kiem/100064123456789", *FB_ID),
    (
        "https://www.facebook.com/people/UBND-Ph%C6%B0%E1%BB%9Dng-Ho%C3%A0n-Ki%E1%BA%BFm/100064123456789/",
        *FB_ID,
    ),
    ("https://www.facebook.com/p/UBND-Phuong-Hoan-Kiem-100064123456789/", *FB_ID),
    ("https://www.facebook.com/UBND-Phuong-Hoan-Kiem-100064123456789/", *FB_ID),
    (
        "https://www.facebook.com/groups/123456789012345/?ref=share",
        "https://www.facebook.com/groups/123456789012345",
        "facebook.com/groups/123456789012345",
    ),
    (
        "https://zalo.me/4178245638285443143",
        "https://zalo.me/4178245638285443143",
        "zalo.me/4178245638285443143",
    ),
    (
        "http://www.zalo.me/oa/4178245638285443143/",
        "https://zalo.me/4178245638285443143",
        "zalo.me/4178245638285443143",
    ),
    ("https://www.youtube.com/@HanoiTV?si=Xk2", "https://www.youtube.com/@HanoiTV", "youtube.com/@hanoitv"),
    ("https://m.youtube.com/@hanoitv/videos", "https://www.youtube.com/@hanoitv", "youtube.com/@hanoitv"),
    (
        "https://www.youtube.com/channel/UCxH3ZpZ4Kx9uhv1K5TS2zAQ/featured",
        "https://www.youtube.com/channel/UCxH3ZpZ4Kx9uhv1K5TS2zAQ",
        "youtube.com/channel/UCxH3ZpZ4Kx9uhv1K5TS2zAQ",
    ),
    (
        "youtube.com/c/HanoiTVOfficial/",
        "https://www.youtube.com/c/HanoiTVOfficial",
        "youtube.com/c/hanoitvofficial",
    ),
    (
        "https://www.youtube.com/user/hanoitv",
        "https://www.youtube.com/user/hanoitv",
        "youtube.com/user/hanoitv",
    ),
    (
        "https://www.tiktok.com/@ubnd.hoankiem?lang=vi-VN&is_from_webapp=1",
        "https://www.tiktok.com/@ubnd.hoankiem",
        "tiktok.com/@ubnd.hoankiem",
    ),
    (
        "https://m.tiktok.com/@UBND.HoanKiem/video/7234567890123456789",
        "https://www.tiktok.com/@UBND.HoanKiem",
        "tiktok.com/@ubnd.hoankiem",
    ),
    (
        "HTTPS://WWW.Hanoi.gov.vn/tin-tuc/?utm_campaign=x",
        "https://www.hanoi.gov.vn/tin-tuc",
        "hanoi.gov.vn/tin-tuc",
    ),
]


@pytest.mark.parametrize(("pasted", "url", "key"), SHAPES)
def test_every_shape_of_an_address_gives_one_canonical_page(pasted: str, url: str, key: str) -> None:
    address = canonical_page(pasted)
    assert (address.url, address.key) == (url, key)


def test_there_are_at_least_fifteen_shapes_and_ids_are_read() -> None:
    assert len(SHAPES) >= 15
    assert canonical_page(SHAPES[12][0]).platform_id == "100064123456789"
    assert canonical_page("zalo.me/4178245638285443143").platform is Platform.ZALO
    assert canonical_page(SHAPES[21][0]).platform_id == "UCxH3ZpZ4Kx9uhv1K5TS2zAQ"
    # Channel ids are case-sensitive: another case is another channel.
    assert (
        canonical_page("youtube.com/channel/ucxh3zpz4kx9uhv1k5ts2zaq").key
        != canonical_page(SHAPES[21][0]).key
    )


@pytest.mark.parametrize(
    ("pasted", "reason"),
    [
        ("", "Chưa có đường dẫn"),
        ("https://youtu.be/dQw4w9WgXcQ", "video"),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "video"),
        ("https://www.facebook.com/share/1AbCdEf/", "chia sẻ"),
        ("https://vm.tiktok.com/ZSabc123/", "rút gọn"),
        ("https://www.facebook.com/", "trang chủ"),
        ("UBND phường Hoàn Kiếm", "dấu cách"),
        ("ftp://files.hanoi.gov.vn/a", "http"),
        ("https://www.facebook.com/profile.php?id=abc", "thiếu mã"),
    ],
)
def test_addresses_that_are_not_a_page_are_refused_with_a_reason(pasted: str, reason: str) -> None:
    with pytest.raises(AddressError, match=reason):
        canonical_page(pasted)


def test_platform_labels_as_offices_write_them() -> None:
    assert platform_from_label("FB") is Platform.FACEBOOK
    assert platform_from_label("Zalo OA") is Platform.ZALO
    assert platform_from_label("Tik Tok") is Platform.TIKTOK
    assert platform_from_label("you tube") is Platform.YOUTUBE
    assert platform_from_label("Khác") is Platform.OTHER
    assert platform_from_label("Instagram") is None


def test_life_cycle_rules() -> None:
    assert can_move(VerificationState.NOT_REQUESTED, VerificationState.PROPOSED)
    assert not can_move(VerificationState.NOT_REQUESTED, VerificationState.VERIFIED)
    assert can_move(VerificationState.PROPOSED, VerificationState.SENT)
    assert can_move(VerificationState.SENT, VerificationState.REFUSED)
    assert can_move(VerificationState.VERIFIED, VerificationState.LOST)
    assert can_move(VerificationState.LOST, VerificationState.PROPOSED)
    assert not can_move(VerificationState.VERIFIED, VerificationState.PROPOSED)


@pytest.mark.parametrize(
    ("official", "imitator"),
    [
        ("UBND phường Hoàn Kiếm", "Ubnd phuong Hoan Kiem"),  # the same name, without diacritics
        ("UBND phường Hoàn Kiếm", "UBND P. Hoàn Kiếm - Tin tức"),  # abbreviated, with words added
        ("UBND phường Hoàn Kiếm", "Phường Hoàn Kiếm - Trang chính thức"),
        ("UBND phường Hoàn Kiếm", "UBND phường Hoàn Kim"),  # one letter dropped
        ("UBND phường Hoàn Kiếm", "UBND phường Hoàng Kiếm"),  # one letter added
        ("Sở Y tế Hà Nội", "SỞ Y TẾ THÀNH PHỐ HÀ NỘI"),
        ("Báo Hànộimới", "Bao Ha Noi Moi"),
    ],
)
def test_imitators_are_close(official: str, imitator: str) -> None:
    assert name_similarity(imitator, official) >= SIMILARITY_THRESHOLD


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("UBND phường Hoàn Kiếm", "UBND phường Hoàng Mai"),  # the near-miss: different wards
        ("UBND phường Tây Hồ", "UBND phường Tây Mỗ"),  # one letter apart, two real wards
        ("UBND phường Đống Đa", "UBND xã Đông Anh"),
        ("UBND phường Yên Hòa", "UBND phường Yên Sở"),
        ("Sở Nội vụ", "Sở Ngoại vụ"),
        ("UBND xã Thanh Trì", "UBND xã Thanh Oai"),
        ("UBND phường Ba Đình", "UBND xã Ba Vì"),
        ("UBND phường Thanh Xuân", "UBND xã Xuân Thanh"),  # the same syllables, another place
    ],
)
def test_different_agencies_with_similar_names_are_not_flagged(one: str, other: str) -> None:
    assert name_similarity(one, other) < SIMILARITY_THRESHOLD, name_similarity(one, other)


def test_name_key_keeps_what_tells_pages_apart() -> None:
    assert name_key("UBND P. Hoàn Kiếm - Trang chính thức") == "hoan kiem"
    assert name_key("UBND phường Yên Sở") == "yen so"  # "Sở" inside a place name stays
    assert name_key("Sở Y tế") == "y te"


def test_close_names_skips_the_same_agency_and_picks_the_best_match() -> None:
    officials = [
        NameSubject(1, "UBND phường Hoàn Kiếm", 10, "UBND phường Hoàn Kiếm"),
        NameSubject(2, "UBND phường Hoàng Mai", 11, "UBND phường Hoàng Mai"),
        NameSubject(3, "Phường Hoàn Kiếm (Zalo)", 10, "UBND phường Hoàn Kiếm"),
    ]
    flags = close_names([NameSubject(7, "Ubnd phuong Hoan Kiem 24h", None)], officials, kind="impersonator")
    assert [(f.subject_id, f.target_id) for f in flags] == [(7, 1)]
    # Page 3 belongs to the same agency as page 1: not a warning.
    assert close_names([officials[2]], officials, kind="page") == []
    assert close_names([officials[1]], officials, kind="page") == []
