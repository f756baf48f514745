"""Byte-for-byte comparison of the converter with kramdown's output on the committed corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py.markdown import MarkdownConverter

CORPUS = Path(__file__).parent / "markdown" / "corpus"
CASES = sorted(CORPUS.glob("*.md"))


@pytest.fixture(scope="module")
def converter() -> MarkdownConverter:
    return MarkdownConverter({})


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_matches_kramdown(case: Path, converter: MarkdownConverter) -> None:
    expected = case.with_suffix(".html").read_text(encoding="utf-8")
    assert converter.convert(case.read_text(encoding="utf-8")) == expected
