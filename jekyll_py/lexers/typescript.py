"""Rouge's `typescript` lexer: JavaScript's states with longer word lists (`static`, `private`... are keywords,
`type` a declaration, `string`, `number`, `interface`... reserved), `??` an operator that does not start an
expression, and `name:` / `name?:` in a statement a label followed by an expression (type annotations)."""

from __future__ import annotations

from typing import Any

from pygments.token import Name, Operator, Punctuation, Text

from jekyll_py.lexers.base import groups
from jekyll_py.lexers.javascript import (
    BUILTINS,
    DECLARATIONS,
    ID,
    KEYWORDS,
    RESERVED,
    JavascriptLexer,
    identifier_rule,
)

TS_KEYWORDS = KEYWORDS | frozenset("is namespace static private protected public implements readonly".split())
TS_DECLARATIONS = DECLARATIONS | frozenset(("type", "abstract"))
TS_RESERVED = RESERVED | frozenset("string any void number namespace module declare default interface keyof".split())
TS_BUILTINS = BUILTINS | frozenset(("Pick", "Partial", "Readonly", "Record"))
_identifier = identifier_rule(TS_KEYWORDS, TS_DECLARATIONS, TS_RESERVED, TS_BUILTINS)


def _with_ts_words(rules: list[Any]) -> list[Any]:
    """JavaScript's rules with its identifier rule classifying by TypeScript's word lists."""
    return [(ID, _identifier) if isinstance(rule, tuple) and rule[0] == ID else rule for rule in rules]


class TypescriptLexer(JavascriptLexer):
    """Rouge's `Rouge::Lexers::Typescript` (JavaScript extended with `TypescriptCommon`)."""

    tokens = {
        **JavascriptLexer.tokens,
        "root": [
            (r"[?][.]", Punctuation),
            (r"[?]{2}", Operator),
            *_with_ts_words(JavascriptLexer.tokens["root"]),
        ],
        "statement": [
            (rf"({ID})(\??)(\s*)(:)", groups(Name.Label, Punctuation, Text, Punctuation), "expr_start"),
            *JavascriptLexer.tokens["statement"],
        ],
    }
