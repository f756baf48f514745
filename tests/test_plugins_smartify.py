"""The `smartify` filter (jekyll-feed's titles use it): expected strings are Jekyll 4.3.1's SmartyPants output."""

from __future__ import annotations

import pytest

from jekyll_py.converters import MarkdownConverter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Use "Jekyll" --- the static generator...', "Use “Jekyll” — the static generator…"),
        # only quotes, entities, typographic symbols and span HTML: Markdown emphasis stays literal
        ("It's <b>bold</b> & *not* em &amp; 'x'", "It’s <b>bold</b> &amp; *not* em &amp; ‘x’"),
        ("a\n", "a"),
        ('two\nlines "x"\n\n', "two\nlines “x”\n"),
    ],
)
def test_smartify_matches_jekyll(text: str, expected: str) -> None:
    assert MarkdownConverter({"markdown_ext": "md"}).smartify(text) == expected


def test_smartify_uses_the_sites_kramdown_options() -> None:
    converter = MarkdownConverter({"kramdown": {"smart_quotes": "lsaquo,rsaquo,laquo,raquo"}})
    assert converter.smartify('"x"') == "«x»"
