"""What pages and documents share (Jekyll::Convertible): front matter, converters, output extension.

A convertible has source `content` with front-matter `data`; the renderer turns it into `output`.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_py import frontmatter

if TYPE_CHECKING:
    from jekyll_py.converters import Converter
    from jekyll_py.site import Site

SASS_EXTS = (".scss", ".sass")


def has_liquid_construct(content: str) -> bool:
    """Utils.has_liquid_construct?: only content with `{{` or `{%` goes through Liquid."""
    return "{{" in content or "{%" in content


class Convertible:
    """Base for Page and Document: subclasses set site, relative_path, path, ext, data and content."""

    site: Site
    relative_path: str
    path: Path
    ext: str
    data: dict[str, Any]
    content: str
    body_line: int = 1
    output: str | None = None

    def read_front_matter(self) -> dict[str, Any]:
        """Read the file's front matter and content (Convertible#read_yaml)."""
        text = frontmatter.read_text(self.path, self.relative_path)
        parsed = frontmatter.parse(text, self.relative_path, strict=bool(self.site.config.get("strict_front_matter")))
        self.content = parsed.content
        self.body_line = parsed.body_line
        return parsed.data

    def setting(self, key: str) -> Any:
        """The value Jekyll's own code reads for `key` (`data[key]`): for a document, its data merged with
        the front matter defaults; a page answers differently when its front matter leaves the key empty."""
        return self.data.get(key)

    @cached_property
    def converters(self) -> list[Converter]:
        return self.site.converters_for(self.ext)

    @property
    def permalink(self) -> str | None:
        value = self.setting("permalink")
        return None if value is None else str(value)

    @cached_property
    def output_ext(self) -> str:
        """The permalink's own extension if it has one, else what the converters make (Renderer#output_ext)."""
        permalink = self.permalink
        if permalink and not permalink.endswith("/"):
            ext = os.path.splitext(permalink)[1]
            if ext:
                return ext
        exts = [c.output_ext(self.ext) for c in self.converters]
        return exts[-1] if len(exts) == 1 else exts[-2]

    def is_asset(self) -> bool:
        return self.ext in SASS_EXTS or self.ext == ".coffee"

    def render_with_liquid(self) -> bool:
        return self.data.get("render_with_liquid") is not False and has_liquid_construct(self.content)

    def place_in_layout(self) -> bool:
        return not (self.is_asset() or self.setting("layout") == "none")

    def is_published(self) -> bool:
        return self.data.get("published", True) is not False

    def is_html(self) -> bool:
        return self.output_ext in (".html", ".xhtml", ".htm")
