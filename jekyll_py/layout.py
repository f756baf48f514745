"""Layouts from `_layouts` (and a theme's), keyed by file name without extension (Jekyll::Layout)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jekyll_py import compress_html, frontmatter
from jekyll_py.utils import split_ext


class Layout:
    def __init__(self, path: Path, relative_path: str, *, strict: bool = False) -> None:
        self.path = path
        self.relative_path = relative_path
        self.name = path.name
        self.ext = split_ext(path.name)[1]
        parsed = frontmatter.parse(frontmatter.read_text(path, relative_path), relative_path, strict=strict)
        self.data: dict[str, Any] = parsed.data
        self.content = parsed.content
        self.body_line = parsed.body_line
        self.native = compress_html.recognize(self.content)

    @classmethod
    def from_text(cls, relative_path: str, text: str) -> Layout:
        """A layout a plugin ships (e.g. jekyll-redirect-from's `redirect`)."""
        layout = cls.__new__(cls)
        layout.path = Path(relative_path)
        layout.relative_path = relative_path
        layout.name = layout.path.name
        layout.ext = split_ext(layout.name)[1]
        parsed = frontmatter.parse(text, relative_path)
        layout.data, layout.content, layout.body_line = parsed.data, parsed.content, parsed.body_line
        layout.native = None
        return layout

    def __repr__(self) -> str:
        return f"<Layout {self.relative_path}>"
