"""`for` with Ruby's placement rule for `reversed`: only right after the collection counts.

Ruby's For syntax is `item in collection reversed? attributes`; a `reversed` written after
`limit:`/`offset:` is ignored there, while python-liquid honours it anywhere.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from liquid.builtin.tags.for_tag import ForTag as BaseForTag
from liquid.token import TOKEN_EXPRESSION, Token

if TYPE_CHECKING:
    from liquid.ast import Node
    from liquid.stream import TokenStream

HEAD = re.compile(r"^(\s*[\w-]+\s+in\s+(?:\([^)]*\)|\S+))(\s+reversed\b)?(.*)$", re.DOTALL)
LATE_REVERSED = re.compile(r"\s+reversed\b")


def ruby_for_markup(markup: str) -> str:
    """Drop a `reversed` that does not directly follow the collection."""
    match = HEAD.match(markup)
    if not match:
        return markup
    head, reversed_, rest = match.groups()
    return head + (reversed_ or "") + LATE_REVERSED.sub("", rest)


class ForTag(BaseForTag):
    def parse(self, stream: TokenStream) -> Node:
        expression = stream.peek
        if expression.kind == TOKEN_EXPRESSION:
            fixed = ruby_for_markup(expression.value)
            if fixed != expression.value:
                stream.tokens[stream.pos + 1] = Token(
                    expression.kind, fixed, expression.start_index, expression.source)
        return super().parse(stream)
