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


# Date._parse's pieces when the whole string is not one ISO timestamp: the first ISO date, and a time
# whose zone counts only when it follows the time directly ("2023-01-29 18:30:22 2023 -0800" is local).
_ISO_DATE_RE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_CLOCK_RE = re.compile(
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?"
    r"(?:\s*(?P<zone>[Zz]\b|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?))?"
)


def ruby_time_parse(text: str) -> dt.datetime | None:
    """Ruby's Time.parse for the forms sites use: a written zone is kept, else local time; None where
    Ruby raises."""
    match = _TIME_RE.match(text)
    if match:
        return _from_parts(match.groupdict())
    day = _ISO_DATE_RE.search(text)
    if day:
        clock = _CLOCK_RE.search(text, day.end())
        return _from_parts({**day.groupdict(), **(clock.groupdict() if clock else {})})
    from dateutil import parser as date_parser

    try:
        parsed = date_parser.parse(text, default=dt.datetime.now().replace(
            month=1, day=1, hour=0, minute=0, second=0, microsecond=0))
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.astimezone()


def parse_time_string(text: str) -> dt.datetime:
    """Time.parse for the forms dates take in front matter and file names, in local time."""
    parsed = ruby_time_parse(text)
    if parsed is None:
        raise InvalidDate(text)
    return parsed.astimezone()


def _from_parts(parts: dict[str, str | None]) -> dt.datetime | None:
    """A local time from regex groups (year … fraction, zone); None for an impossible date."""
    fraction = (parts.get("fraction") or "0")[:6].ljust(6, "0")
    try:
        value = dt.datetime(
            int(parts["year"] or 0), int(parts["month"] or 0), int(parts["day"] or 0),
            int(parts.get("hour") or 0), int(parts.get("minute") or 0), int(parts.get("second") or 0),
            int(fraction), tzinfo=_zone(parts.get("zone")),
        )
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.astimezone()  # Time.parse keeps a written zone


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
