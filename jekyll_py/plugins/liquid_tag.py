"""Jekyll-style simple Liquid tags for plugins: `{% name markup %}` rendered by `fn(context, markup)`.

Ruby plugins subclass `Liquid::Tag`, keep the raw markup and return a string from `render(context)`.
`simple_tag` gives Python plugins the same shape on top of python-liquid's Tag/Node classes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from io import StringIO
from typing import TYPE_CHECKING, Any, TextIO

from liquid.ast import Node
from liquid.tag import Tag
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG, Token

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.stream import TokenStream

RenderFn = Callable[["RenderContext", str], str]


class MarkupNode(Node):
    """One use of a simple tag: its markup, rendered when the template is."""

    __slots__ = ("markup", "name", "render_fn")

    def __init__(self, token: Token, name: str, markup: str, render_fn: RenderFn) -> None:
        super().__init__(token)
        self.name = name
        self.markup = markup
        self.render_fn = render_fn
        self.blank = False

    def __str__(self) -> str:
        return f"{{% {self.name} {self.markup} %}}"

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        return buffer.write(self.render_fn(context, self.markup))


def simple_tag(name: str, render_fn: RenderFn) -> type[Tag]:
    """A Tag class named `name` whose output is `render_fn(context, markup)`."""

    def parse(self: Tag, stream: TokenStream) -> Node:
        token = stream.expect(TOKEN_TAG)
        markup = ""
        if stream.peek.kind == TOKEN_EXPRESSION:  # the parser moves on from the tag's last token
            stream.next_token()
            markup = stream.current.value.strip()
        return MarkupNode(token, name, markup, render_fn)

    module = getattr(render_fn, "__module__", __name__)  # where the tag comes from, not abc
    return type(f"{name.title().replace('_', '')}Tag", (Tag,), {"name": name, "block": False, "parse": parse,
                                                                  "__module__": module})


def site_of(context: RenderContext) -> Any:
    """The site being built (Ruby's `context.registers[:site]`)."""
    return context.env.site  # type: ignore[attr-defined]


def lookup(context: RenderContext, dotted: str) -> Any:
    """`context["a.b"]` as Ruby plugins use it: a dotted variable's value, or None."""
    first, *rest = dotted.split(".")
    value = context.resolve(first, default=None)
    for key in rest:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def render_markup(context: RenderContext, markup: str) -> str:
    """Render a tag's markup as a Liquid template in the current context (`{% avatar {{ user }} %}`)."""
    if "{{" not in markup and "{%" not in markup:
        return markup
    buffer = StringIO()
    context.env.from_string(markup).render_with_context(context, buffer, partial=True)
    return buffer.getvalue()
