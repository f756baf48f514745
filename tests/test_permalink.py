"""Document permalinks: every UrlDrop placeholder, URL escaping, templates filled from a drop."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py.permalink import DOCUMENT_PLACEHOLDERS, DocumentPlaceholders, escape_path, fill_from_drop
from tests.test_document import make_site, utc  # noqa: F401 - the fixture applies here too


@pytest.fixture
def doc(tmp_path: Path):
    site = make_site(tmp_path, {
        "blog/_posts/2024-12-30-Hello World.md": "---\ncategories: [Alpha Beta]\ndate: 2024-12-30 04:05:06\n---\nx\n"
    })
    return site.posts[0]


def test_every_placeholder_has_jekylls_value(doc) -> None:
    values = {key: DocumentPlaceholders(doc)[key] for key in DOCUMENT_PLACEHOLDERS}
    assert values == {
        "collection": "posts", "output_ext": ".html", "path": "blog//2024-12-30-Hello World",
        "name": "2024-12-30-hello-world", "title": "Hello-World", "slug": "hello-world",
        "categories": "blog/alpha beta", "slugified_categories": "blog/alpha-beta",
        "year": "2024", "month": "12", "day": "30", "hour": "04", "minute": "05", "second": "06",
        "i_day": "30", "i_month": "12", "short_month": "Dec", "long_month": "December", "short_year": "24",
        "w_year": "2025", "week": "01", "w_day": "1", "short_day": "Mon", "long_day": "Monday", "y_day": "365",
    }


def test_unknown_placeholder_is_an_error_as_in_jekyll(doc) -> None:
    with pytest.raises(KeyError, match="doesn't have basename keys"):
        fill_from_drop("/:basename/", DocumentPlaceholders(doc))


def test_trailing_underscore_matches_the_shorter_key_and_keeps_the_underscore(doc) -> None:
    # Jekyll replaces only `:year` inside the match `:year_`
    assert fill_from_drop("/:year_/", DocumentPlaceholders(doc)) == "/2024_/"


def test_escape_path_encodes_spaces_and_keeps_reserved_characters() -> None:
    assert escape_path("alpha beta/x") == "alpha%20beta/x"
    assert escape_path("Ünï!&") == "%C3%9Cn%C3%AF!&"
    assert escape_path("a#b") == "a%23b"
