"""Rouge's `isabelle` lexer: a word is classified by Rouge's command word sets (isabelle_words.py), tried in
Rouge's order, so a word in two sets takes the first set's token; comments `(* *)` and text blocks `{* *}` or
`‹ ›` nest, and strings and backquoted facts mark `\\<name>` symbols.

Quirks kept: there is no decimal number rule, so `42` is a name and `3.14` two names around an operator word, as
is any run of characters that are neither blanks nor operators (`*`, `<`, `'1`, a `›` outside a text block), so
no input yields an error token; a text block is `Text`, not a comment.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Generic, Keyword, Name, Number, Operator, String, Text, _TokenType

from jekyll_py.lexers.base import Context, RougeLexer
from jekyll_py.lexers.isabelle_words import (
    ABANDON_PROOF,
    DIAG,
    MINOR,
    PROOF_ASM,
    PROOF_ASM_GOAL,
    PROOF_BLOCK,
    PROOF_CHAIN,
    PROOF_DECL,
    PROOF_GOAL,
    PROOF_SCRIPT,
    QED,
    SECTION,
    SUBSECTION,
    THEORY_DECL,
    THEORY_GOAL,
    THEORY_SCRIPT,
    THY,
)

# Rouge's if/elsif chain over the word sets, first match wins
WORD_TOKENS: tuple[tuple[frozenset[str], _TokenType], ...] = (
    (MINOR | PROOF_SCRIPT, Keyword.Pseudo),
    (DIAG, Keyword.Type),
    (
        THY | THEORY_DECL | QED | PROOF_GOAL | PROOF_BLOCK | PROOF_DECL | PROOF_CHAIN | PROOF_ASM | PROOF_ASM_GOAL,
        Keyword,
    ),
    (SECTION, Generic.Heading),
    (SUBSECTION, Generic.Subheading),
    (THEORY_GOAL | THEORY_SCRIPT, Keyword.Namespace),
    (ABANDON_PROOF, Generic.Error),
)


def _word(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    ctx.token(next((tok for names, tok in WORD_TOKENS if word in names), Name))


class IsabelleLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Isabelle`."""

    tokens = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"\(\*", Comment, "comment"),
            (r"\{\*|‹", Text, "text"),
            (r"::|\[|\]|-|[:()_=,|+!?]", Operator),
            (r"[{}.]|\.\.", Operator.Word),
            (r"[a-zA-Z]\w*", _word),
            (r"\\<\w*>", String.Symbol),
            (r"'[^\W\d][.\w']*", Name.Variable),
            (r"0[xX][\da-fA-F][\da-fA-F_]*", Number.Hex),
            (r"0[oO][0-7][0-7_]*", Number.Oct),
            (r"0[bB][01][01_]*", Number.Bin),
            ('"', String, "string"),
            ("`", String.Other, "fact"),
            (r"[^\s:|\[\]\-()=,+!?{}._][^\s:|\[\]\-()=,+!?{}]*", Name),
        ],
        "comment": [
            (r"[^(*)]+", Comment),
            (r"\(\*", Comment, "comment"),
            (r"\*\)", Comment, "#pop"),
            (r"[(*)]", Comment),
        ],
        "text": [
            (r"[^{*}‹›]+", Text),
            (r"\{\*|‹", Text, "text"),
            (r"\*\}|›", Text, "#pop"),
            (r"[{*}]", Text),
        ],
        "string": [
            (r'[^"\\]+', String),
            (r"\\<\w*>", String.Symbol),
            (r'\\"', String),
            (r"\\", String),
            ('"', String, "#pop"),
        ],
        "fact": [
            (r"[^`\\]+", String.Other),
            (r"\\<\w*>", String.Symbol),
            (r"\\`", String.Other),
            (r"\\", String.Other),
            ("`", String.Other, "#pop"),
        ],
    }
