"""Rouge's `stan` lexer: block names (`model`, `transformed data`, ...) are namespaces only at the top level, and
matched without a word boundary (`modeling` is `model` then `ing`); a name followed by a parenthesised list is a
function, builtin or distribution (`normal_lpdf`), its one-letter-and-blank "return type" prefix re-lexed
(`recurse`); other words are sorted by Rouge's tables (`stan_words.py`); `a + bi` is one complex number.

Quirks kept: a constant called like a function (`e()`) is one `Keyword.Constant` token of the whole match, a
prefix included, as Rouge's `token` without a value takes the whole match.

A documented choice: a `"` outside a comment, a `#` line or an `#include` file name pushes Rouge's `:string`
state, which Rouge's lexer never defines, so Rouge raises `unknown state: :string` and Jekyll's build fails on
`print("...")`; here the string up to the next `"` is one `String` token (Stan's strings have no escapes), so such
a block highlights instead of stopping the build.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Generic, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include
from jekyll_py.lexers.stan_words import BUILTIN_FUNCTIONS, CONSTANTS, DISTRIBUTIONS, KEYWORDS, RESERVED, TYPES

WS = r"(?-s:(?:\s|//.*?\n|/[*].*?[*]/)+)"  # interpolated into a /m regex, it keeps its own flags
ID = r"[a-zA-Z_][a-zA-Z0-9_]*"
# Rouge's `(?:(?:[a-z_]\s*(?:\[[0-9, ]\])?)\s+)*`, whose `\s*\s+` splits a run of blanks in every possible way
# before giving up (exponential on `a  b  c  ...`); with `\s*` only before a `[`, the same matches in the same order
RT = r"(?:[a-z_](?:\s*\[[0-9, ]\])?\s+)*"
OP = r"=|<|<=|>|>=|==|!=|!|&&|\|\||\+|-|\*|/|\^|'|\.\+|\.-|\.\*|\./|\.\^|\\|\+=|-=|\*=|/=|\.\*=|\./=|~|\?|:"
REAL = r"(?:\d+[.]\d*|[.]?\d+)e[+-]?\d+|\d*[.]\d+"
FLOAT = rf"(?:{REAL}|\d+){WS}[+-]{WS}(?:{REAL}|\d+)i|(?:{REAL}|\d+)i|{REAL}"
NAMESPACE = r"functions|(?:transformed\s+)?data|(?:transformed\s+)?parameters|model|generated\s+quantities"


def _name(ctx: Context, m: re.Match[str]) -> None:
    name = m.group(0)
    if name in KEYWORDS:
        ctx.token(Keyword)
    elif name in TYPES:
        ctx.token(Keyword.Type)
    elif name in RESERVED:
        ctx.token(Keyword.Reserved)
    else:
        ctx.token(Name.Variable)


def _function(ctx: Context, m: re.Match[str]) -> None:
    ctx.recurse(m.group(1))
    name = m.group(2)
    if name in BUILTIN_FUNCTIONS or name in DISTRIBUTIONS:
        ctx.token(Name.Builtin, name)
    elif name in CONSTANTS:
        ctx.token(Keyword.Constant)
    else:
        ctx.token(Name.Function, name)


class StanLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Stan`."""

    tokens = {
        "root": [
            include("whitespace"),
            (r"#include", Comment.Preproc, "include"),
            (r"#.*$", Generic.Deleted),
            (NAMESPACE, Name.Namespace),
            (r"\{", Punctuation, "bracket_scope"),
            include("scope"),
        ],
        "include": [(r"(\s+)(\S+)(\s*)", groups(Text, Comment.PreprocFile, Text), "#pop")],
        "whitespace": [
            (r"\n+", Text),
            (r"//(\\.|.)*?$", Comment.Single),
            include("inline_whitespace"),
        ],
        "inline_whitespace": [
            (r"[ \t\r]+", Text),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
        ],
        "statements": [
            include("whitespace"),
            (r"#include", Comment.Preproc, "include"),
            (r"#.*$", Generic.Deleted),
            (r'"[^"]*"?', String),
            (FLOAT, Number.Float),
            (r"\d+", Number.Integer),
            (r"\*/", Error),
            (OP, Operator),
            (r"[\[\],.;]", Punctuation),
            (r"[|](?![|])", Punctuation),
            (r"T\b", Keyword.Reserved),
            (r"(lower|upper)\b", Name.Attribute),
            (ID, _name),
        ],
        "scope": [
            include("whitespace"),
            (rf"({RT})({ID})(?=\([^;]*?\))", _function),
            (r"\{", Punctuation, "bracket_scope"),
            (r"\(", Punctuation, "parens_scope"),
            include("statements"),
        ],
        "bracket_scope": [include("scope"), (r"\}", Punctuation, "#pop")],
        "parens_scope": [include("scope"), (r"\)", Punctuation, "#pop")],
    }
