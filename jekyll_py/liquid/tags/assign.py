"""`assign` with Ruby's syntax: `name = markup`, the markup read strictly, else leniently (warn mode)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from liquid.builtin.expressions import Identifier
from liquid.builtin.tags.assign_tag import AssignNode
from liquid.builtin.tags.assign_tag import AssignTag as BaseAssignTag
from liquid.exceptions import LiquidSyntaxError

from jekyll_py.liquid.lax import parse_variable_markup
from jekyll_py.liquid.tags.markup import read_markup

if TYPE_CHECKING:
    from liquid.stream import TokenStream

SYNTAX = re.compile(r"((?:\(?[\w\-.\[\]]\)?)+)\s*=\s*(.*)\s*", re.DOTALL)


class AssignTag(BaseAssignTag):
    def parse(self, stream: TokenStream) -> AssignNode:
        token, markup = read_markup(stream)
        match = SYNTAX.match(markup)
        if not match:
            raise LiquidSyntaxError(
                "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]", token=token)
        expression = parse_variable_markup(self.env, match.group(2), stream.current)
        return self.node_class(token, name=Identifier(match.group(1), token=token),
                               expression=expression)
