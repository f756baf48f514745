"""`{% comment %}` as Ruby Liquid 5.4 has it: a block whose body is parsed like any other (so a
malformed tag inside still fails, and lax-parsed markup still warns) but never rendered, and
where unknown tags are ignored.

python-liquid's lexer hands the whole body over as one comment token; we lex it again, padded
with the newlines before it so that errors inside keep their line numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from liquid.builtin.tags.comment_tag import CommentNode
from liquid.exceptions import LiquidSyntaxError
from liquid.parser import get_parser
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import TOKEN_COMMENT, TOKEN_EOF, TOKEN_EXPRESSION, TOKEN_TAG

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.ast import Node
    from liquid.token import Token


class UnknownTags:
    """parse_block's `end` set here: every tag the environment does not know stops the block."""

    def __init__(self, env: Environment) -> None:
        self.tags = env.tags

    def __contains__(self, name: object) -> bool:
        return name not in self.tags


class CommentTag(Tag):
    name = "comment"
    end = "endcomment"

    def parse(self, stream: TokenStream) -> Node:
        if stream.current.kind == "COMMENT":  # python-liquid's `{# ... #}`
            return CommentNode(stream.current, text=stream.current.value)
        token = stream.eat(TOKEN_TAG)
        if stream.current.kind == TOKEN_EXPRESSION:  # `{% comment junk %}`: ignored
            next(stream)
        if stream.current.kind == TOKEN_COMMENT:
            self.parse_body(next(stream))
        if not stream.current.is_tag(self.end):
            raise LiquidSyntaxError("comment tag was never closed", token=token)
        return CommentNode(token, text="")

    def parse_body(self, body: Token) -> None:
        """Comment#parse: the body's tags are parsed (and may fail); unknown tags are skipped."""
        padded = "\n" * body.source.count("\n", 0, body.start_index) + body.value
        inner = TokenStream(self.env.tokenizer()(padded))
        parse_block = get_parser(self.env).parse_block
        stop = UnknownTags(self.env)
        while inner.current.kind != TOKEN_EOF:
            parse_block(inner, stop)
            if inner.current.kind == TOKEN_TAG:  # Comment#unknown_tag does nothing
                next(inner)
                if inner.current.kind == TOKEN_EXPRESSION:
                    next(inner)
