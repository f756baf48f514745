"""Rouge's `matlab` lexer: one flat table. Identifiers are looked up in a keyword set, then in Rouge's list of
builtin functions (`matlab_words.py`); a quote opens a string only when another one follows on the same line,
otherwise `'` is the transpose operator; a `!` at a line start hands the rest of the line to the shell lexer."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups
from jekyll_py.lexers.matlab_words import BUILTINS
from jekyll_py.lexers.shell import ShellLexer

KEYWORDS = frozenset(
    "arguments break case catch classdef continue else elseif end for function global if import methods otherwise"
    " parfor persistent properties return spmd switch try while".split()
)


def _name(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    ctx.token(Keyword if word in KEYWORDS else Name.Builtin if word in BUILTINS else Name)


def _shell_escape(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Keyword, m.group(1))
    ctx.delegate(ShellLexer, m.group(2))


class MatlabLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Matlab`."""

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"(?s)[{]%.*?%[}]", Comment.Multiline),
            (r"%.*$", Comment.Single),
            (r"([.][.][.])(.*?)$", groups(Keyword, Comment)),
            (r"^(!)(.*?)(?=%|$)", _shell_escape),
            (r"[a-zA-Z][_a-zA-Z0-9]*", _name),
            (r"[(){};:,/\\\]\[]", Punctuation),
            (r"~=|==|<<|>>|[-~+/*%=<>&^|.@]", Operator),
            (r"(?i)(\d+\.\d*|\d*\.\d+)(e[+-]?[0-9]+)?", Number.Float),
            (r"(?i)\d+e[+-]?[0-9]+", Number.Float),
            (r"\d+L", Number.Integer.Long),
            (r"\d+", Number.Integer),
            (r"'(?=(.*'))", String.Single, "chararray"),
            (r'"(?=(.*"))', String.Double, "string"),
            (r"'", Operator),
        ],
        "chararray": [
            (r"[^']+", String.Single),
            (r"''", String.Escape),
            (r"'", String.Single, "#pop"),
        ],
        "string": [
            (r'[^"]+', String.Double),
            (r'""', String.Escape),
            (r'"', String.Double, "#pop"),
        ],
    }
