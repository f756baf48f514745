"""Dates as Jekyll computes them: `Time.parse(value.to_s).localtime` (Utils.parse_date).

Every document date ends up an aware `datetime` in the site's local zone (`timezone:` sets `TZ`), so a
front-matter date written with another offset is shifted, and a bare day is local midnight.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from jekyll_py.ruby_date_parse import LIMIT, make_time, rational, time_parse

# The plain ISO forms most dates take, read straight into the fields Date._parse would find in them (a zone
# counts only after a time, as in parse_time)
_TIME_RE = re.compile(
    r"""[ \t]*(?P<year>[0-9]{4})-(?P<mon>[0-9]{1,2})-(?P<mday>[0-9]{1,2})
        (?:(?:[Tt]|[ \t]+)(?P<hour>[0-9]{1,2}):(?P<min>[0-9]{2})(?::(?P<sec>[0-9]{2})(?:[.,](?P<fraction>[0-9]+))?)?
        [ \t]*(?P<zone>[Zz]|UTC|GMT|[+-][0-9]{1,2}(?::?[0-9]{2})?)?)?[ \t]*""",
    re.VERBOSE,
)


class InvalidDate(ValueError):
    """Raised for a value `Time.parse` would reject."""


def ruby_time_parse(text: str, now: dt.datetime | None = None) -> dt.datetime | None:
    """Ruby's Time.parse(text, now): a written zone Time knows is kept, else local time; None where Ruby
    raises (and for years a datetime cannot hold)."""
    if now is None:
        now = dt.datetime.now().astimezone()
    try:
        match = _TIME_RE.fullmatch(text) if len(text) <= LIMIT else None
        return make_time(_iso_fields(match), now) if match else time_parse(text, now)
    except (ValueError, OverflowError):
        return None


def _iso_fields(match: re.Match[str]) -> dict[str, Any]:
    """Date._parse's hash for a plain ISO string (a 4-digit year is never completed)."""
    fields: dict[str, Any] = {key: int(value) for key, value in match.groupdict().items()
                              if value is not None and key not in ("fraction", "zone")}
    if match["fraction"] is not None:
        fields["sec_fraction"] = rational(int(match["fraction"]), 10 ** len(match["fraction"]))
    fields["zone"] = match["zone"]
    return fields


def parse_time_string(text: str) -> dt.datetime:
    """Time.parse for the forms dates take in front matter and file names, in local time."""
    parsed = ruby_time_parse(text)
    if parsed is None:
        raise InvalidDate(text)
    return parsed.astimezone()


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
