"""Jekyll's `{% link path %}`: the URL of a site file by its source path, with baseurl (Jekyll 4)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from jekyll_py.liquid.errors import JekyllTagError
from jekyll_py.liquid.filters.url import compute_relative_url
from jekyll_py.liquid.tags.markup import MarkupNode, MarkupTag, render_markup

if TYPE_CHECKING:
    from liquid import RenderContext


class LinkNode(MarkupNode):
    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        site = context.env.site  # type: ignore[attr-defined]
        relative_path = render_markup(self.template, context)
        documents = site.documents_by_relative_path()
        item = documents.get(relative_path) or documents.get(relative_path.lstrip("/"))
        if item is None:
            raise JekyllTagError(
                f"Could not find document '{relative_path}' in tag 'link'.\n\n"
                "Make sure the document exists and the path is correct.\n",
                ruby_class="ArgumentError", token=self.token)
        return buffer.write(compute_relative_url(site, item.url))


class LinkTag(MarkupTag):
    name = "link"
    node_class = LinkNode
