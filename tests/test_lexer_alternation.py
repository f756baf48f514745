"""A state's rules joined into one regex (lexers/base.py `Alternation`) lex exactly as the loop trying
them one by one: same tokens, same states, for every ported lexer, on the corpus and on mutations of it."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from jekyll_py.lexers import _LEXERS, lexer_for
from jekyll_py.lexers.base import RougeLexer

CASES = Path(__file__).parent / "highlight" / "cases"
# characters that open and close strings, comments, interpolations and heredocs in the ported languages
TRICKY = list("\"'`\\/#$%{}()[]<>@!?*=:;,.-+|&^~\n\t ") + ["<<EOF\n", "\nEOF\n", "{{", "}}", "{%", "%}", "/*",
                                                              "*/", "<!--", "-->", "\"\"\"", "#{", "${", "\\\n"]


def corpus() -> list[str]:
    return [path.read_text() for path in sorted(CASES.iterdir())]


def mutations(texts: list[str], count: int, seed: int) -> Iterator[str]:
    """Pieces of the corpus with tricky characters dropped in or cut out at random places."""
    rng = random.Random(seed)
    for _ in range(count):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        piece = text[start : start + rng.randrange(20, 400)]
        for _ in range(rng.randrange(1, 6)):
            at = rng.randrange(len(piece) + 1)
            if rng.random() < 0.7:
                piece = piece[:at] + rng.choice(TRICKY) + piece[at:]
            else:
                piece = piece[:at] + piece[at + rng.randrange(1, 5) :]
        yield piece


def lex_both(tag: str, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    joined = lexer_for(tag)
    assert joined is not None
    tokens = joined.lex(text)
    with monkeypatch.context() as patch:
        patch.setattr(RougeLexer, "alternation", classmethod(lambda cls, state: None))
        one_by_one = lexer_for(tag)
        assert one_by_one is not None
        return tokens, one_by_one.lex(text)


@pytest.mark.parametrize("tag", sorted(_LEXERS))
def test_joined_rules_lex_as_rules_tried_one_by_one(tag: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = corpus()
    for text in [*texts, *mutations(texts, 60, seed=sorted(_LEXERS).index(tag))]:
        joined, one_by_one = lex_both(tag, text, monkeypatch)
        assert joined == one_by_one, text


def test_most_states_are_joined() -> None:
    """The joining applies (it is not silently refused everywhere)."""
    lexer = lexer_for("shell")
    assert isinstance(lexer, RougeLexer)
    assert type(lexer).alternation("root") is not None
