"""Jekyll's tags and Ruby-flavoured replacements of python-liquid's, one tag per module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jekyll_py.liquid.tags import (
    assign,
    comment,
    conditional,
    for_loop,
    highlight,
    include,
    link,
    output,
    post_url,
    render,
)

if TYPE_CHECKING:
    from liquid import Environment


def register(env: Environment) -> None:
    """Install every tag Jekyll 4.3 has, replacing python-liquid's where Ruby differs."""
    env.add_tag(output.Output)
    env.add_tag(output.EchoTag)
    env.add_tag(for_loop.ForTag)
    env.add_tag(conditional.IfTag)
    env.add_tag(conditional.UnlessTag)
    env.add_tag(conditional.CaseTag)
    env.add_tag(comment.CommentTag)
    env.add_tag(assign.AssignTag)
    env.add_tag(include.IncludeTag)
    env.add_tag(include.IncludeRelativeTag)
    env.add_tag(include.IncludeCachedTag)
    env.add_tag(link.LinkTag)
    env.add_tag(post_url.PostUrlTag)
    env.add_tag(highlight.HighlightTag)
    env.add_tag(render.RenderTag)
