"""`{{ x }}` and `{% echo x %}`, printing values the way Ruby's `render_s` does."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from liquid.builtin.output import Output as BaseOutput
from liquid.builtin.output import OutputNode as BaseOutputNode
from liquid.builtin.tags.echo_tag import EchoTag as BaseEchoTag

from jekyll_py.liquid.values import render_s

if TYPE_CHECKING:
    from liquid import RenderContext


class OutputNode(BaseOutputNode):
    """An output statement whose value is stringified as Ruby would (nil, floats, hashes)."""

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        return buffer.write(render_s(self.expression.evaluate(context)))


class EchoNode(OutputNode):
    """Liquid 5's `echo` tag: an output statement written as a tag."""

    def __str__(self) -> str:
        return f"{{% echo {self.expression} %}}"


class Output(BaseOutput):
    node_class = OutputNode


class EchoTag(BaseEchoTag):
    node_class = EchoNode
