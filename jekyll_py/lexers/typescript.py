"""Rouge's `typescript` lexer: JavaScript's states with longer word lists (`static`, `private`... are keywords,
`type` a declaration, `string`, `number`, `interface`... reserved), `??` an operator that does not start an
expression, and `name:` / `name?:` in a statement a label followed by an expression (type annotations)."""

from __future__ import annotations

import re
from typing import Any

from pygments.token import Keyword, Name, Operator, Punctuation, Text

from jekyll_py.lexers.base import Context, groups
from jekyll_py.lexers.javascript import BUILTINS, CONSTANTS, DECLARATIONS, ID, KEYWORDS, RESERVED, JavascriptLexer

TS_KEYWORDS = KEYWORDS | frozenset("is namespace static private protected public implements readonly".split())
TS_DECLARATIONS = DECLARATIONS | frozenset(("type", "abstract"))
TS_RESERVED = RESERVED | frozenset("string any void number namespace module declare default interface keyof".split())
TS_BUILTINS = BUILTINS | frozenset(("Pick", "Partial", "Readonly", "Record"))


def _identifier(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in TS_KEYWORDS:
        ctx.token(Keyword)
        ctx.push("expr_start")
    elif word in TS_DECLARATIONS:
        ctx.token(Keyword.Declaration)
        ctx.push("expr_start")
    elif word in TS_RESERVED:
        ctx.token(Keyword.Reserved)
    elif word in CONSTANTS:
        ctx.token(Keyword.Constant)
    elif word in TS_BUILTINS:
        ctx.token(Name.Builtin)
    else:
        ctx.token(Name.Other)


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
