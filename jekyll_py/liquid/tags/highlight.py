"""Jekyll's `{% highlight LANG [linenos] %}` block; the markup itself comes from jekyll_py.highlight."""

from __future__ import annotations

import re
from io import StringIO
from typing import TYPE_CHECKING, TextIO

from liquid.ast import BlockNode, Node
from liquid.parser import get_parser
from liquid.tag import Tag
from liquid.token import TOKEN_TAG, Token

from jekyll_py.liquid.errors import JekyllTagError
from jekyll_py.liquid.tags.markup import read_markup

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.stream import TokenStream

SYNTAX = re.compile(r"^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|\"([0-9]+\s)*[0-9]+\"))?)*)$")


class HighlightNode(Node):
    __slots__ = ("lang", "linenos", "body")

    def __init__(self, token: Token, lang: str, linenos: bool, body: BlockNode) -> None:
        super().__init__(token)
        self.lang = lang
        self.linenos = linenos
        self.body = body
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        # jekyll_py.highlight and jekyll_py.markdown import each other; loading the package
        # first lets either be imported first.
        import jekyll_py.markdown  # noqa: F401
        from jekyll_py.highlight import highlight_tag

        out = StringIO()
        self.body.render(context, out)
        # Jekyll renders the body as Liquid, then drops leading and trailing line terminators.
        code = re.sub(r"\A(\n|\r)+|(\n|\r)+\Z", "", out.getvalue())
        # Jekyll wraps the markup in the payload's highlighter_prefix/suffix: "\n" each while a Markdown
        # document renders (Converters::Markdown), nothing otherwise; blank lines inside HTML blocks show it.
        prefix = context.resolve("highlighter_prefix", default=None) or ""
        suffix = context.resolve("highlighter_suffix", default=None) or ""
        return buffer.write(f"{prefix}{highlight_tag(code, self.lang, self.linenos)}{suffix}")


class HighlightTag(Tag):
    name = "highlight"
    end = "endhighlight"
    block = True

    def parse(self, stream: TokenStream) -> Node:
        token, markup = read_markup(stream)
        match = SYNTAX.match(markup)
        if not match:
            raise JekyllTagError(
                f"Syntax Error in tag 'highlight' while parsing the following markup:\n\n  {markup}\n\n"
                "Valid syntax: highlight <lang> [linenos]\n", ruby_class="Liquid::SyntaxError", token=token)
        next(stream)
        body = get_parser(self.env).parse_block(stream, (self.end,))
        stream.expect(TOKEN_TAG, value=self.end)
        return HighlightNode(token, match.group(1).lower(), "linenos" in (match.group(2) or ""), body)
