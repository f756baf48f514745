"""Jekyll's tags read their markup as raw text (Ruby's `Liquid::Tag#initialize(tag, markup, ...)`);
this base gives them that text instead of python-liquid's expression tokens."""

from __future__ import annotations

from io import StringIO
from typing import TYPE_CHECKING

from liquid.ast import Node
from liquid.tag import Tag
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG, Token

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.stream import TokenStream
    from liquid.template import BoundTemplate


def read_markup(stream: TokenStream) -> tuple[Token, str]:
    """Consume the tag token; return it with the tag's markup, stripped."""
    token = stream.eat(TOKEN_TAG)
    markup = stream.current.value.strip() if stream.current.kind == TOKEN_EXPRESSION else ""
    return token, markup


def render_markup(template: BoundTemplate, context: RenderContext) -> str:
    """Render markup parsed as a template (`{% link {{ page.x }} %}`) in the current context."""
    out = StringIO()
    template.render_with_context(context, out)
    return out.getvalue()


class MarkupNode(Node):
    """A tag whose markup is itself a small template, rendered before use."""

    __slots__ = ("markup", "template")

    def __init__(self, token: Token, markup: str, template: BoundTemplate) -> None:
        super().__init__(token)
        self.markup = markup
        self.template = template
        self.blank = False


class MarkupTag(Tag):
    """Parse `{% name markup %}` into `node_class(token, markup, template_of_markup)`."""

    block = False
    node_class: type[MarkupNode] = MarkupNode

    def parse(self, stream: TokenStream) -> Node:
        token, markup = read_markup(stream)
        return self.node_class(token, markup, self.env.from_string(markup))
