"""What Rouge's `scheme` and `racket` lexers share: the form head's lookup (their strings are
`base.RUBY_QUOTED_STRING`)."""

from __future__ import annotations

import re

from pygments.token import Keyword, Name

from jekyll_py.lexers.base import Context


def command(ctx: Context, m: re.Match[str]) -> None:
    """The head of a form, right after its bracket: a keyword, a builtin or a function name (the running
    lexer's KEYWORDS and BUILTINS)."""
    word = m.group(0)
    if word in ctx.lexer.KEYWORDS:  # type: ignore[attr-defined]
        ctx.token(Keyword)
    elif word in ctx.lexer.BUILTINS:  # type: ignore[attr-defined]
        ctx.token(Name.Builtin)
    else:
        ctx.token(Name.Function)
    ctx.pop()
