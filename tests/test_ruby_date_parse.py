"""The Date._parse / Time.parse port against real Ruby's answers (tests/ruby_time/expected.json).

expected.json is written by tests/ruby_time/regenerate.rb from tests/ruby_time/inputs.txt: for every input,
Date._parse's hash and Time.parse(input, now) under several TZ settings, with `now` fixed. Ruby is not needed
to run these tests.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from jekyll_py.dates import ruby_time_parse
from jekyll_py.ruby_date_parse import date_parse, time_parse

HERE = Path(__file__).parent / "ruby_time"
EXPECTED = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
ENTRIES: list[dict[str, Any]] = EXPECTED["entries"]
ZONES = list(ENTRIES[0]["time_parse"])
RUBY_TIME = re.compile(r"(-?\d+)-(\d\d)-(\d\d)T")


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[dt.datetime]:
    """TZ set to the test's `zone`; the `now` regenerate.rb passed to Time.parse, in that zone."""
    monkeypatch.setenv("TZ", request.node.callspec.params["zone"])
    time.tzset()
    seconds, usec = EXPECTED["now"]
    yield dt.datetime.fromtimestamp(seconds, dt.UTC).replace(microsecond=usec).astimezone()
    monkeypatch.undo()
    time.tzset()


def ruby_hash(fields: dict[str, Any]) -> dict[str, Any]:
    """Our hash as regenerate.rb writes Ruby's: Rationals as {"rational": [num, den]}."""
    return {key: {"rational": [value.numerator, value.denominator]} if isinstance(value, Fraction) else value
            for key, value in fields.items()}


def ruby_iso(value: dt.datetime | None) -> str:
    """A time as regenerate.rb writes Ruby's ("%Y-%m-%dT%H:%M:%S.%6N%::z"), "ArgumentError" for None."""
    if value is None:
        return "ArgumentError"
    offset = int((value.utcoffset() or dt.timedelta()).total_seconds())
    hours, rest = divmod(abs(offset), 3600)
    zone = f"{'-' if offset < 0 else '+'}{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
    return f"{value.year:04d}-{value:%m-%dT%H:%M:%S}.{value.microsecond:06d}{zone}"


def beyond_datetime(expected: str) -> bool:
    """Ruby's Time reaches years a datetime cannot hold (before 1, after 9999), and CPython's local-time
    conversion overflows on 9999-12-31: there our answer is None."""
    match = RUBY_TIME.match(expected)
    if match is None:
        return False
    year, month, day = (int(part) for part in match.groups())
    return not 1 <= year <= 9999 or (year, month, day) == (9999, 12, 31)


def test_golden_file_covers_every_input() -> None:
    inputs = (HERE / "inputs.txt").read_text(encoding="utf-8").removesuffix("\n").split("\n")
    assert [entry["input"] for entry in ENTRIES] == inputs, "run tests/ruby_time/regenerate.rb"
    assert len(inputs) >= 150


@pytest.mark.parametrize("entry", ENTRIES, ids=range(len(ENTRIES)))
def test_date_parse_matches_ruby(entry: dict[str, Any]) -> None:
    try:
        ours: Any = ruby_hash(date_parse(entry["input"]))
    except ValueError:
        ours = "ArgumentError"
    assert ours == entry["date_parse"]


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("entry", ENTRIES, ids=range(len(ENTRIES)))
def test_time_parse_matches_ruby(entry: dict[str, Any], zone: str, now: dt.datetime) -> None:
    expected = entry["time_parse"][zone]
    if beyond_datetime(expected):
        expected = "ArgumentError"
    try:
        ported = ruby_iso(time_parse(entry["input"], now))
    except (ValueError, OverflowError):
        ported = "ArgumentError"
    assert ported == expected
    assert ruby_iso(ruby_time_parse(entry["input"], now)) == expected  # with the fast path for plain ISO forms
