"""Sorting documents: the quick path for dated documents gives exactly Ruby's merge-sort order."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from jekyll_py.document import compare_documents, sort_documents
from jekyll_py.utils import ruby_sort

UTC, PLUS_TWO = dt.UTC, dt.timezone(dt.timedelta(hours=2))


def fake_documents(dates: list[Any]) -> list[Any]:
    return [SimpleNamespace(data={"date": date}, path=Path(f"/site/_posts/{i % 7}-{i}.md"))
            for i, date in enumerate(dates)]


def test_dated_documents_sort_as_ruby_sorts_them() -> None:
    rng = random.Random(9)
    base = dt.datetime(2020, 1, 1, tzinfo=UTC)
    # few distinct instants, some written in another zone: many ties broken by path
    dates = [(base + dt.timedelta(hours=rng.randrange(5))).astimezone(rng.choice((UTC, PLUS_TWO)))
             for _ in range(300)]
    docs = fake_documents(dates)
    rng.shuffle(docs)
    assert sort_documents(docs) == ruby_sort(docs, compare_documents)


def test_documents_without_dates_keep_rubys_order() -> None:
    base = dt.datetime(2020, 1, 1, tzinfo=UTC)
    dates = [None, base, base - dt.timedelta(days=1), None, base + dt.timedelta(days=1), base]
    docs = fake_documents(dates)
    assert sort_documents(docs) == ruby_sort(docs, compare_documents)
