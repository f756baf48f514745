"""Rouge's `hcl` and `terraform` lexers: a name starts a "composite" (`resource "a" "b" {`) that a following
`{` or `[` turns into a block or list, and that any other text quietly leaves; heredocs end at a line holding only
their tag. Terraform adds keyword lists, `${...}` interpolation with an expression state inside strings, and
`"/.../"` regular expressions inside interpolations.

Both lexers match names with `/[$a-z_][a-z0-9_]*/i`, which in Ruby's case folding also takes the Kelvin sign and
the long s (hence `\\u017f\\u212a` in the classes). Terraform's heredoc mixes in its `strings` state after rules
that already take every character, so its heredocs are Hcl's (no escapes, no interpolation) and that mixin is
left out; Rouge's `reserved` and `builtins` word lists are empty in both lexers and are left out too.
"""

from __future__ import annotations

import re
from typing import ClassVar

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text, _TokenType

from jekyll_py.lexers.base import Context, RougeLexer, include
from jekyll_py.lexers.shell import heredoc_line, heredoc_start

CONSTANTS = frozenset(("true", "false", "null"))
ID = r"(?i)[$a-z_\u017f\u212a][a-z0-9_\u017f\u212a]*"
TERRAFORM_ID = r"(?i)[$a-z_\-\u017f\u212a][a-z0-9_\-\u017f\u212a]*"
OPERATORS = r"\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|==|!="


def _word_token(ctx: Context, word: str) -> _TokenType:
    lexer = type(ctx.lexer)
    assert issubclass(lexer, HclLexer)
    if word in lexer.KEYWORDS:
        return Keyword
    if word in lexer.DECLARATIONS:
        return Keyword.Declaration
    if word in CONSTANTS:
        return Keyword.Constant
    return Name.Other


def _root_name(ctx: Context, m: re.Match[str]) -> None:
    """A name, which (unless a constant) starts a composite."""
    tok = _word_token(ctx, m.group(0))
    ctx.token(tok)
    if tok is not Keyword.Constant:
        ctx.push("composite")


def _expression_name(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(_word_token(ctx, m.group(0)))


class HclLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Hcl`."""

    KEYWORDS: ClassVar[frozenset[str]] = frozenset()
    DECLARATIONS: ClassVar[frozenset[str]] = frozenset()

    tokens = {
        "multiline_comment": [
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r"[*/]", Comment.Multiline),
        ],
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"#.*?$", Comment.Single),
            (r"/[*]", Comment.Multiline, "multiline_comment"),
        ],
        "primitives": [
            (r"[0-9][0-9]*\.[0-9]+(?:[eE][0-9]+)?[fd]?(?:[kKmMgG]b?)?", Number.Float),
            (r"[0-9]+(?:[kKmMgG]b?)?", Number.Integer),
            ('"', String.Double, "dq"),
            ("'", String.Single, "sq"),
            (r"(<<-?)(\s*)('?)(\\?)(\w+)(\3)", heredoc_start),
        ],
        "root": [
            include("comments_and_whitespace"),
            include("primitives"),
            (r"\{", Punctuation, "hash"),
            (r"\[", Punctuation, "array"),
            (ID, _root_name),
        ],
        "composite": [
            include("comments_and_whitespace"),
            (r"[{]", Punctuation, "#goto:hash"),
            (r"[\[]", Punctuation, "#goto:array"),
            include("root"),
            ("", Text, "#pop"),
        ],
        "hash": [
            include("comments_and_whitespace"),
            (r"=", Punctuation),
            (r"\}", Punctuation, "#pop"),
            include("root"),
        ],
        "array": [
            include("comments_and_whitespace"),
            (",", Punctuation),
            (r"\]", Punctuation, "#pop"),
            include("root"),
        ],
        "dq": [(r'[^\\"]+', String.Double), (r'\\"', String.Escape), ('"', String.Double, "#pop")],
        "sq": [(r"[^\\']+", String.Single), (r"\\'", String.Escape), ("'", String.Single, "#pop")],
        "heredoc": [
            (r"\n", String.Heredoc, "heredoc_nl"),
            (r"[^$\n]+", String.Heredoc),
            (r"[$]", String.Heredoc),
        ],
        "heredoc_nl": [(r"\s*(\w+)\s*\n", heredoc_line), ("", None, "#pop")],
    }


class TerraformLexer(HclLexer):
    """Rouge's `Rouge::Lexers::Terraform`."""

    KEYWORDS = frozenset("terraform module provider variable resource data provisioner output".split())
    DECLARATIONS = frozenset(("var", "local"))

    tokens = {
        **HclLexer.tokens,
        "hash": [(r"[.,()*]", Punctuation), *HclLexer.tokens["hash"]],
        "array": [(r"[.,()*]", Punctuation), *HclLexer.tokens["array"]],
        "strings": [(r"\\.", String.Escape), (r"\$\{", Keyword, "interpolation")],
        "dq": [(r'[^\\"$]+', String.Double), include("strings"), ('"', String.Double, "#pop")],
        "sq": [(r"[^\\'$]+", String.Single), include("strings"), ("'", String.Single, "#pop")],
        "interpolation": [(r"\}", Keyword, "#pop"), include("expression")],
        "regexp_inner": [
            (r'[^"/\\]+', String.Regex),
            (r"\\.", String.Regex),
            (r'/"', String.Delimiter, "#pop"),
            (r'["/]', String.Regex),
        ],
        "expression": [
            (r'"/', String.Delimiter, "#goto:regexp_inner"),
            include("primitives"),
            (r"\s+", Text),
            (OPERATORS, Operator),
            (r"[-<>+*%&|^/!=?:]=?", Operator),
            (r"[(\[,]", Punctuation),
            (r"[)\].]", Punctuation),
            (TERRAFORM_ID, _expression_name),
        ],
    }
