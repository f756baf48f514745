"""`{{ x }}` and `{% echo x %}`, printing values the way Ruby's `to_s` does, parsed leniently
like Ruby in warn/lax mode (see jekyll_py.liquid.lax)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from liquid.builtin.output import Output as BaseOutput
from liquid.builtin.output import OutputNode as BaseOutputNode
from liquid.builtin.tags.echo_tag import EchoTag as BaseEchoTag
from liquid.token import TOKEN_EXPRESSION, TOKEN_OUTPUT, TOKEN_TAG

from jekyll_py.liquid.lax import Constant, parse_variable_markup
from jekyll_py.liquid.values import render_s

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.stream import TokenStream


class OutputNode(BaseOutputNode):
    """An output statement whose value is stringified as Ruby would (nil, floats, hashes)."""

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        value = self.expression.evaluate(context)
        return buffer.write(value if type(value) is str else render_s(value))


class EchoNode(OutputNode):
    """Liquid 5's `echo` tag: an output statement written as a tag."""

    def __str__(self) -> str:
        return f"{{% echo {self.expression} %}}"


class Output(BaseOutput):
    node_class = OutputNode

    def parse(self, stream: TokenStream) -> OutputNode:
        token = stream.eat(TOKEN_OUTPUT)
        if stream.current.kind != TOKEN_EXPRESSION:
            return self.node_class(token, Constant(token, None))
        expr_token = stream.current
        return self.node_class(token, parse_variable_markup(self.env, expr_token.value, expr_token))


class EchoTag(BaseEchoTag):
    node_class = EchoNode

    def parse(self, stream: TokenStream) -> OutputNode:
        token = stream.eat(TOKEN_TAG)
        if stream.current.kind != TOKEN_EXPRESSION:
            return self.node_class(token, Constant(token, None))
        expr_token = stream.current
        return self.node_class(token, parse_variable_markup(self.env, expr_token.value, expr_token))
