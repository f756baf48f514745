"""Rouge's `scss` lexer (its `SassCommon` states): a line is guessed to be a property, a selector or a value."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Punctuation, Text

from jekyll_py.lexers.base import Context, RougeLexer, include
from jekyll_py.lexers.sass_common import SASS_COMMON


def _section_end(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Punctuation)
    ctx.reset_stack()


class ScssLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Scss`: `SassCommon`'s states, sections ended by `;`, `{` or `}`."""

    tokens = {
        **SASS_COMMON,
        "root": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
            (r"@import\b", Keyword, "value"),
            include("content_common"),
            (r"(?=[^;{}][;}])", None, "attribute"),
            (r"(?=[^;{}:\[]+:[^a-z])", None, "attribute"),
            (r"", None, "selector"),
        ],
        "end_section": [(r"\n", Text), (r"[;{}]", _section_end)],
    }
