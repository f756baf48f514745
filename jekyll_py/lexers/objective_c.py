"""Rouge's `objective_c` lexer: C's lexer with Objective-C's rules put in front of C's `statements` and `root`.

A `[` opens a message send whose selector pieces are functions, `@interface`/`@class` name classes, `@[`/`@{` open
collection literals, and a line's leading `-`/`+` starts a method definition whose parenthesised types are re-lexed
(`recurse`). Objective-C's identifiers are Rouge's `/[a-z$_][a-z0-9$_]*/i`: Onigmo's case folding lets them take
the Kelvin sign and the long s as well, spelt out below since Python's would also take the dotted and dotless i.
An `@word` is Rouge's `[[:alnum:]]+`, the Unicode letters and digits go_words.py dumped from Ruby.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Keyword, Name, Number, Punctuation, String, Text

from jekyll_py.lexers.base import Context, groups, include
from jekyll_py.lexers.c import CLexer
from jekyll_py.lexers.go_words import ALPHA, DIGIT

ID = "[a-zA-Z$_\u017f\u212a][a-zA-Z0-9$_\u017f\u212a]*"

AT_KEYWORDS = frozenset(
    """selector private protected public encode synchronized try throw catch finally end property synthesize dynamic
    optional interface implementation import autoreleasepool""".split()
)
AT_BUILTINS = frozenset("true false YES NO".split())
BUILTINS = frozenset("YES NO nil".split())


def _at_word(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(1)
    if word in AT_KEYWORDS:
        ctx.token(Keyword)
    elif word in AT_BUILTINS:
        ctx.token(Name.Builtin)
    else:
        ctx.token(Error)


def _method(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Keyword, m.group(1))
    ctx.token(Text, m.group(2))
    if m.group(3):
        ctx.recurse(m.group(3))
    ctx.token(Text, m.group(4))
    ctx.push("method_definition")


def _typed_argument(ctx: Context, m: re.Match[str]) -> None:
    ctx.recurse(m.group(1))
    ctx.token(Name.Variable, m.group(2))


SELECTOR_PIECE = rf"({ID})(\s*)(:)"
SELECTOR_PIECE_GROUPS = groups(Name.Function, Text, Punctuation)

STATEMENTS = [
    (r'@"', String, "string"),
    (r"@'(\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\.|[^\\'\n]')", String.Char),
    (r"(?i)@(\d+[.]\d*|[.]\d+|\d+)e[+-]?\d+l?", Number.Float),
    (r"(?i)@(\d+[.]\d*|[.]\d+|\d+f)f?", Number.Float),
    (r"@0x[0-9a-fA-F]+[lL]?", Number.Hex),
    (r"(?i)@0[0-7]+l?", Number.Oct),
    (r"@\d+l?", Number.Integer),
    (r"\bin\b", Keyword),
    (r"@(?:interface|implementation)\b", Keyword, "objc_classname"),
    (r"@(?:class|protocol)\b", Keyword, "forward_classname"),
    (rf"@([{ALPHA}{DIGIT}]+)", _at_word),
    (r"[?]", Punctuation, "ternary"),
    (r"\[", Punctuation, "message"),
    (r"@\[", Punctuation, "array_literal"),
    (r"@\{", Punctuation, "dictionary_literal"),
]

class ObjectiveCLexer(CLexer):
    """Rouge's `Rouge::Lexers::ObjectiveC`."""

    BUILTINS = BUILTINS

    tokens = {
        **CLexer.tokens,
        "statements": [*STATEMENTS, *CLexer.tokens["statements"]],
        "root": [(rf"([-+])(\s*)([(].*?[)])?(\s*)(?={ID})", _method), *CLexer.tokens["root"]],
        "ternary": [(r":", Punctuation, "#pop"), include("statements")],
        "message_shared": [
            (r"\]", Punctuation, "#pop"),
            (r"\{", Punctuation, "#pop"),
            (r";", Error),
            include("statements"),
        ],
        "message": [
            (SELECTOR_PIECE, SELECTOR_PIECE_GROUPS, "#goto:message_with_args"),
            (rf"({ID})(\s*)(\])", SELECTOR_PIECE_GROUPS, "#pop"),
            include("message_shared"),
        ],
        "message_with_args": [
            (r"\{", Punctuation, "function"),
            (SELECTOR_PIECE, SELECTOR_PIECE_GROUPS, "#pop"),
            include("message_shared"),
        ],
        "array_literal": [(r"]", Punctuation, "#pop"), (r",", Punctuation), include("statements")],
        "dictionary_literal": [(r"}", Punctuation, "#pop"), (r",", Punctuation), include("statements")],
        "objc_classname": [
            include("whitespace"),
            (rf"({ID})(\s*)(:)(\s*)({ID})", groups(Name.Class, Text, Punctuation, Text, Name.Class), "#pop"),
            (
                rf"({ID})(\s*)([(])(\s*)({ID})(\s*)([)])",
                groups(Name.Class, Text, Punctuation, Text, Name.Label, Text, Punctuation),
                "#pop",
            ),
            (ID, Name.Class, "#pop"),
        ],
        "forward_classname": [
            include("whitespace"),
            (rf"({ID})(\s*)(,)(\s*)", groups(Name.Class, Text, Punctuation, Text), "#push"),
            (rf"({ID})(\s*)(;?)", groups(Name.Class, Text, Punctuation), "#pop"),
        ],
        "method_definition": [
            (r",", Punctuation),
            (r"[.][.][.]", Punctuation),
            (rf"([(].*?[)])({ID})", _typed_argument),
            (SELECTOR_PIECE, SELECTOR_PIECE_GROUPS),
            (r";", Punctuation, "#pop"),
            (r"{", Punctuation, "#goto:function"),
            include("inline_whitespace"),
            (r"//.*?\n", Comment.Single),
            (r"\s+", Text),
            (r"", None, "#pop"),
        ],
    }
