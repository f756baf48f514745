"""Liquid 5's `render` tag as Jekyll 4.3 has it: Jekyll gives Liquid no file system, so every
`{% render %}` fails with Liquid's FileSystemError when it renders."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from jekyll_py.liquid.errors import JekyllTagError
from jekyll_py.liquid.tags.markup import MarkupNode, MarkupTag

if TYPE_CHECKING:
    from liquid import RenderContext


class RenderNode(MarkupNode):
    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        raise JekyllTagError("This liquid context does not allow includes.",
                             ruby_class="Liquid::FileSystemError", token=self.token)


class RenderTag(MarkupTag):
    name = "render"
    node_class = RenderNode
