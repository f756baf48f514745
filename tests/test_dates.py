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
    assert ruby_time_parse("2024-02-30") is None
    with pytest.raises(InvalidDate):
        parse_time_string("not a date")
