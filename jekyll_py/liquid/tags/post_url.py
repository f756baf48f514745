"""Jekyll's `{% post_url 2010-07-21-name %}` (also `dir/2010-07-21-name`), with baseurl (Jekyll 4)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from liquid.ast import Node
from liquid.tag import Tag
from liquid.token import Token

from jekyll_py.liquid.errors import JekyllTagError
from jekyll_py.liquid.filters.url import compute_relative_url
from jekyll_py.liquid.tags.markup import read_markup

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.stream import TokenStream

MATCHER = re.compile(r"^(.+/)*(\d+-\d+-\d+)-(.*)$")


def post_name_pattern(name: str) -> re.Pattern[str] | None:
    """Jekyll's PostComparer: `_posts/PATH/DATE-SLUG.ext` or `PATH/_posts/DATE-SLUG.ext`."""
    match = MATCHER.match(re.sub(r"^/", "", name))
    if not match:
        return None
    path, date, slug = match.group(1) or "", match.group(2), match.group(3)
    basename = f"{re.escape(date)}-{re.escape(slug)}\\.[^.]+"
    return re.compile(f"^_posts/{re.escape(path)}{basename}|^{re.escape(path)}_posts/?{basename}")


class PostUrlNode(Node):
    __slots__ = ("name", "pattern")

    def __init__(self, token: Token, name: str, pattern: re.Pattern[str]) -> None:
        super().__init__(token)
        self.name = name
        self.pattern = pattern
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        site = context.env.site  # type: ignore[attr-defined]
        for post in site.posts:
            if self.pattern.match(post.relative_path):
                return buffer.write(compute_relative_url(site, post.url))
        raise JekyllTagError(
            f"Could not find post \"{self.name}\" in tag 'post_url'.\n"
            "Make sure the post exists and the name is correct.\n",
            ruby_class="Jekyll::Errors::PostURLError", token=self.token)


class PostUrlTag(Tag):
    name = "post_url"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        token, name = read_markup(stream)
        pattern = post_name_pattern(name)
        if pattern is None:
            raise JekyllTagError(
                f"Could not parse name of post \"{name}\" in tag 'post_url'.\n"
                " Make sure the post exists and the name is correct.\n",
                ruby_class="Jekyll::Errors::PostURLError", token=token)
        return PostUrlNode(token, name, pattern)
