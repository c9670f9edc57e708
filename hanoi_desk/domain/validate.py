"""Checks for the shapes of contact data found in office files."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_PHONE_CHARS = re.compile(r"[\s.\-()]")


def check_email(value: str) -> str | None:
    """Return an error message, or None when *value* is empty or a plausible address."""
    if value and not _EMAIL.match(value):
        return "Địa chỉ email không hợp lệ (ví dụ đúng: vanthu@hanoi.gov.vn)."
    return None


def normalise_phone(value: str) -> str:
    """Normalise a Vietnamese phone number as offices write it; unknown shapes are returned trimmed.

    Spreadsheets store numbers as numbers, so "0243 825 3536" arrives as 2438253536 and a mobile as
    912345678: a 9- or 10-digit number without its leading 0 gets it back. "+84" becomes "0".
    Several numbers in one cell ("024 3825 3536 - 0912 345 678" or with ";") are kept apart.
    """
    value = value.strip()
    if not value:
        return ""
    if value.isdigit() and value[0] == "0":  # already in shape (what a second pass sees): as it is
        return value
    parts = re.split(r"\s*[;,/]\s*|\s+-\s+", value)
    return "; ".join(_one_phone(p) for p in parts if p.strip())


def _one_phone(part: str) -> str:
    digits = _PHONE_CHARS.sub("", part)
    if digits.endswith(".0") and digits[:-2].isdigit():
        digits = digits[:-2]
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if digits.isdigit() and len(digits) in (9, 10) and not digits.startswith("0"):
        digits = "0" + digits
    return digits if digits.isdigit() else part.strip()


def check_phone(value: str) -> str | None:
    """Vietnamese numbers: mobiles 10 digits from 0, landlines 11 digits from 02 (since 2017),
    1800/1900 service numbers (8 or 10 digits), 3–5-digit hotlines."""
    for part in value.split(";"):
        number = part.strip()
        if not number:
            continue
        if not number.isdigit():
            return f"Số điện thoại “{number}” chỉ được chứa chữ số."
        mobile = len(number) == 10 and number.startswith("0")
        landline = len(number) == 11 and number.startswith("02")
        service = len(number) in (8, 10) and number.startswith(("1800", "1900"))
        if not (mobile or landline or service or 3 <= len(number) <= 5):
            return (f"Số điện thoại “{number}” không đúng: di động 10 chữ số, "
                    "cố định 11 chữ số bắt đầu bằng 02.")
    return None


def normalise_url(value: str) -> str:
    """Give a bare host ("hanoi.gov.vn") its scheme so it opens in a browser."""
    value = value.strip()
    if value and "://" not in value:
        value = "https://" + value
    return value


def check_url(value: str) -> str | None:
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or "." not in parts.netloc or " " in value:
        return "Địa chỉ trang web không hợp lệ (ví dụ đúng: https://hanoi.gov.vn)."
    return None
