"""Date filters: Liquid's `date` with Ruby's strftime, and Jekyll's date_to_* filters.

Ruby's strftime differs from C's/Python's: flags (`%-d`, `%_m`, `%^b`, `%010Y`), `%e`, `%k`, `%l`,
`%L`, `%N`, `%s`, `%P`, `%:z`, and Jekyll converts every time to the local zone before printing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from jekyll_py.dates import ruby_time_parse
from jekyll_py.liquid.errors import JekyllTagError
from jekyll_py.liquid.values import inspect as ruby_inspect
from jekyll_py.liquid.values import is_nil, to_s

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DIRECTIVE = re.compile(r"%([-_0^#:]*)(\d*)([a-zA-Z%+])")
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def local(value: dt.datetime | dt.date) -> dt.datetime:
    """A Ruby Time in the process's local zone (Jekyll calls `.localtime`)."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    return value.astimezone()


def _offset(value: dt.datetime, colons: int) -> str:
    delta = value.utcoffset() or dt.timedelta(0)
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if colons == 1:
        return f"{sign}{hours:02d}:{minutes:02d}"
    if colons >= 2:
        return f"{sign}{hours:02d}:{minutes:02d}:{secs:02d}"
    return f"{sign}{hours:02d}{minutes:02d}"


def zone_name(value: dt.datetime) -> str:
    """Ruby's %Z: UTC for UTC times, the zone's abbreviation, empty for a bare offset."""
    if value.tzinfo is None:
        return ""
    if value.utcoffset() == dt.timedelta(0) and value.tzinfo in (dt.UTC,):
        return "UTC"
    name = value.tzname() or ""
    return "" if name.startswith(("UTC+", "UTC-")) else name


def _iso_week(value: dt.datetime) -> tuple[int, int]:
    year, week, _ = value.isocalendar()
    return year, week


NUMERIC: dict[str, tuple[Callable[[dt.datetime], int], int, str]] = {
    "d": (lambda v: v.day, 2, "0"), "e": (lambda v: v.day, 2, " "),
    "j": (lambda v: v.timetuple().tm_yday, 3, "0"), "m": (lambda v: v.month, 2, "0"),
    "H": (lambda v: v.hour, 2, "0"), "k": (lambda v: v.hour, 2, " "),
    "I": (lambda v: (v.hour % 12) or 12, 2, "0"), "l": (lambda v: (v.hour % 12) or 12, 2, " "),
    "M": (lambda v: v.minute, 2, "0"), "S": (lambda v: v.second, 2, "0"),
    "y": (lambda v: v.year % 100, 2, "0"), "C": (lambda v: v.year // 100, 2, "0"),
    "u": (lambda v: v.isoweekday(), 1, "0"), "w": (lambda v: v.isoweekday() % 7, 1, "0"),
    "U": (lambda v: int(v.strftime("%U")), 2, "0"), "W": (lambda v: int(v.strftime("%W")), 2, "0"),
    "G": (lambda v: _iso_week(v)[0], 4, "0"), "g": (lambda v: _iso_week(v)[0] % 100, 2, "0"),
    "V": (lambda v: _iso_week(v)[1], 2, "0"), "Y": (lambda v: v.year, 4, "0"),
    "s": (lambda v: int((v - EPOCH).total_seconds()) if v.tzinfo else int(v.timestamp()), 1, "0"),
}


def _numeric(value: dt.datetime, conv: str) -> tuple[int, int, str] | None:
    """(number, default width, default pad) for the numeric conversions."""
    entry = NUMERIC.get(conv)
    if entry is None:
        return None
    getter, width, pad = entry
    return getter(value), width, pad


def _text(value: dt.datetime, conv: str, colons: int) -> str | None:
    """The textual and composite conversions."""
    simple = {
        "a": DAYS[value.weekday()][:3], "A": DAYS[value.weekday()], "b": MONTHS[value.month - 1][:3],
        "h": MONTHS[value.month - 1][:3], "B": MONTHS[value.month - 1],
        "p": "PM" if value.hour >= 12 else "AM", "P": "pm" if value.hour >= 12 else "am",
        "Z": zone_name(value), "n": "\n", "t": "\t", "%": "%",
        "L": f"{value.microsecond // 1000:03d}", "N": f"{value.microsecond * 1000:09d}",
    }
    if conv == "z":
        return _offset(value, colons)
    if conv in simple:
        return simple[conv]
    composite = {"c": "%a %b %e %H:%M:%S %Y", "D": "%m/%d/%y", "x": "%m/%d/%y", "F": "%Y-%m-%d",
                 "T": "%H:%M:%S", "X": "%H:%M:%S", "R": "%H:%M", "r": "%I:%M:%S %p",
                 "+": "%a %b %e %H:%M:%S %Z %Y"}
    if conv in composite:
        return strftime(value, composite[conv])
    return None


def _directive(value: dt.datetime, match: re.Match[str]) -> str:
    flags, width_text, conv = match.groups()
    width = int(width_text) if width_text else None
    numeric = _numeric(value, conv)
    if numeric is not None:
        number, default_width, pad = numeric
        if "-" in flags:
            return str(number)
        if "_" in flags:
            pad = " "
        elif "0" in flags:
            pad = "0"
        text = str(abs(number)).rjust((width or default_width) - (number < 0), pad)
        return ("-" if number < 0 else "") + text
    if conv in "LN" and width:
        digits = f"{value.microsecond:06d}000"
        return digits[:width].ljust(width, "0")
    text = _text(value, conv, flags.count(":"))
    if text is None:
        return match.group(0)
    if "^" in flags:
        text = text.upper()
    if "#" in flags:
        text = text.swapcase() if conv not in "pP" else text.lower()
    if width and "-" not in flags:
        pad = "0" if "0" in flags or conv == "z" else " "
        text = text.rjust(width, pad)
    return text


def strftime(value: dt.datetime, fmt: str) -> str:
    """Ruby's Time#strftime."""
    return DIRECTIVE.sub(lambda m: _directive(value, m), fmt)


def to_date(value: Any) -> dt.datetime | dt.date | None:
    """Liquid's Utils.to_date: times pass, 'now'/'today', epoch seconds, parseable strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    if isinstance(value, bool) or is_nil(value):
        return None
    if isinstance(value, int):
        return dt.datetime.fromtimestamp(value).astimezone()
    if not isinstance(value, str):
        return None
    text = value.lower()
    if text == "":
        return None
    if text in ("now", "today"):
        return dt.datetime.now().astimezone()
    if text.isdigit():
        return dt.datetime.fromtimestamp(int(text)).astimezone()
    return parse_time(value)


def parse_time(text: str) -> dt.datetime | None:
    """Ruby's Time.parse (one implementation, shared with the content model)."""
    return ruby_time_parse(text)


def date(value: Any, fmt: Any = None) -> Any:
    """Liquid's `date`: unparseable input and empty formats return the input unchanged."""
    fmt_text = to_s(fmt)
    if fmt_text == "":
        return value
    parsed = to_date(value)
    if parsed is None:
        return value
    if not isinstance(parsed, dt.datetime):
        parsed = dt.datetime(parsed.year, parsed.month, parsed.day)
        return strftime(parsed, fmt_text)
    return strftime(parsed, fmt_text)


def jekyll_time(value: Any) -> dt.datetime:
    """Jekyll's `time()` helper: a local Time, or InvalidDateError."""
    parsed = to_date(value)
    if parsed is None:
        raise JekyllTagError(f"Invalid Date: '{ruby_inspect(value)}' is not a valid datetime.",
                             ruby_class="Jekyll::Errors::InvalidDateError")
    return local(parsed)


def ordinal(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _stringify_date(value: Any, month: str, kind: Any, style: Any) -> Any:
    if to_s(value) == "":
        return value
    time = jekyll_time(value)
    if kind == "ordinal":
        day = f"{time.day}{ordinal(time.day)}"
        if style == "US":
            return strftime(time, f"{month} {day}, %Y")
        return strftime(time, f"{day} {month} %Y")
    return strftime(time, f"%d {month} %Y")


def date_to_string(value: Any, kind: Any = None, style: Any = None) -> Any:
    return _stringify_date(value, "%b", kind, style)


def date_to_long_string(value: Any, kind: Any = None, style: Any = None) -> Any:
    return _stringify_date(value, "%B", kind, style)


def date_to_xmlschema(value: Any) -> Any:
    if to_s(value) == "":
        return value
    time = jekyll_time(value)
    # Jekyll converts to local time first, so Ruby never prints the `Z` of a UTC time here.
    return strftime(time, "%Y-%m-%dT%H:%M:%S") + _offset(time, 1)


def date_to_rfc822(value: Any) -> Any:
    if to_s(value) == "":
        return value
    time = jekyll_time(value)
    return strftime(time, "%a, %d %b %Y %H:%M:%S ") + _offset(time, 0)


FILTERS = {
    "date": date, "date_to_string": date_to_string, "date_to_long_string": date_to_long_string,
    "date_to_xmlschema": date_to_xmlschema, "date_to_rfc822": date_to_rfc822,
}
