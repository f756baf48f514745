"""Rouge's `apache` lexer: a line's first word is a directive and the rest its arguments, each word given its
token type only when Apache's word tables know it (plain `Text` otherwise)."""

from __future__ import annotations

import re

from pygments.token import Comment, Name, Punctuation, String, Text, _TokenType

from jekyll_py.lexers.apache_words import DIRECTIVES, SECTIONS, VALUES
from jekyll_py.lexers.base import Context, RougeLexer, groups, include

# Rouge's `name_for_token` looks a word up in all three tables alike
KNOWN = SECTIONS | DIRECTIVES | VALUES


def _known(word: str, tok: _TokenType) -> _TokenType:
    """Rouge's `name_for_token`: `tok` for a word Apache knows (case-insensitively), `Text` otherwise."""
    return tok if word.lower() in KNOWN else Text


def _section(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Punctuation, m.group(1))
    ctx.token(_known(m.group(2), Name.Label), m.group(2))
    ctx.push("section")


def _directive(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(_known(m.group(0), Name.Class))
    ctx.push("directive")


class ApacheLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Apache`."""

    tokens = {
        "whitespace": [(r"\#.*", Comment), (r"\s+", Text)],
        "root": [include("whitespace"), (r"(</?)(\w+)", _section), (r"\w+", _directive)],
        "section": [
            (r"([^>]+)?(>(?:\r\n?|\n)?)", groups(String.Regex, Punctuation), "#pop"),
            include("whitespace"),
        ],
        "directive": [
            (r"\r\n?|\n", Text, "#pop"),
            include("whitespace"),
            (r"\S+", lambda ctx, m: ctx.token(_known(m.group(0), String.Symbol))),
        ],
    }
