"""`for` as Ruby Liquid 5.4 parses it: strict grammar first, Ruby's lax regexes after a warning.

Ruby's For syntax is `item in collection reversed? attributes`; a `reversed` written after
`limit:`/`offset:` is ignored there, while python-liquid honours it anywhere. Markup the strict
grammar rejects (`for x in list | sort`) is, in warn and lax modes, read by Ruby's lax regex, which
keeps `item in collection`, an immediate `reversed` and any `limit:`/`offset:` attributes.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from liquid.builtin.expressions.loop import LoopExpression
from liquid.builtin.tags.for_tag import ForNode
from liquid.builtin.tags.for_tag import ForTag as BaseForTag
from liquid.exceptions import LiquidSyntaxError
from liquid.mode import Mode
from liquid.token import TOKEN_EXPRESSION, Token
from liquid.undefined import Undefined

from jekyll_py.liquid.block import as_block
from jekyll_py.liquid.errors import RubySyntaxError
from jekyll_py.liquid.lax import QUOTED_FRAGMENT

if TYPE_CHECKING:
    from collections.abc import Iterator

    from liquid.ast import Node
    from liquid.context import RenderContext
    from liquid.stream import TokenStream

HEAD = re.compile(r"^(\s*[\w-]+\s+in\s+(?:\([^)]*\)|\S+))(\s+reversed\b)?(.*)$", re.DOTALL)
LATE_REVERSED = re.compile(r"\s+reversed\b")
_OPERAND = r"(?:\(\s*[^\s()]+\s*\.\.\s*[^\s()]+\s*\)|'[^']*'|\"[^\"]*\"|[\w.\[\]'\"?-]+)"
STRICT = re.compile(rf"\A\s*[\w-]+\s+in\s+{_OPERAND}\s*(?:reversed\b)?(?:\s*,?\s*\w+\s*:\s*{_OPERAND})*\s*\Z")
LAX = re.compile(rf"\A\s*([\w-]+)\s+in\s+({QUOTED_FRAGMENT}+)\s*(reversed)?")
TAG_ATTRIBUTES = re.compile(rf"(\w[\w-]*)\s*:\s*({QUOTED_FRAGMENT})")
FOR_SYNTAX_ERROR = "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]"


def ruby_for_markup(markup: str) -> str:
    """Drop a `reversed` that does not directly follow the collection."""
    match = HEAD.match(markup)
    if not match:
        return markup
    head, reversed_, rest = match.groups()
    return head + (reversed_ or "") + LATE_REVERSED.sub("", rest)


def lax_for_markup(markup: str) -> str | None:
    """What Ruby's For#lax_parse keeps of `markup`, as markup python-liquid reads; None if nothing."""
    match = LAX.match(markup)
    if match is None:
        return None
    variable, collection, reversed_ = match.groups()
    attributes = "".join(f" {key}: {value}" for key, value in TAG_ATTRIBUTES.findall(markup)
                         if key in ("limit", "offset"))
    return f"{variable} in {collection}{' reversed' if reversed_ else ''}{attributes}"


class RubyLoopExpression(LoopExpression):
    """`limit:`/`offset:` as Ruby's Utils.slice_collection applies them: the items from `offset` up to
    `offset + limit`, so `limit: 0` (or less) loops over nothing, where python-liquid loops over all; a nil
    or undefined `limit:` is no limit, and such an `offset:` is 0."""

    __slots__ = ()

    def _to_int(self, obj: object, *, token: Token) -> int | None:  # type: ignore[override]
        if obj is None or isinstance(obj, Undefined):
            return None
        return super()._to_int(obj, token=token)

    def _slice(self, it: Iterator[object], length: int, context: RenderContext, *, limit: int | None,
               offset: int | str | None) -> tuple[Iterator[object], int]:
        offset_key = f"{self.identifier}-{self.iterable}"
        start = context.stopindex(offset_key) if offset == "continue" else int(offset or 0)
        first = min(max(start, 0), length)
        stop = length if limit is None else max(min(start + limit, length), first)
        context.stopindex(key=offset_key, index=start + stop - first)  # Ruby: from + segment.length
        sliced = islice(it, first, stop)
        return (reversed(list(sliced)) if self.reversed else sliced), stop - first


class ForTag(BaseForTag):
    def parse(self, stream: TokenStream) -> Node:
        expression = stream.peek
        if expression.kind == TOKEN_EXPRESSION:
            fixed = self.ruby_markup(expression)
            if fixed != expression.value:
                stream.tokens[stream.pos + 1] = Token(
                    expression.kind, fixed, expression.start_index, expression.source)
        node = super().parse(stream)
        assert isinstance(node, ForNode)
        node.expression.__class__ = RubyLoopExpression
        # a plain string: the loop variable's key in each iteration's namespace, which every lookup of
        # `post.x` inside the loop compares through python-liquid's Identifier.__eq__ otherwise
        node.expression.identifier = str.__str__(node.expression.identifier)
        node.block = as_block(node.block)
        if node.default is not None:
            node.default = as_block(node.default)
        return node

    def ruby_markup(self, expression: Token) -> str:
        """The markup Ruby would loop with: strict if it parses, else (after a warning) lax."""
        markup = expression.value
        if STRICT.match(markup):
            return ruby_for_markup(markup)
        lax = lax_for_markup(markup)
        if lax is None:
            raise RubySyntaxError(FOR_SYNTAX_ERROR, token=expression)
        if self.env.mode != Mode.LAX:
            self.env.error(LiquidSyntaxError(f'Expected end_of_string in "{markup.strip()}"', token=expression))
        return lax
