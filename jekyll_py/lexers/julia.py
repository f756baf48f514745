"""Rouge's `julia` lexer: one table of token shapes tried in Rouge's order, in which operators come before
everything but comments (so a `\\` is always an operator and a float's leading `.` is one too), brackets and
separators are `Other`, and `function`/`struct` push a state for the name that follows, whose Unicode classes
(`\\p{L}`, `\\p{S}`, `\\p{Po}`, ...) are dumped from Ruby into `julia_words`.

Rouge's word lists are verbose-mode regexes, whose spaces are ignored: its keywords `mutable struct`,
`abstract type` and `for outer` are the words `mutablestruct`, `abstracttype` and `forouter`. Their trailing `\\b`
asks for no Onigmo word character next (`onigmo_words.WORD`, which differs from Python's `\\w`). Two of Rouge's
rules can never apply and are left out: its backslash `Text` rules, shadowed by the `\\` operator, and its
transpose rule, whose leading lookbehind never holds under Rouge's StringScanner (a `'` that opens no char
literal is an `Error`).
"""

from __future__ import annotations

from pygments.token import Comment, Keyword, Name, Number, Operator, Other, String, Text

from jekyll_py.lexers.base import RougeLexer, groups, include, words
from jekyll_py.lexers.julia_words import NAME_CHAR, NAME_START, TYPES
from jekyll_py.onigmo_words import WORD

END = f"(?![{WORD}])"  # Onigmo's `\b` after a word character
BUILTINS = words(
    "true false missing nothing Inf Inf16 Inf32 Inf64 NaN NaN16 NaN32 NaN64 stdout stderr stdin devnull pi π ℯ im"
    " ARGS C_NULL ENV ENDIAN_BOM VERSION undef (LOAD|DEPOT)_PATH",
    END,
)
KEYWORDS = words(
    "function return module import export if else elseif end for in isa while try catch const local global using"
    " struct mutablestruct abstracttype finally begin do quote macro forouter where",
    END,
)
OPERATORS = words(
    r"\+ = - \* / \\ & \| \$ ~ \^ % ! >>> >> << && \|\| \+= -= \*= /= \\= ÷= %= \^= &= \|= \$= >>>= >>= <<= =="
    r" != ≠ <= ≤ >= ≥ \. :: <: -> \? \.\* \.\^ \.\\ \./ \\ < > ÷ >: : === !== =>"
)
FUNC_NAME = f"[{NAME_START}][{NAME_CHAR}]*"
# Rouge's alternatives `[\u1000-\u10ff]` lie inside `\u00a1-\uffff`; a character past U+FFFF starts no name
IDENTIFIER = r"[a-zA-Z_\u00a1-\uffff][a-zA-Z_0-9\u00a1-\uffff]*!*"


class JuliaLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Julia`."""

    tokens = {
        "root": [
            (r"\n", Text),
            (r"[^\S\n]+", Text),
            ("#=", Comment.Multiline, "blockcomment"),
            ("#.*$", Comment),
            (OPERATORS, Operator),
            (r"(function|macro)((?:\s|\\\s)+)", groups(Keyword, Name.Function), "funcname"),
            (
                r"((?:mutable )?struct|(?:abstract|primitive) type)((?:\s|\\\s)+)",
                groups(Keyword, Name.Class),
                "typename",
            ),
            (words(TYPES, END), Keyword.Type),
            (f"(local|global|const){END}", Keyword.Declaration),
            (KEYWORDS, Keyword),
            (BUILTINS, Name.Builtin),
            ("`.*?`", String.Backtick),
            (
                r"'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}|[^\\'\n])'",
                String.Char,
            ),
            ('[IL]"', String, "string"),
            ('E?"', String, "string"),
            (r"@[\w.]+", Name.Decorator),
            (IDENTIFIER, Name),
            (r"[\[\]{}(),;]", Other),
            (r"(\d+(_\d+)+\.\d*|\d*\.\d+(_\d+)+)([eEf][+-]?[0-9]+)?", Number.Float),
            (r"(\d+\.\d*|\d*\.\d+)([eEf][+-]?[0-9]+)?", Number.Float),
            (r"\d+(_\d+)+[eEf][+-]?[0-9]+", Number.Float),
            (r"\d+[eEf][+-]?[0-9]+", Number.Float),
            ("0b[01]+(_[01]+)+", Number.Bin),
            ("0b[01]+", Number.Bin),
            ("0o[0-7]+(_[0-7]+)+", Number.Oct),
            ("0o[0-7]+", Number.Oct),
            ("0x[a-fA-F0-9]+(_[a-fA-F0-9]+)+", Number.Hex),
            ("0x[a-fA-F0-9]+", Number.Hex),
            (r"\d+(_\d+)+", Number.Integer),
            (r"\d+", Number.Integer),
        ],
        "funcname": [
            (FUNC_NAME, Name.Function, "#pop"),
            (r"\([^\s\w{]{1,2}\)", Operator, "#pop"),
            (r"[^\s\w{]{1,2}", Operator, "#pop"),
        ],
        "typename": [(FUNC_NAME, Name.Class, "#pop")],
        "stringescape": [
            (
                r"""\\([\\abfnrtv"']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})""",
                String.Escape,
            ),
        ],
        "blockcomment": [
            ("[^=#]", Comment.Multiline),
            ("#=", Comment.Multiline, "blockcomment"),
            ("=#", Comment.Multiline, "#pop"),
            ("[=#]", Comment.Multiline),
        ],
        "string": [
            include("stringescape"),
            ('"', String, "#pop"),
            (r'\\\\|\\"|\\\n', String.Escape),
            (r"\$(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?", String.Interpol),
            (r'[^\\"$]+', String),
            (r'["\\]', String),
            (r"\$", String),
        ],
    }
