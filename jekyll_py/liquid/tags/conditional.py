"""`if`, `unless` and `case` with Ruby Liquid 5.4's conditions (see jekyll_py.liquid.condition).

The nodes are python-liquid's; only the parsing changes: conditions are read by Ruby's lexer
(strict) or Ruby's regexes (lax, after a warning in warn mode), and `case` is matched with
Case::Syntax / Case::WhenSyntax as Ruby does, whatever the mode.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from typing import TYPE_CHECKING, TextIO

from liquid.ast import BlockNode, ConditionalBlockNode, Node
from liquid.builtin.tags.if_tag import IfNode
from liquid.builtin.tags.unless_tag import UnlessNode
from liquid.exceptions import LiquidSyntaxError
from liquid.parser import get_parser
from liquid.tag import Tag
from liquid.token import TOKEN_EOF, TOKEN_EXPRESSION, TOKEN_TAG, Token

from jekyll_py.liquid.block import Block, as_block
from jekyll_py.liquid.condition import Condition, TruthyCondition, condition_operand, parse_condition, truthy
from jekyll_py.liquid.errors import RubySyntaxError
from jekyll_py.liquid.lax import QUOTED_FRAGMENT

if TYPE_CHECKING:
    from liquid import Environment, RenderContext
    from liquid.stream import TokenStream

CASE_SYNTAX = re.compile(f"({QUOTED_FRAGMENT})")
WHEN_SYNTAX = re.compile(rf"({QUOTED_FRAGMENT})(?:(?:\s+or\s+|\s*,\s*)({QUOTED_FRAGMENT}.*))?", re.DOTALL)
CASE_ERROR = "Syntax Error in 'case' - Valid syntax: case [condition]"
WHEN_ERROR = ("Syntax Error in tag 'case' - Valid when condition: {% when [condition] "
              "[or condition2...] %}")
ELSE_ERROR = "Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters) "


def block_parser(env: Environment) -> Callable[[TokenStream, Container[str]], Block]:
    """python-liquid's block parsing, producing the cheaper `Block`."""
    parse_block = get_parser(env).parse_block
    return lambda stream, ends: as_block(parse_block(stream, ends))


def tag_markup(stream: TokenStream, tag: Token) -> tuple[Token, str]:
    """Consume the expression token after `tag`; Ruby's `{% if %}` error when there is none."""
    if stream.current.kind != TOKEN_EXPRESSION:
        raise LiquidSyntaxError("missing expression", token=tag)
    token = next(stream)
    return token, token.value


def skip_markup(stream: TokenStream) -> None:
    """`{% else junk %}`: Ruby ignores the markup of an `if`'s else."""
    if stream.current.kind == TOKEN_EXPRESSION:
        next(stream)


class IfTag(Tag):
    """Ruby's If: blocks `if`/`elsif`/`else`; the first truthy one renders."""

    name = "if"
    end = "endif"
    node_class: type[Node] = IfNode

    def parse(self, stream: TokenStream) -> Node:
        token = stream.eat(TOKEN_TAG)
        condition = self.condition(stream, token)
        parse_block = block_parser(self.env)
        ends = (self.end, "elsif", "else")
        consequence = parse_block(stream, ends)
        alternatives: list[ConditionalBlockNode] = []
        default: BlockNode | None = None
        while not stream.current.is_tag(self.end):
            if stream.current.kind == TOKEN_EOF:
                raise LiquidSyntaxError(f"expected tag end{self.name}, found end of expression",
                                        token=None)
            tag = next(stream)
            if tag.value == "else":
                skip_markup(stream)
                block = parse_block(stream, ends)
                default = default or block  # an `else` always matches: later blocks never render
            else:
                expression = self.condition(stream, tag)
                block = parse_block(stream, ends)
                if default is None:
                    alternatives.append(ConditionalBlockNode(tag, expression=expression, block=block))
        return self.node_class(token, condition,
                               consequence, alternatives, default)

    def condition(self, stream: TokenStream, tag: Token) -> TruthyCondition:
        markup_token, markup = tag_markup(stream, tag)
        return TruthyCondition(parse_condition(self.env, markup, markup_token))


class UnlessTag(IfTag):
    """Ruby's Unless: the first block renders when its condition is falsy; elsif/else as in `if`."""

    name = "unless"
    end = "endunless"
    node_class = UnlessNode


class CaseNode(Node):
    """Ruby's Case: every matching `when` renders (not only the first); `else` when none did."""

    __slots__ = ("branches",)

    def __init__(self, token: Token, branches: list[tuple[Condition | None, BlockNode]]) -> None:
        super().__init__(token)
        self.branches = branches
        self.blank = all(block.blank for _, block in branches)

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        run_else = True
        written = 0
        for condition, block in self.branches:
            if condition is None:
                if run_else:
                    written += block.render(context, buffer)
            elif truthy(condition.evaluate(context)):
                run_else = False
                written += block.render(context, buffer)
        return written


class CaseTag(Tag):
    name = "case"
    end = "endcase"

    def parse(self, stream: TokenStream) -> Node:
        token = stream.eat(TOKEN_TAG)
        markup_token, markup = tag_markup(stream, token)
        match = CASE_SYNTAX.search(markup)
        if match is None:
            raise RubySyntaxError(CASE_ERROR, token=token)
        left = condition_operand(match.group(1), markup_token)
        parse_block = block_parser(self.env)
        ends = (self.end, "when", "else")
        parse_block(stream, ends)  # Ruby parses and discards what precedes the first `when`
        branches: list[tuple[Condition | None, BlockNode]] = []
        while not stream.current.is_tag(self.end):
            if stream.current.kind == TOKEN_EOF:
                raise LiquidSyntaxError("expected tag endcase, found end of expression", token=None)
            tag = next(stream)
            when_token = stream.current if stream.current.kind == TOKEN_EXPRESSION else tag
            when_markup = next(stream).value if stream.current.kind == TOKEN_EXPRESSION else ""
            if tag.value == "else":
                if when_markup.strip():
                    raise RubySyntaxError(ELSE_ERROR, token=tag)
                branches.append((None, parse_block(stream, ends)))
                continue
            conditions = self.when_conditions(left, when_markup, when_token)
            block = parse_block(stream, ends)
            branches.extend((condition, block) for condition in conditions)
        return CaseNode(token, branches)

    @staticmethod
    def when_conditions(left: object, markup: str, token: Token) -> list[Condition]:
        """Case#record_when_condition: one `left == value` condition per listed value."""
        conditions: list[Condition] = []
        rest: str | None = markup
        while rest is not None:
            match = WHEN_SYNTAX.search(rest)
            if match is None:
                raise RubySyntaxError(WHEN_ERROR, token=token)
            rest = match.group(2)
            conditions.append(Condition(token, left, "==", condition_operand(match.group(1), token)))  # type: ignore[arg-type]
        return conditions
