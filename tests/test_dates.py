"""Dates as Jekyll reads them: Time.parse's forms, a written zone kept by Time.parse, local time for documents."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from jekyll_py.dates import InvalidDate, parse_time_string, ruby_time_parse


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_iso_forms_keep_their_zone() -> None:
    parsed = ruby_time_parse("2024-01-05 10:00:00 +02:00")
    assert parsed is not None and parsed.utcoffset() == dt.timedelta(hours=2) and parsed.hour == 10


def test_zone_counts_only_right_after_the_time() -> None:
    # Ruby's Date._parse: the zone after "2023" is not the time's zone (seen in Jekyll's own docs)
    parsed = ruby_time_parse("2023-01-29 18:30:22 2023 -0800")
    assert parsed == dt.datetime(2023, 1, 29, 18, 30, 22, tzinfo=dt.UTC)


def test_documents_get_local_time() -> None:
    assert os.environ["TZ"] == "UTC"
    assert parse_time_string("2024-01-05 10:00:00 +02:00").hour == 8


def test_impossible_dates_are_invalid() -> None:
    assert ruby_time_parse("2024-02-32") is None
    with pytest.raises(InvalidDate):
        parse_time_string("not a date")


def test_days_past_a_short_months_end_roll_over_as_in_ruby() -> None:
    assert ruby_time_parse("2024-02-30") == dt.datetime(2024, 3, 1, tzinfo=dt.UTC)  # Time.local(2024, 2, 30)


def test_a_typo_ruby_accepts_is_accepted() -> None:
    # Date._parse("202O-06-21") is {:yday=>202}: day 202 of the current year
    now = dt.datetime(2023, 5, 17, 14, 33, 20, tzinfo=dt.UTC)
    assert ruby_time_parse("202O-06-21", now) == dt.datetime(2023, 7, 21, tzinfo=dt.UTC)
    assert parse_time_string("202O-06-21").timetuple().tm_yday == 202
