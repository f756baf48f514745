"""Property tests: any input yields HTML or a ConversionError, never another exception or a crash."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jekyll_py.errors import ConversionError
from jekyll_py.markdown import MarkdownConverter

CONV = MarkdownConverter({})
_PIECES = [
    "*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "![", "<", ">", "</", "<div>", "</div>", "<span>",
    "</span>", '"', "'", "-", "--", "---", "...", "<<", ">>", "\\", "\n", "\n\n", "  \n", "    ", "\t", "# ",
    "## ", "> ", "- ", "* ", "1. ", "|", "| a |", "|---|", ": ", "$$", "{: .c}", "{::comment}", "{:/}",
    "[^1]", "[^1]: ", "[x]: http://x", "*[A]: b", "&amp;", "&#", ";", "~~", "```", "~~~", "<!--", "-->",
    "a", "b c", "é", "中", "http://x.y", "<a href='x'>", "markdown=\"1\"", "{#id}", "^\n", "[ ] ", "[x] ",
]
markdownish = st.lists(st.sampled_from(_PIECES) | st.text(max_size=5), max_size=40).map("".join)


def _convert(text: str) -> str | None:
    try:
        return CONV.convert(text)
    except ConversionError:
        return None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdownish)
def test_markdown_like_input_converts_or_raises_typed_error(text: str) -> None:
    result = _convert(text)
    assert result is None or isinstance(result, str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_converts(text: str) -> None:
    result = _convert(text)
    assert result is None or isinstance(result, str)


@settings(max_examples=100, deadline=None)
@given(markdownish)
def test_conversion_is_deterministic(text: str) -> None:
    assert _convert(text) == _convert(text)


@pytest.mark.parametrize(
    "text",
    [
        "> " * 5000 + "deep",
        "- " * 3000 + "deep",
        "[" * 5000,
        "*a " * 5000,
        "<div>" * 3000,
        "<span>" * 3000,
        "<div markdown=\"1\">\n" * 1000,
        "    " * 2000 + "x",
        "![" * 3000 + "x" + "](y)" * 3000,
    ],
    ids=["quotes", "lists", "brackets", "emphasis", "divs", "spans", "md-divs", "indent", "images"],
)
def test_deep_nesting_never_overflows(text: str) -> None:
    try:
        result = CONV.convert(text)
    except ConversionError as exc:
        assert "deep" in str(exc) or "converted" in str(exc)
    else:
        assert isinstance(result, str) and result


def test_non_string_input_is_a_typed_error() -> None:
    with pytest.raises(ConversionError):
        CONV.convert(b"bytes")  # type: ignore[arg-type]
