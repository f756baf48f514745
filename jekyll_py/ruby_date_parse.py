"""Ruby's `Date._parse` and `Time.parse`, ported so dates read the way Jekyll reads them.

Jekyll turns a front-matter date string into a time with `Time.parse` (lib/time.rb), which takes the fields
`Date._parse` (ext/date/date_parse.c, date 3.2.2 as shipped with Ruby 3.1) finds and fills the missing
leading ones from the current time. `Date._parse` is a chain of regular-expression heuristics: each step
finds its pattern anywhere in the string, blanks the match out and records fields, so it accepts typos such
as `202O-06-21` (day 202 of this year). Every step here carries its C function's name.

Ruby's regexps read `\\d` as ASCII digits but `\\b` and `[[:alpha:]]` by Unicode, hence `[0-9]` below.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fractions import Fraction

ABBR_DAYS = "sun|mon|tue|wed|thu|fri|sat"
ABBR_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
ERA = r"(c(?:e|\.e\.)|b(?:ce|\.c\.e\.)|a(?:d|\.d\.)|b(?:c|\.c\.))?"
ALPHA = r"[^\W\d_]"  # [[:alpha:]]
SPACE = b" \t\n\v\f\r"  # C isspace
LIMIT = 128  # Date._parse's default `limit:` (date_core.c check_limit), in bytes


class ArgumentError(ValueError):
    """Where Ruby raises ArgumentError."""


def rational(numerator: int, denominator: int) -> Fraction:
    """Ruby's Rational. `fractions` is imported on first use: with `decimal` it costs a build ~2 ms at start,
    and most dates have no fraction of a second."""
    from fractions import Fraction

    return Fraction(numerator, denominator)


ICASE = re.IGNORECASE  # REGCOMP_I; the others are REGCOMP_0

# date__parse: what is not a letter, digit or one of -+',./:@[] becomes a space
SANITIZE = re.compile(r"(?:[^-+',./:@\[\]\w]|_)+")
PARSE_DAY = re.compile(rf"\b({ABBR_DAYS})[^-/0-9\s]*", ICASE)
PARSE_TIME = re.compile(
    r"((?:[0-9]+\s*:\s*[0-9]+(?:\s*:\s*[0-9]+(?:[,.][0-9]*)?)?|[0-9]+\s*h(?:\s*[0-9]+m?(?:\s*[0-9]+s?)?)?)"
    r"(?:\s*[ap](?:m\b|\.m\.))?|[0-9]+\s*[ap](?:m\b|\.m\.))"
    r"(?:\s*((?:gmt|utc?)?[-+][0-9]+(?:[,.:][0-9]+(?::[0-9]+)?)?"
    rf"|(?-i:(?:{ALPHA}|[.\s])+)(?:standard|daylight)\stime\b|(?-i:{ALPHA}+)(?:\sdst)?\b))?",
    ICASE,
)
PARSE_TIME2 = re.compile(
    r"\A([0-9]+)h?(?:\s*:?\s*([0-9]+)m?(?:\s*:?\s*([0-9]+)(?:[,.]([0-9]+))?s?)?)?(?:\s*([ap])(?:m\b|\.m\.))?",
    ICASE,
)
PARSE_EU = re.compile(
    rf"('?[0-9]+)[^-0-9\s]*\s*({ABBR_MONTHS})[^-0-9\s']*(?:\s*{ERA}\s*('?-?[0-9]+(?:(?:st|nd|rd|th)\b)?))?",
    ICASE,
)
PARSE_US = re.compile(rf"\b({ABBR_MONTHS})[^-0-9\s']*\s*('?[0-9]+)[^-0-9\s']*(?:\s*,?\s*{ERA}\s*('?-?[0-9]+))?", ICASE)
PARSE_ISO = re.compile(r"('?[-+]?[0-9]+)-([0-9]+)-('?-?[0-9]+)")
PARSE_ISO21 = re.compile(r"\b([0-9]{2}|[0-9]{4})?-?w([0-9]{2})(?:-?([0-9]))?\b", ICASE)
PARSE_ISO22 = re.compile(r"-w-([0-9])\b", ICASE)
PARSE_ISO23 = re.compile(r"--([0-9]{2})?-([0-9]{2})\b")
PARSE_ISO24 = re.compile(r"--([0-9]{2})([0-9]{2})?\b")
PARSE_ISO25_GUARD = re.compile(r"[,.]([0-9]{2}|[0-9]{4})-[0-9]{3}\b")
PARSE_ISO25 = re.compile(r"\b([0-9]{2}|[0-9]{4})-([0-9]{3})\b")
PARSE_ISO26_GUARD = re.compile(r"[0-9]-[0-9]{3}\b")
PARSE_ISO26 = re.compile(r"\b-([0-9]{3})\b")
PARSE_JIS = re.compile(r"\b([mtshr])([0-9]+)\.([0-9]+)\.([0-9]+)", ICASE)
PARSE_VMS11 = re.compile(rf"('?-?[0-9]+)-({ABBR_MONTHS})[^-/.]*-('?-?[0-9]+)", ICASE)
PARSE_VMS12 = re.compile(rf"\b({ABBR_MONTHS})[^-/.]*-('?-?[0-9]+)(?:-('?-?[0-9]+))?", ICASE)
PARSE_SLA = re.compile(r"('?-?[0-9]+)/\s*('?[0-9]+)(?:[^0-9]\s*('?-?[0-9]+))?", ICASE)
PARSE_DOT = re.compile(r"('?-?[0-9]+)\.\s*('?[0-9]+)\.\s*('?-?[0-9]+)", ICASE)
PARSE_YEAR = re.compile(r"'([0-9]+)\b")
PARSE_MON = re.compile(rf"\b({ABBR_MONTHS})\S*", ICASE)
PARSE_MDAY = re.compile(r"([0-9]+)(st|nd|rd|th)\b", ICASE)
PARSE_DDD = re.compile(
    r"([-+]?)([0-9]{2,14})(?:\s*t?\s*([0-9]{2,6})?(?:[,.]([0-9]*))?)?"
    r"(?:\s*(z\b|[-+][0-9]{1,4}\b|\[[-+]?[0-9][^\]]*\]))?",
    ICASE,
)
PARSE_BC = re.compile(r"\b(bc\b|bce\b|b\.c\.|b\.c\.e\.)", ICASE)
PARSE_FRAG = re.compile(r"\A\s*([0-9]{1,2})\s*\Z", ICASE)

# check_class
HAVE_ALPHA, HAVE_DIGIT, HAVE_DASH, HAVE_DOT, HAVE_SLASH = 1, 2, 4, 8, 16
# date__parse's gengo: the year before each JIS X 0301 era's first
ERAS = {"m": 1867, "t": 1911, "s": 1925, "h": 1988, "r": 2018}


def date_parse(text: str) -> dict[str, Any]:
    """Date._parse(text) (comp true, as Time.parse calls it): the fields found, keyed as Ruby's hash, with
    Fractions for its Rationals."""
    if len(text.encode()) > LIMIT:
        raise ArgumentError(f"string length ({len(text.encode())}) exceeds the limit {LIMIT}")
    return _DateParser(text).run()


def _check_class(text: str) -> int:
    """check_class: which ASCII character kinds the (partly consumed) string still holds."""
    flags = 0
    for char in text:
        if char.isascii() and char.isalpha():
            flags |= HAVE_ALPHA
        elif "0" <= char <= "9":
            flags |= HAVE_DIGIT
        elif char == "-":
            flags |= HAVE_DASH
        elif char == ".":
            flags |= HAVE_DOT
        elif char == "/":
            flags |= HAVE_SLASH
    return flags


def _str2num(text: str) -> int:
    """rb_cstr_to_inum(text, 10, 0) for an optional sign and digits: 0 when there are no digits."""
    digits = text.lstrip("+-")
    value = int(digits) if digits else 0
    return -value if text.startswith("-") else value


def _n2i(text: str, start: int, width: int) -> int:
    """n2i: the number written by `width` digits from `start`."""
    return int(text[start:start + width])


def _abbr_num(text: str, names: str) -> int:
    """day_num / mon_num's search: the index of the name whose first three bytes match, case-blind in ASCII."""
    head = text.encode()[:3].lower()
    abbrs = names.encode().split(b"|")
    return abbrs.index(head) if head in abbrs else len(abbrs)


def _sign_digits(text: str, allow_sign: bool) -> tuple[int, int, int] | None:
    """s3e's scan: skip to the first digit (or sign), return (start, digits start, digits end), None if none."""
    start = next((i for i, c in enumerate(text) if "0" <= c <= "9" or (allow_sign and c in "+-")), None)
    if start is None:
        return None
    first = start + 1 if text[start] in "+-" else start
    end = first
    while end < len(text) and "0" <= text[end] <= "9":
        end += 1
    return start, first, end


class _DateParser:
    """date__parse's state: the string being consumed and the hash being filled."""

    def __init__(self, text: str) -> None:
        self.text = SANITIZE.sub(" ", text)
        self.hash: dict[str, Any] = {"_comp": True}

    def have(self, flags: int) -> bool:
        """HAVE_ELEM_P: re-checked on the string as each step leaves it."""
        return _check_class(self.text) & flags == flags

    def subs(self, pattern: re.Pattern[str], callback: Callable[[re.Match[str]], object]) -> bool:
        """subx: blank out the first match with a space, then record its fields."""
        match = pattern.search(self.text)
        if match is None:
            return False
        self.text = f"{self.text[:match.start()]} {self.text[match.end():]}"
        callback(match)
        return True

    def run(self) -> dict[str, Any]:
        """date__parse: day and time first, then the first date form that matches, then fix-ups."""
        if self.have(HAVE_ALPHA):
            self.subs(PARSE_DAY, lambda m: self.hash.update(wday=_abbr_num(m[1], ABBR_DAYS)))
        if self.have(HAVE_DIGIT):
            self.subs(PARSE_TIME, self.parse_time_cb)
        steps: tuple[tuple[int, Callable[[], bool]], ...] = (
            (HAVE_ALPHA | HAVE_DIGIT, self.parse_eu),
            (HAVE_ALPHA | HAVE_DIGIT, self.parse_us),
            (HAVE_DIGIT | HAVE_DASH, self.parse_iso),
            (HAVE_DIGIT | HAVE_DOT, self.parse_jis),
            (HAVE_ALPHA | HAVE_DIGIT | HAVE_DASH, self.parse_vms),
            (HAVE_DIGIT | HAVE_SLASH, self.parse_sla),
            (HAVE_DIGIT | HAVE_DOT, self.parse_dot),
            (HAVE_DIGIT, self.parse_iso2),
            (HAVE_DIGIT, self.parse_year),
            (HAVE_ALPHA, self.parse_mon),
            (HAVE_DIGIT, self.parse_mday),
            (HAVE_DIGIT, self.parse_ddd),
        )
        for flags, step in steps:
            if self.have(flags) and step():
                break
        if self.have(HAVE_ALPHA):
            self.subs(PARSE_BC, lambda m: self.hash.update(_bc=True))
        if self.have(HAVE_DIGIT):
            self.subs(PARSE_FRAG, self.parse_frag_cb)
        self.fix_years()
        zone = self.hash.get("zone")
        if zone is not None and self.hash.get("offset") is None:
            self.hash["offset"] = date_zone_to_diff(zone)
        return self.hash

    def fix_years(self) -> None:
        """date__parse's end: a BC year y is 1 - y, and with `_comp` a year 0..99 gains its century (69 → 1969)."""
        bc, comp = self.hash.pop("_bc", False), self.hash.pop("_comp")
        for key in ("cwyear", "year"):
            year = self.hash.get(key)
            if year is not None and bc:
                year = self.hash[key] = 1 - year
            if year is not None and comp and 0 <= year <= 99:
                self.hash[key] = year + (1900 if year >= 69 else 2000)

    def s3e(self, y: str | None, m: str | int, d: str | None, bc: bool) -> None:
        """s3e: decide which of three numbers is the year, month and day, from their widths and apostrophes."""
        m = str(m)
        comp: bool | None = None
        if y is not None and d is None:
            y, m, d = d, y, m
        if y is None:
            if d is not None and len(d) > 2:
                y, d = d, None
            if d is not None and d.startswith("'"):
                y, d = d, None
        if y is not None and (span := _sign_digits(y, True)) is not None and span[2] < len(y):
            y, d = d, y[span[0]:span[2]]
        if m.startswith("'") or len(m) > 2:  # us -> be
            y, m, d = m, d, y
        if d is not None and (d.startswith("'") or len(d) > 2):
            y, d = d, y
        if y is not None and (span := _sign_digits(y, True)) is not None:
            start, first, end = span
            if first > start or end - first > 2:
                comp = False
            self.hash["year"] = _str2num(y[start:end])
        if bc:
            self.hash["_bc"] = True
        for key, value in (("mon", m), ("mday", d)):
            if value is not None and (span := _sign_digits(value, False)) is not None:
                self.hash[key] = int(value[span[1]:span[2]])
        if comp is not None:
            self.hash["_comp"] = comp

    def parse_time_cb(self, match: re.Match[str]) -> None:
        """parse_time_cb and parse_time2_cb: the zone, then hour, minutes, seconds, fraction and am/pm."""
        if match[2] is not None:
            self.hash["zone"] = match[2]
        fields = PARSE_TIME2.match(match[1])
        assert fields is not None  # match[1] starts with digits
        hour = int(fields[1])
        if fields[5] is not None:
            hour = hour % 12 + (12 if fields[5] in "pP" else 0)
        self.hash["hour"] = hour
        if fields[2] is not None:
            self.hash["min"] = int(fields[2])
        if fields[3] is not None:
            self.hash["sec"] = int(fields[3])
        if fields[4] is not None:
            self.hash["sec_fraction"] = rational(int(fields[4]), 10 ** len(fields[4]))

    def parse_eu(self) -> bool:
        """parse_eu: day, month name, optional era and year ("21 June 2020")."""
        return self.subs(PARSE_EU, lambda m: self.s3e(m[4], _abbr_num(m[2], ABBR_MONTHS) + 1, m[1], _is_bc(m[3])))

    def parse_us(self) -> bool:
        """parse_us: month name, day, optional era and year ("June 21, 2020")."""
        return self.subs(PARSE_US, lambda m: self.s3e(m[4], _abbr_num(m[1], ABBR_MONTHS) + 1, m[2], _is_bc(m[3])))

    def parse_iso(self) -> bool:
        """parse_iso: y-m-d."""
        return self.subs(PARSE_ISO, lambda m: self.s3e(m[1], m[2], m[3], False))

    def parse_iso2(self) -> bool:
        """parse_iso2: week dates (parse_iso21, 22), --mm-dd forms (23, 24), ordinal dates (25, 26)."""
        return (
            self.subs(PARSE_ISO21, self.parse_iso21_cb)
            or self.subs(PARSE_ISO22, lambda m: self.hash.update(cwday=int(m[1])))
            or self.subs(PARSE_ISO23, lambda m: self.set_ints(mon=m[1], mday=m[2]))
            or self.subs(PARSE_ISO24, lambda m: self.set_ints(mon=m[1], mday=m[2]))
            or (PARSE_ISO25_GUARD.search(self.text) is None
                and self.subs(PARSE_ISO25, lambda m: self.set_ints(year=m[1], yday=m[2])))
            or (PARSE_ISO26_GUARD.search(self.text) is None
                and self.subs(PARSE_ISO26, lambda m: self.set_ints(yday=m[1])))
        )

    def parse_iso21_cb(self, match: re.Match[str]) -> None:
        """parse_iso21_cb: [yy]yy-Www[-d]."""
        self.set_ints(cwyear=match[1])
        self.hash["cweek"] = int(match[2])
        self.set_ints(cwday=match[3])

    def set_ints(self, **fields: str | None) -> None:
        """Record the fields that were matched, as numbers."""
        self.hash.update({key: int(value) for key, value in fields.items() if value is not None})

    def parse_jis(self) -> bool:
        """parse_jis: JIS X 0301 era dates ("R2.6.21" is 2020-06-21)."""

        def record(m: re.Match[str]) -> None:
            self.hash.update(year=int(m[2]) + ERAS.get(m[1].lower(), 0), mon=int(m[3]), mday=int(m[4]))

        return self.subs(PARSE_JIS, record)

    def parse_vms(self) -> bool:
        """parse_vms: VMS dates, d-mon-y (parse_vms11) or mon-d[-y] (parse_vms12)."""
        return self.subs(
            PARSE_VMS11, lambda m: self.s3e(m[3], _abbr_num(m[2], ABBR_MONTHS) + 1, m[1], False)
        ) or self.subs(PARSE_VMS12, lambda m: self.s3e(m[3], _abbr_num(m[1], ABBR_MONTHS) + 1, m[2], False))

    def parse_sla(self) -> bool:
        """parse_sla: slashed numbers, sorted out by s3e."""
        return self.subs(PARSE_SLA, lambda m: self.s3e(m[1], m[2], m[3], False))

    def parse_dot(self) -> bool:
        """parse_dot: dotted numbers, sorted out by s3e."""
        return self.subs(PARSE_DOT, lambda m: self.s3e(m[1], m[2], m[3], False))

    def parse_year(self) -> bool:
        """parse_year: an apostrophe year ('99)."""
        return self.subs(PARSE_YEAR, lambda m: self.set_ints(year=m[1]))

    def parse_mon(self) -> bool:
        """parse_mon: a month name alone."""
        return self.subs(PARSE_MON, lambda m: self.hash.update(mon=_abbr_num(m[1], ABBR_MONTHS) + 1))

    def parse_mday(self) -> bool:
        """parse_mday: an ordinal day (21st)."""
        return self.subs(PARSE_MDAY, lambda m: self.set_ints(mday=m[1]))

    def parse_ddd(self) -> bool:
        """parse_ddd: a run of 2 to 14 digits, with optional time digits, fraction and zone."""
        return self.subs(PARSE_DDD, self.parse_ddd_cb)

    def parse_ddd_cb(self, match: re.Match[str]) -> None:
        """parse_ddd_cb: the run's width says which fields it holds; followed by a fraction but no time
        digits, it is a time read from the right."""
        sign, digits, clock, fraction, zone = match.groups()
        if clock is None and fraction is not None:
            self.hash.update(_ddd_from_right(digits, sign == "-"))
        else:
            self.hash.update(_ddd_from_left(digits, sign == "-"))
        if clock is not None and len(clock) in (2, 4, 6):
            self.hash.update(_ddd_from_right(clock, False) if fraction is not None else _clock_from_left(clock))
        if fraction is not None:
            self.hash["sec_fraction"] = rational(_str2num(fraction), 10 ** len(fraction))
        if zone is not None:
            self.hash["zone"] = zone
            if zone.startswith("["):
                self.parse_ddd_bracket_zone(zone[1:-1])

    def parse_ddd_bracket_zone(self, inner: str) -> None:
        """parse_ddd_cb's "[offset:name]" zone: the name is the zone, the part through the colon the offset."""
        name, colon, _ = inner.partition(":")
        if colon:
            zone, offset_text = inner[len(name) + 1:], name + ":"
        else:
            zone, offset_text = inner, ("+" + inner if "0" <= inner[0] <= "9" else inner)
        self.hash["zone"] = zone
        self.hash["offset"] = date_zone_to_diff(offset_text)

    def parse_frag_cb(self, match: re.Match[str]) -> None:
        """parse_frag_cb: a lone number left over is the day of a time, or the hour of a day."""
        number = int(match[1])
        if self.hash.get("hour") is not None and self.hash.get("mday") is None and 1 <= number <= 31:
            self.hash["mday"] = number
        if self.hash.get("mday") is not None and self.hash.get("hour") is None and 0 <= number <= 24:
            self.hash["hour"] = number


def _is_bc(era: str | None) -> bool:
    """parse_eu_cb / parse_us_cb: an era starting with B is BC."""
    return era is not None and era[0] in "bB"


def _ddd_from_right(digits: str, negative: bool) -> dict[str, Any]:
    """parse_ddd_cb's time reading: sec, min, hour, mday, mon by twos from the right (the leftmost may be one
    digit), then a 2- or 4-digit year; widths 9, 11 and 13 hold nothing."""
    width = len(digits)
    if width in (9, 11, 13):
        return {}
    fields: dict[str, Any] = {}
    end = width
    for name in ("sec", "min", "hour", "mday", "mon"):
        if end <= 0:
            break
        start = max(end - 2, 0)
        fields[name] = _n2i(digits, start, end - start)
        end = start
    if width in (12, 14):
        year = _n2i(digits, 0, end)
        fields["year"] = -year if negative else year
    if width == 14:
        fields["_comp"] = False
    return fields


def _ddd_from_left(digits: str, negative: bool) -> dict[str, Any]:
    """parse_ddd_cb's date reading: dd, mmdd, yymmdd, yyyymmdd[hh[mm[ss]]], ddd, yyddd, yyyyddd."""
    width = len(digits)

    def year(year_width: int) -> int:
        value = _n2i(digits, 0, year_width)
        return -value if negative else value

    if width == 2:
        return {"mday": _n2i(digits, 0, 2)}
    if width == 4:
        return {"mon": _n2i(digits, 0, 2), "mday": _n2i(digits, 2, 2)}
    if width == 6:
        return {"year": year(2), "mon": _n2i(digits, 2, 2), "mday": _n2i(digits, 4, 2)}
    if width in (8, 10, 12, 14):
        fields = {"year": year(4), "mon": _n2i(digits, 4, 2), "mday": _n2i(digits, 6, 2)}
        fields.update(_clock_from_left(digits[8:]))
        return {**fields, "_comp": False}
    if width == 3:
        return {"yday": _n2i(digits, 0, 3)}
    if width == 5:
        return {"year": year(2), "yday": _n2i(digits, 2, 3)}
    if width == 7:
        return {"year": year(4), "yday": _n2i(digits, 4, 3)}
    return {}


def _clock_from_left(digits: str) -> dict[str, int]:
    """parse_ddd_cb's hh[mm[ss]] read from the left."""
    return {name: _n2i(digits, 2 * index, 2) for index, name in enumerate(("hour", "min", "sec")[:len(digits) // 2])}


# zonetab.list: the zone names date_zone_to_diff knows (matched case-blind), in seconds east of UTC
ZONES = {
    "ut": 0, "gmt": 0, "est": -18000, "edt": -14400, "cst": -21600, "cdt": -18000, "mst": -25200, "mdt": -21600,
    "pst": -28800, "pdt": -25200, "a": 3600, "b": 7200, "c": 10800, "d": 14400, "e": 18000, "f": 21600, "g": 25200,
    "h": 28800, "i": 32400, "k": 36000, "l": 39600, "m": 43200, "n": -3600, "o": -7200, "p": -10800, "q": -14400,
    "r": -18000, "s": -21600, "t": -25200, "u": -28800, "v": -32400, "w": -36000, "x": -39600, "y": -43200, "z": 0,
    "utc": 0, "wet": 0, "at": -7200, "brst": -7200, "ndt": -5400, "art": -10800, "adt": -10800, "brt": -10800,
    "clst": -10800, "nst": -9000, "ast": -14400, "clt": -14400, "akdt": -28800, "ydt": -28800, "akst": -32400,
    "hadt": -32400, "hdt": -32400, "yst": -32400, "ahst": -36000, "cat": 7200, "hast": -36000, "hst": -36000,
    "nt": -39600, "idlw": -43200, "bst": 3600, "cet": 3600, "fwt": 3600, "met": 3600, "mewt": 3600, "mez": 3600,
    "swt": 3600, "wat": 3600, "west": 3600, "cest": 7200, "eet": 7200, "fst": 7200, "mest": 7200, "mesz": 7200,
    "sast": 7200, "sst": -39600, "bt": 10800, "eat": 10800, "eest": 10800, "msk": 10800, "msd": 14400, "zp4": 14400,
    "zp5": 18000, "ist": 19800, "zp6": 21600, "wast": 7200, "cct": 23400, "sgt": 28800, "wadt": 28800, "jst": 32400,
    "kst": 32400, "east": -21600, "gst": 36000, "eadt": 39600, "idle": 43200, "nzst": 43200, "nzt": 43200,
    "nzdt": 46800, "afghanistan": 16200, "alaskan": -32400, "arab": 10800, "arabian": 14400, "arabic": 10800,
    "atlantic": -14400, "aus central": 34200, "aus eastern": 36000, "azores": -3600, "canada central": -21600,
    "cape verde": -3600, "caucasus": 14400, "cen. australia": 34200, "central america": -21600,
    "central asia": 21600, "central europe": 3600, "central european": 3600, "central pacific": 39600,
    "central": -21600, "china": 28800, "dateline": -43200, "e. africa": 10800, "e. australia": 36000,
    "e. europe": 7200, "e. south america": -10800, "eastern": -18000, "egypt": 7200, "ekaterinburg": 18000,
    "fiji": 43200, "fle": 7200, "greenland": -10800, "greenwich": 0, "gtb": 7200, "hawaiian": -36000, "india": 19800,
    "iran": 12600, "jerusalem": 7200, "korea": 32400, "mexico": -21600, "mid-atlantic": -7200, "mountain": -25200,
    "myanmar": 23400, "n. central asia": 21600, "nepal": 20700, "new zealand": 43200, "newfoundland": -12600,
    "north asia east": 28800, "north asia": 25200, "pacific sa": -14400, "pacific": -28800, "romance": 3600,
    "russian": 10800, "sa eastern": -10800, "sa pacific": -18000, "sa western": -14400, "samoa": -39600,
    "se asia": 25200, "malay peninsula": 28800, "south africa": 7200, "sri lanka": 21600, "taipei": 28800,
    "tasmania": 36000, "tokyo": 32400, "tonga": 46800, "us eastern": -18000, "us mountain": -25200,
    "vladivostok": 36000, "w. australia": 28800, "w. central africa": 3600, "w. europe": 3600, "west asia": 18000,
    "west pacific": 36000, "yakutsk": 32400, "acdt": 37800, "acst": 34200, "act": -18000, "acwst": 31500,
    "aedt": 39600, "aest": 36000, "aft": 16200, "almt": 21600, "anast": 43200, "anat": 43200, "aoe": -43200,
    "aqtt": 18000, "awdt": 32400, "awst": 28800, "azost": 0, "azot": -3600, "azst": 18000, "azt": 14400,
    "bnt": 28800, "bot": -14400, "btt": 21600, "cast": 28800, "chadt": 49500, "chast": 45900, "chost": 32400,
    "chot": 28800, "chst": 36000, "chut": 36000, "cidst": -14400, "cist": -18000, "ckt": -36000, "cot": -18000,
    "cvt": -3600, "cxt": 25200, "davt": 25200, "ddut": 36000, "easst": -18000, "ect": -18000, "egst": 0,
    "egt": -3600, "fet": 10800, "fjst": 46800, "fjt": 43200, "fkst": -10800, "fkt": -14400, "fnt": -7200,
    "galt": -21600, "gamt": -32400, "get": 14400, "gft": -10800, "gilt": 43200, "gyt": -14400, "hkt": 28800,
    "hovst": 28800, "hovt": 25200, "ict": 25200, "idt": 10800, "iot": 21600, "irdt": 16200, "irkst": 32400,
    "irkt": 28800, "irst": 12600, "kgt": 21600, "kost": 39600, "krast": 28800, "krat": 25200, "kuyt": 14400,
    "lhdt": 39600, "lhst": 37800, "lint": 50400, "magst": 43200, "magt": 39600, "mart": -30600, "mawt": 18000,
    "mht": 43200, "mmt": 23400, "mut": 14400, "mvt": 18000, "myt": 28800, "nct": 39600, "nfdt": 43200, "nft": 39600,
    "novst": 25200, "novt": 25200, "npt": 20700, "nrt": 43200, "nut": -39600, "omsst": 25200, "omst": 21600,
    "orat": 18000, "pet": -18000, "petst": 43200, "pett": 43200, "pgt": 36000, "phot": 46800, "pht": 28800,
    "pkt": 18000, "pmdt": -7200, "pmst": -10800, "pont": 39600, "pwt": 32400, "pyst": -10800, "qyzt": 21600,
    "ret": 14400, "rott": -10800, "sakt": 39600, "samt": 14400, "sbt": 39600, "sct": 14400, "sret": 39600,
    "srt": -10800, "syot": 10800, "taht": -36000, "tft": 18000, "tjt": 18000, "tkt": 46800, "tlt": 32400,
    "tmt": 18000, "tost": 50400, "tot": 46800, "trt": 10800, "tvt": 43200, "ulast": 32400, "ulat": 28800,
    "uyst": -7200, "uyt": -10800, "uzt": 18000, "vet": -14400, "vlast": 39600, "vlat": 36000, "vost": 21600,
    "vut": 39600, "wakt": 43200, "warst": -10800, "wft": 43200, "wgst": -7200, "wgt": -10800, "wib": 25200,
    "wit": 32400, "wita": 28800, "wt": 0, "yakst": 36000, "yakt": 32400, "yapt": 36000, "yekst": 21600,
    "yekt": 18000,
}
MAX_WORD_LENGTH = 17  # zonetab.h: the longest name


def date_zone_to_diff(zone: str) -> int | Fraction | None:
    """date_zone_to_diff: a zone name's or numeric offset's seconds east of UTC ("+5.5" gives a Fraction),
    None if unknown; read from the UTF-8 bytes, as the C code reads them."""
    text, length, dst = zone.encode(), len(zone.encode()), False
    if (word := _end_with_word(text, length, b"time")) > 0:
        if (before := _end_with_word(text, length - word, b"standard")) > 0:
            length -= word + before
        elif (before := _end_with_word(text, length - word, b"daylight")) > 0:
            length, dst = length - word - before, True
    elif (word := _end_with_word(text, length, b"dst")) > 0:
        length, dst = length - word, True
    shrunk = _shrink_space(text[:length])
    if 0 < len(shrunk) < length and len(shrunk) <= MAX_WORD_LENGTH:
        text, length = shrunk, len(shrunk)
    if 0 < length <= MAX_WORD_LENGTH and (offset := ZONES.get(text[:length].lower().decode("latin-1"))) is not None:
        return offset + 3600 if dst else offset
    return _numeric_zone(text, length)


def _numeric_zone(text: bytes, length: int) -> int | Fraction | None:
    """date_zone_to_diff's numeric forms: [gmt|utc]±h[h][:mm[:ss]], ±hhmm[ss], ±h.fraction."""
    if length > 3 and text[:3].lower() in (b"gmt", b"utc"):
        text, length = text[3:], length - 3
    if text[:1] not in (b"+", b"-"):
        return None
    negative, text, length = text[:1] == b"-", text[1:], length - 1
    hour, end = _strtoul(text, 0)
    minute = second = 0
    if text[end:end + 1] == b":":
        minute, end = _strtoul(text, end + 1)
        if text[end:end + 1] == b":":
            second = _strtoul(text, end + 1)[0]
    elif text[end:end + 1] in (b",", b"."):
        digits, fraction_end = _strtoul(text, end + 1)
        fraction = rational(digits * 3600, 10 ** (fraction_end - end - 1))
        return -hour * 3600 - fraction if negative else hour * 3600 + fraction
    elif length > 2:
        hour_width = 2 - length % 2
        hour = _scan_digits(text, 0, hour_width)
        minute = _scan_digits(text, hour_width, 2)
        if length >= 5:
            second = _scan_digits(text, hour_width + 2, 2)
    total = hour * 3600 + minute * 60 + second
    return -total if negative else total


def _end_with_word(text: bytes, length: int, word: bytes) -> int:
    """str_end_with_word: how many bytes `word` and the spaces before it take at the end, 0 if it is not
    there as a separate word."""
    size = len(word)
    if length <= size or text[length - size - 1] not in SPACE or text[length - size:length].lower() != word:
        return 0
    size += 1
    while length > size and text[length - size - 1] in SPACE:
        size += 1
    return size


def _shrink_space(text: bytes) -> bytes:
    """shrink_space: runs of spaces become one, trailing ones go."""
    out = bytearray()
    space = False
    for byte in text:
        if byte in SPACE:
            space = True
            continue
        if space:
            out += b" "
        space = False
        out.append(byte)
    return bytes(out)


def _strtoul(text: bytes, start: int) -> tuple[int, int]:
    """ruby_strtoul in base 10: spaces, a sign, digits; the value and where the digits end (`start` if none)."""
    index = start
    while index < len(text) and text[index] in SPACE:
        index += 1
    negative = text[index:index + 1] == b"-"
    if text[index:index + 1] in (b"+", b"-"):
        index += 1
    end = index
    while end < len(text) and 48 <= text[end] <= 57:
        end += 1
    if end == index:
        return 0, start
    return (-int(text[index:end]) if negative else int(text[index:end])), end


def _scan_digits(text: bytes, start: int, width: int) -> int:
    """ruby_scan_digits: the value of up to `width` digits from `start`."""
    end = start
    while end < min(start + width, len(text)) and 48 <= text[end] <= 57:
        end += 1
    return int(text[start:end]) if end > start else 0


# Time.parse (lib/time.rb)

# Time::ZoneOffset: the zone names Time.parse itself knows, in hours (RFC 822 and military letters)
ZONE_OFFSET = {
    "UTC": 0, "Z": 0, "UT": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "I": 9, "K": 10,
    "L": 11, "M": 12, "N": -1, "O": -2, "P": -3, "Q": -4, "R": -5, "S": -6, "T": -7, "U": -8, "V": -9,
    "W": -10, "X": -11, "Y": -12,
}
ZONE_HHMM = re.compile(r"([+-])([0-9]{2})(:?)([0-9]{2})(?:\3([0-9]{2}))?")
ZONE_HH = re.compile(r"[+-][0-9]{2}")
ZONE_UTC = re.compile(r"-00:00|-0000|-00|UTC|Z|UT", re.IGNORECASE)
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
ONE_SECOND = dt.timedelta(seconds=1)


def time_parse(text: str, now: dt.datetime) -> dt.datetime:
    """Time.parse(text, now): Date._parse's fields, the missing leading ones taken from `now`.

    A written zone Time knows keeps its offset; otherwise the time is local. Raises ArgumentError (or
    ValueError/OverflowError for years a datetime cannot hold) where Ruby raises."""
    return make_time(date_parse(text), now)


def make_time(fields: Mapping[str, Any], now: dt.datetime) -> dt.datetime:
    """Time.make_time, taking Date._parse's hash: year, yday, mon, mday, hour, min, sec, sec_fraction, zone."""
    year, yday, mon, day = (fields.get(key) for key in ("year", "yday", "mon", "mday"))
    hour, minute, sec, fraction, zone = (fields.get(key) for key in ("hour", "min", "sec", "sec_fraction", "zone"))
    if all(value is None for value in (year, yday, mon, day, hour, minute, sec, fraction)):
        raise ArgumentError("no time information")
    off_year = now.year if year is None else year
    off = None if zone is None else zone_offset(zone, off_year)
    if yday is not None:
        return _from_yday(fields, yday, off_year, now)
    if off is None:
        now = now.astimezone()
    elif now.utcoffset() != dt.timedelta(seconds=off):
        now = now.astimezone(dt.timezone(dt.timedelta(seconds=off)))
    usec = None if fraction is None else int(fraction * 1_000_000)
    values: list[int | None] = [year, mon, day, hour, minute, sec]
    for index, current in enumerate((now.year, now.month, now.day, now.hour, now.minute, now.second)):
        if values[index] is not None:
            break
        values[index] = current
    else:
        usec = now.microsecond if fraction is None else usec
    year = values[0]
    assert year is not None  # taken from now when missing
    mon, day, hour, minute, sec = (default if value is None else value
                                   for value, default in zip(values[1:], (1, 1, 0, 0, 0), strict=True))
    if year != off_year:
        off = None if zone is None else zone_offset(zone, year)
    if off is None:
        return _time_new(year, mon, day, hour, minute, sec, usec or 0, utc=False)
    utc = _time_new(*_apply_offset(year, mon, day, hour, minute, sec, off), usec or 0, utc=True)
    return _force_zone(utc, zone, off)


def _from_yday(fields: Mapping[str, Any], yday: int, off_year: int, now: dt.datetime) -> dt.datetime:
    """make_time's :yday branch: guess the month at 31 days each, then move by the days the guess is off."""
    if not 1 <= yday <= 366:
        raise ArgumentError(f"yday {yday} out of range")
    mon, day = divmod(yday - 1, 31)
    mon, day = mon + 1, day + 1
    guess = make_time({**fields, "yday": None, "mon": mon, "mday": day}, now)
    diff = yday - guess.timetuple().tm_yday
    if diff == 0:
        return guess
    day += diff
    if day > 28 and day > (month_days := _month_days(off_year, mon) or 0):
        mon += 1
        if mon > 12:
            raise ArgumentError(f"yday {yday} out of range")
        day -= month_days
    return make_time({**fields, "yday": None, "mon": mon, "mday": day}, now)


def zone_offset(zone: str, year: int) -> int | None:
    """Time.zone_offset: ±hh[:]mm[:ss], ±hh, a ZoneOffset name, or the local zone's own abbreviation in
    January or July of `year`; None otherwise (the time is then local)."""
    zone = zone.upper()
    if match := ZONE_HHMM.fullmatch(zone):
        seconds = (int(match[2]) * 60 + int(match[4])) * 60 + int(match[5] or 0)
        return -seconds if match[1] == "-" else seconds
    if ZONE_HH.fullmatch(zone):
        return int(zone) * 3600
    if zone in ZONE_OFFSET:
        return ZONE_OFFSET[zone] * 3600
    for month in (1, 7):
        try:
            local = _local(dt.datetime(year, month, 1))
        except (ValueError, OverflowError):  # `rescue false`
            continue
        if (local.tzname() or "").upper() == zone and (offset := local.utcoffset()) is not None:
            return int(offset.total_seconds())
    return None


def _month_days(year: int, mon: int) -> int | None:
    """Time.month_days: nil past December, as Ruby's array lookup (month 0 reads December)."""
    if mon > 12:
        return None
    leap = year % 4 == 0 and year % 100 != 0 or year % 400 == 0
    return 29 if mon == 2 and leap else MONTH_DAYS[mon - 1]


def _apply_offset(year: int, mon: int, day: int, hour: int, minute: int, sec: int,
                  off: int) -> tuple[int, int, int, int, int, int]:
    """Time.apply_offset: local fields minus the offset, carried by hand (a day at most, as Ruby does)."""
    if off < 0:
        off, rest = divmod(-off, 60)
        if rest:
            carry, sec = divmod(sec + rest, 60)
            off += carry
        off, rest = divmod(off, 60)
        if rest:
            carry, minute = divmod(minute + rest, 60)
            off += carry
        off, rest = divmod(off, 24)
        if rest:
            carry, hour = divmod(hour + rest, 24)
            off += carry
        if off:
            day += off
            days = _month_days(year, mon)
            if days and days < day:
                mon, day = mon + 1, 1
                if mon > 12:
                    mon, year = 1, year + 1
    elif off > 0:
        off, rest = divmod(off, 60)
        if rest:
            carry, sec = divmod(sec - rest, 60)
            off -= carry
        off, rest = divmod(off, 60)
        if rest:
            carry, minute = divmod(minute - rest, 60)
            off -= carry
        off, rest = divmod(off, 24)
        if rest:
            carry, hour = divmod(hour - rest, 24)
            off -= carry
        if off:
            day -= off
            if day < 1:
                mon -= 1
                if mon < 1:
                    year, mon = year - 1, 12
                day = _month_days(year, mon) or 0
    return year, mon, day, hour, minute, sec


def _time_new(year: int, mon: int, day: int, hour: int, minute: int, sec: int, usec: int, *,
              utc: bool) -> dt.datetime:
    """Time.utc / Time.local (time.c time_arg, validate_vtm): days past a short month's end roll into the
    next month, hour 24 and second 60 roll over, anything else out of range raises."""
    if mon == 2 and 0 <= day <= 31 and day > (_month_days(year, 2) or 0):
        mon, day = 3, day - (_month_days(year, 2) or 0)
    elif mon in (4, 6, 9, 11) and day == 31:
        mon, day = mon + 1, 1
    if not (1 <= mon <= 12 and 1 <= day <= 31 and 0 <= hour <= 24
            and 0 <= minute <= (0 if hour == 24 else 59) and 0 <= sec <= (0 if hour == 24 else 60)):
        raise ArgumentError("argument out of range")
    wall = dt.datetime(year, mon, day) + dt.timedelta(hours=hour, minutes=minute, seconds=sec, microseconds=usec)
    if utc:
        return wall.replace(tzinfo=dt.UTC)
    if sec == 60:  # time.c finds the local time of :59, then adds the leap second
        return (_local(wall - ONE_SECOND) + ONE_SECOND).astimezone()
    return _local(wall)


def _local(wall: dt.datetime) -> dt.datetime:
    """A naive wall time in the local zone as Time.local reads it (time.c find_time_t): a repeated hour
    gives its later reading, a skipped one is read with the offset from before the change. Python's
    `fold=1` does both."""
    return wall.replace(fold=1).astimezone()


def _force_zone(time: dt.datetime, zone: str, off: int) -> dt.datetime:
    """Time.force_zone!: UTC for the UTC names, local time when it has the offset, else the fixed offset."""
    if ZONE_UTC.fullmatch(zone):
        return time
    local = time.astimezone()
    offset = dt.timedelta(seconds=off)
    return local if local.utcoffset() == offset else time.astimezone(dt.timezone(offset))
