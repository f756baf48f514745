"""The block python-liquid's `if`, `unless`, `case` and `for` render their bodies with, made cheaper.

python-liquid's BlockNode sums a generator over its nodes, each rendered through `Node.render`,
which first checks the context's disabled tags; a layout's loops and conditions render blocks tens
of thousands of times per build. `Block` renders the same nodes in a plain loop whenever no tag is
disabled (only the `render` tag disables any) and its output is not suppressed as blank.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from liquid.ast import BlockNode

if TYPE_CHECKING:
    from liquid import RenderContext


class Block(BlockNode):
    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        if self.blank or context.disabled_tags:
            return super().render_to_output(context, buffer)
        written = 0
        for node in self.nodes:
            written += node.render_to_output(context, buffer)
        return written


def as_block(block: BlockNode) -> Block:
    """The parsed `block` as a `Block`."""
    return Block(block.token, block.nodes)
