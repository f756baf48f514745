"""Rouge's `sass` lexer (the indented syntax): `SassCommon`'s states, one section per line, with comment blocks
that run as long as the following lines are indented deeper (Rouge's `Indentation` mixin)."""

from __future__ import annotations

import re
from collections.abc import Callable

from pygments.token import Comment, Keyword, Name, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, include, indentation, starts_block
from jekyll_py.lexers.sass_common import ID, SASS_COMMON


def _line_start(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Text)
    indentation(ctx, m.group(0))


def _block_comment(tok: object, state: str) -> Callable[[Context, re.Match[str]], None]:
    """A `//` or `/*` comment: the rest of the line, and deeper-indented lines after it, are comment."""

    def action(ctx: Context, m: re.Match[str]) -> None:
        ctx.token(tok)
        ctx.pop()
        starts_block(ctx, state)

    return action


def _section_end(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Text)
    ctx.reset_stack()


class SassLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Sass`: `SassCommon`'s states, sections ended by a newline."""

    tokens = {
        **SASS_COMMON,
        "root": [(r"[ \t]*\n", Text), (r"[ \t]*", _line_start)],
        "content": [
            (r"//.*?$", _block_comment(Comment.Single, "single_comment")),
            (r"/[*].*?\n", _block_comment(Comment.Multiline, "multi_comment")),
            (r"@import\b", Keyword, "import"),
            include("content_common"),
            (rf"={ID}", Name.Function, "value"),
            (rf"[+]{ID}", Name.Decorator, "value"),
            (r":", Name.Attribute, "old_style_attr"),
            (r"(?=[^\[\n]+?:([^a-z]|$))", None, "attribute"),
            (r"", None, "selector"),
        ],
        "single_comment": [(r".*?$", Comment.Single, "#pop")],
        "multi_comment": [(r".*?\n", Comment.Multiline, "#pop")],
        "import": [(r"[ \t]+", Text), (r"\S+", String), (r"\n", Text, "#pop")],
        "old_style_attr": [include("attr_common"), (r"", None, ("#pop", "value"))],
        "end_section": [(r"\n", _section_end)],
    }
