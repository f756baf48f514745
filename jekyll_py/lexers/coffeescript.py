"""Rouge's `coffeescript` lexer: a name, an operator, an opening bracket or a line start pushes
`slash_starts_regex` for one token, so a `/` there opens a regex (`///` a multi-line one with comments and
interpolation); every string is multi-line, and double-quoted ones lex `#{...}` as code.

Differences in writing, not in behaviour: the operator rule's `\\band\\b`-style alternatives lose their leading
`\\b` (at the scan position Rouge's `\\b` only asks that a word character follows, which `and` already says);
Rouge's `[-=]>` rule (`Name::Function`) is left out because the operator rule before it takes any `-` or `=`,
and so is its `reserved` word list, which no rule reads (those words are `Name::Other`). A `<!--`, or a `/`
that opens no regex, at a line start makes Rouge push and pop `slash_starts_regex` without moving until its
null-scan limit turns the character (and, the count not being reset yet, maybe the next) into `Error`; the
engine's null-scan count does the same.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include

KEYWORDS = frozenset(
    """for by while until loop break continue return switch when then if else do yield throw try catch finally await
    new delete typeof instanceof super extends this class import export debugger""".split()
)
CONSTANTS = frozenset("true false yes no on off null NaN Infinity undefined".split())
BUILTINS = frozenset(
    """Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI
    decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat parseInt document window""".split()
)

ID = r"[$a-zA-Z_][a-zA-Z0-9_]*"
OPERATOR = (
    r"\+\+|--|~|&&|and\b|or\b|is\b|isnt\b|not\b|in\b|of\b|\?|:|=|\|\||\\(?=\n)"
    r"|(?:<<|>>>?|==?|!=?|[-<>+*`%&|^/])=?"
)


def _identifier(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in KEYWORDS:
        ctx.token(Keyword)
    elif word in CONSTANTS:
        ctx.token(Name.Constant)
    elif word in BUILTINS:
        ctx.token(Name.Builtin)
    else:
        ctx.token(Name.Other)
    ctx.push("slash_starts_regex")


class CoffeescriptLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Coffeescript`."""

    tokens = {
        "comments": [
            (r"(?s)###[^#].*?###", Comment.Multiline),
            (r"#.*$", Comment.Single),
        ],
        "whitespace": [(r"\s+", Text)],
        "regex_comment": [
            (r"^#(?!\{).*$", Comment.Single),
            (r"(\s+)(#(?!\{).*)$", groups(Text, Comment.Single)),
        ],
        "multiline_regex_begin": [(r"///", String.Regex, "#goto:multiline_regex")],
        "multiline_regex_end": [(r"///(?:[gimy]+\b|\B)", String.Regex, "#pop")],
        "multiline_regex": [
            include("multiline_regex_end"),
            include("regex_comment"),
            include("has_interpolation"),
            include("comments"),
            include("whitespace"),
            include("code_escape"),
            (r"\\\D", String.Escape),
            (r"\\\d+", Name.Variable),
            (r"(?s).", String.Regex),
        ],
        "slash_starts_regex": [
            include("comments"),
            include("whitespace"),
            include("multiline_regex_begin"),
            (r"/(?:\\.|[^\[/\\\n]|\[(?:\\.|[^\]\\\n])*\])+/(?:[gimy]+\b|\B)", String.Regex, "#pop"),
            (r"", None, "#pop"),
        ],
        "root": [
            (r"^(?=\s|/|<!--)", None, "slash_starts_regex"),
            include("comments"),
            include("whitespace"),
            (OPERATOR, Operator, "slash_starts_regex"),
            (rf"(@)([ \t]*)({ID})", groups(Name.Variable.Instance, Text, Name.Attribute), "slash_starts_regex"),
            (rf"([.])([ \t]*)({ID})", groups(Punctuation, Text, Name.Attribute), "slash_starts_regex"),
            (rf"{ID}(?=\s*:)", Name.Attribute, "slash_starts_regex"),
            (ID, _identifier),
            (r"[{(\[;,]", Punctuation, "slash_starts_regex"),
            (r"[})\].]", Punctuation),
            (r"\d+[.]\d+(?:[eE]\d+)?[fd]?", Number.Float),
            (r"0x[0-9a-fA-F]+", Number.Hex),
            (r"\d+", Number.Integer),
            (r'"""', String, "tdqs"),
            (r"'''", String, "tsqs"),
            (r'"', String, "dqs"),
            (r"'", String, "sqs"),
        ],
        "code_escape": [(r"\\(?:c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{4}\})", String.Escape)],
        "strings": [
            (r"""[^#\\'"]+""", String),
            include("code_escape"),
            (r"\\.", String.Escape),
            (r"#", String),
        ],
        "double_strings": [(r"'", String), include("has_interpolation"), include("strings")],
        "single_strings": [(r'"', String), include("strings")],
        "interpolation": [(r"}", String.Interpol, "#pop"), include("root")],
        "has_interpolation": [(r"[#][{]", String.Interpol, "interpolation")],
        "dqs": [(r'"', String, "#pop"), include("double_strings")],
        "tdqs": [(r'"""', String, "#pop"), (r'"', String), include("double_strings")],
        "sqs": [(r"'", String, "#pop"), include("single_strings")],
        "tsqs": [(r"'''", String, "#pop"), (r"'", String), include("single_strings")],
    }
