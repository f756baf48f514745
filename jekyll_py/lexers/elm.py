"""Rouge's `elm` lexer: a flat table of token shapes with nested `{- -}` comments and two string states.

Quirks kept from Rouge: the one-character operator class `[+-\\/*%=<>^|!]` holds the range `+` to `/`, so `,`
and `.` are operators rather than punctuation; a backslash before anything but `"` in a `"..."` string matches
no rule and becomes an `Error` token; character literals are any one character (or an escaped one) between
single quotes, and an unmatched `'` is an `Error`.
"""

from __future__ import annotations

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, words

KEYWORDS = "module exposing port import as type alias if then else case of let in"


class ElmLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Elm`."""

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"--.*", Comment.Single),
            (r"\{-", Comment.Multiline, "multiline_comment"),
            (rf"\b{words(KEYWORDS)}\b", Keyword),
            (r"[a-z]\w*", Name),
            (r"_", Name),
            (r"[A-Z]\w*", Keyword.Type),
            (r"->|::|//|\.\.|&&|\|\||\+\+|\|>|<\||>>|<<|==|/=|<=|>=", Operator),
            (r"[+-/*%=<>^|!]", Operator),
            (r"\\", Operator),
            (r"[@#$&~?]", Operator),
            ('"""', String, "multiline_string"),
            (r"'(?:\\.|.)'", String.Char),
            ('"', String, "double_quote"),
            (r"(?i)0x[\da-f]+", Number.Hex),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)\d+\.\d+(?:e[+-]?\d+)?", Number.Float),
            (r"\d+", Number.Integer),
            (r"[\[\](),;`{}:]", Punctuation),
        ],
        "multiline_comment": [
            ("-}", Comment.Multiline, "#pop"),
            (r"\{-", Comment.Multiline, "multiline_comment"),
            (r"[^-{}]+", Comment.Multiline),
            (r"[-{}]", Comment.Multiline),
        ],
        "double_quote": [
            (r'[^\\"]+', String.Double),
            (r'\\"', String.Escape),
            ('"', String.Double, "#pop"),
        ],
        "multiline_string": [
            (r'\\"', String.Escape),
            ('"""', String, "#pop"),
            ('[^"]+', String),
            ('"', String),
        ],
    }
