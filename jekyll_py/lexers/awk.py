"""Rouge's `awk` lexer: a `/` where an expression may start opens a regex, elsewhere it divides, so operators,
opening brackets, keywords and `?` push `expr_start`, which pops (matching nothing) at the first other token.

Differences from the Ruby source, none of which changes the output (Rouge only produces it far later):
- root's rule `(?<=\\n)(?=\\s|/)` is left out: StringScanner cannot look behind the scan position, so it never
  matches; the operator alternatives `\\+\\+` and `--` are left out, as `[-+]=?` always matches first; and the
  state `bad_regex` is left out, as no rule enters it.
- Rouge's string pattern backtracks exponentially; `base.RUBY_QUOTED_STRING` matches the same text in linear
  time.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RUBY_QUOTED_STRING, Context, RougeLexer, include
from jekyll_py.lexers.javascript import identifier_rule

KEYWORDS = frozenset(
    "if else while for do break continue return next nextfile delete exit print printf getline".split()
)
DECLARATIONS = frozenset({"function"})
RESERVED = frozenset({"BEGIN", "END"})
CONSTANTS = frozenset("CONVFMT FS NF NR FNR FILENAME RS OFS ORS OFMT SUBSEP ARGC ARGV ENVIRON".split())
BUILTINS = frozenset(
    "exp log sqrt sin cos atan2 length rand srand int substr index match split sub gsub sprintf system tolower "
    "toupper".split()
)


_identifier = identifier_rule(KEYWORDS, DECLARATIONS, RESERVED, BUILTINS, CONSTANTS, dollar_variables=True)


def _ternary(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Punctuation)
    ctx.push("ternary")
    ctx.push("expr_start")


def _group_line_end(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Error)
    ctx.pop(2)


class AwkLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Awk`."""

    tokens = {
        "comments_and_whitespace": [(r"\s+", Text), (r"#.*?$", Comment.Single)],
        "expr_start": [
            include("comments_and_whitespace"),
            ("/", String.Regex, "#goto:regex"),
            ("", Text, "#pop"),
        ],
        "regex": [
            ("/", String.Regex, "#goto:regex_end"),
            (r"[^/]\n", Error, "#pop"),
            (r"\n", Error, "#pop"),
            (r"\[\^", String.Escape, "regex_group"),
            (r"\[", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (".", String.Regex),
        ],
        "regex_end": [("", None, "#pop")],
        "regex_group": [
            ("/", String.Escape),  # a `/` in a group does not close the regex
            (r"[^/]\n", _group_line_end),
            (r"\]", String.Escape, "#pop"),
            (r"\\.", String.Escape),
            (".", String.Regex),
        ],
        "root": [
            include("comments_and_whitespace"),
            (r"[-<>+*/%\^!=]=?|in\b|\|", Operator, "expr_start"),
            (r"&&|\|\||~!?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (";", Punctuation, "statement"),
            (r"[)\].]", Punctuation),
            (r"[?]", _ternary),
            ("[{}]", Punctuation, "statement"),
            (r"[$a-zA-Z_][a-zA-Z0-9_]*", _identifier),
            (r"[0-9]+\.[0-9]+", Number.Float),
            ("[0-9]+", Number.Integer),
            (RUBY_QUOTED_STRING, String.Double),
            (":", Punctuation),
        ],
        "statement": [("[{}]", Punctuation), include("expr_start")],
        "ternary": [(":", Punctuation, "#goto:expr_start"), include("root")],
    }
