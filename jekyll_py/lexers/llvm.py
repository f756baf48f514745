"""Rouge's `llvm` lexer: one flat table of token shapes, quirks kept. Anything followed by a colon (even across
lines, or a quoted string) is a label; a bare `x` is punctuation (LLVM's `<4 x i32>`), so words starting with `x`
(`xor`, `x86_fp80`) come out as `x` and the rest of the word; `i<N>` is a type even when glued to more letters
(`i32foo`); and any other word not in Rouge's tables is an `Error`."""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Keyword, Name, Number, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, include
from jekyll_py.lexers.llvm_words import INSTRUCTIONS, KEYWORDS, TYPES

STRING = r'"[^"]*?"'
IDENTIFIER = rf"(?:[-a-zA-Z$._][-a-zA-Z$._0-9]*|{STRING})"


def _word(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in TYPES:
        ctx.token(Keyword.Type)
    elif word in INSTRUCTIONS or word in KEYWORDS:
        ctx.token(Keyword)
    else:
        ctx.token(Error)


class LlvmLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::LLVM`."""

    tokens = {
        "basic": [
            (r";.*?$", Comment.Single),
            (r"\s+", Text),
            (rf"{IDENTIFIER}\s*:", Name.Label),
            (rf"@(?:{IDENTIFIER}|\d+)", Name.Variable.Global),
            (r"#\d+", Name.Variable.Global),
            (rf"[%!]{IDENTIFIER}", Name.Variable),
            (r"[%!]\d+", Name.Variable),
            (rf"c?{STRING}", String),
            (r"0[xX][a-fA-F0-9]+", Number),
            (r"-?\d+(?:[.]\d+)?(?:[eE][-+]?\d+(?:[.]\d+)?)?", Number),
            (r"[=<>{}\[\]()*.,!]|x", Punctuation),
        ],
        "root": [
            include("basic"),
            (r"i[1-9]\d*", Keyword.Type),
            (r"\w+", _word),
        ],
    }
