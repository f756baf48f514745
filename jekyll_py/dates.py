"""Dates as Jekyll computes them: `Time.parse(value.to_s).localtime` (Utils.parse_date).

Every document date ends up an aware `datetime` in the site's local zone (`timezone:` sets `TZ`), so a
front-matter date written with another offset is shifted, and a bare day is local midnight.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_TIME_RE = re.compile(
    r"""^\s*(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})
        (?:(?:[Tt]|\s+)(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?)?
        \s*(?P<zone>[Zz]|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?\s*$""",
    re.VERBOSE,
)


class InvalidDate(ValueError):
    """Raised for a value `Time.parse` would reject."""


def _zone(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:-2]) if len(digits) > 2 else int(digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def parse_time_string(text: str) -> dt.datetime:
    """Time.parse for the forms dates take in front matter and file names, in local time."""
    match = _TIME_RE.match(text)
    if not match:
        raise InvalidDate(text)
    parts = match.groupdict()
    fraction = (parts["fraction"] or "0")[:6].ljust(6, "0")
    try:
        value = dt.datetime(
            int(parts["year"]), int(parts["month"]), int(parts["day"]),
            int(parts["hour"] or 0), int(parts["minute"] or 0), int(parts["second"] or 0), int(fraction),
            tzinfo=_zone(parts["zone"]),
        )
    except ValueError:
        raise InvalidDate(text) from None
    return value.astimezone()


def to_local_time(value: Any) -> dt.datetime:
    """Utils.parse_date(value.to_s): dates become local midnight, times keep their instant, strings parse."""
    if isinstance(value, dt.datetime):
        # Time#to_s drops sub-seconds before Time.parse reads it back
        local = value if value.tzinfo is not None else value.astimezone()
        return local.replace(microsecond=0).astimezone()
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day).astimezone()
    if isinstance(value, str):
        return parse_time_string(value)
    raise InvalidDate(str(value))
