r"""What Rouge's `scheme` and `racket` lexers share: the form head's lookup and their string pattern.

Both Rouge lexers match strings with `"(\\\\|\\"|[^"])*"`, which backtracks exponentially on an unclosed string
of backslashes (Rouge takes more than 20 seconds on `"\"` and 30 of them). `STRING` matches the same text in
linear time: a `\"` escapes its quote only while another quote follows somewhere, else that quote closes the
string (checked against the original on every string of up to 13 characters of `"`, `\`, `a` and a newline
after the opening quote).
"""

from __future__ import annotations

import re

from pygments.token import Keyword, Name

from jekyll_py.lexers.base import Context

STRING = r'"(?:[^"\\]|\\\\|\\"(?=[^"]*")|\\(?!\\|"(?=[^"]*")))*+"'


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
