"""Byte-for-byte comparison of the converter with kramdown's output on the committed corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py.errors import ConversionError
from jekyll_py.markdown import MarkdownConverter

CORPUS = Path(__file__).parent / "markdown" / "corpus"
CASES = sorted(CORPUS.glob("*.md"))
# Known differences, all in highlighted-code token classes (Pygments vs Rouge lexers); strict, so a fix
# that makes one pass must also remove it from here.
KNOWN_DIFFERENCES: dict[str, str] = {}


@pytest.fixture(scope="module")
def converter() -> MarkdownConverter:
    return MarkdownConverter({})


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 150


def _case(path: Path) -> object:
    reason = KNOWN_DIFFERENCES.get(path.stem)
    if reason is None:
        return path
    return pytest.param(path, marks=pytest.mark.xfail(reason=reason, strict=True))


@pytest.mark.parametrize("case", [_case(c) for c in CASES], ids=[c.stem for c in CASES])
def test_matches_kramdown(case: Path, converter: MarkdownConverter) -> None:
    expected = case.with_suffix(".html").read_text(encoding="utf-8")
    assert converter.convert(case.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize("definitions", ["{:rec: rec .loop}\n", "{:a: b}\n{:b: .x a}\n"])
def test_an_attribute_list_definition_referring_to_itself_is_an_error(definitions: str,
                                                                      converter: MarkdownConverter) -> None:
    """kramdown recurses until Ruby's stack overflows; we name the definition instead."""
    referring = definitions.split(":", 2)[1]
    with pytest.raises(ConversionError, match=rf"\{{:{referring}: \.\.\.\}} refers to itself"):
        converter.convert(f"{definitions}Text\n{{: {referring}}}\n")
