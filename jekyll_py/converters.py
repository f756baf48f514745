"""Converters chosen by file extension (Jekyll::Converter): Markdown → HTML, everything else as is.

A converter says which extensions it `matches`, the `output_ext` it produces and how to `convert`;
plugins add more (Sass is one). Higher priority converters are tried first, Identity last.
"""

from __future__ import annotations

import json
from functools import cached_property
from typing import Any, ClassVar

from jekyll_py.disk_cache import DiskCaches, cache_key
from jekyll_py.errors import ConversionError

# Short Markdown (bios, excerpts, descriptions through `markdownify`) repeats on every page that shows
# it; whole documents are converted once. Only the short ones are remembered, and only so many.
MEMO_MAX_CHARS = 4096
MEMO_MAX_ENTRIES = 4096


class Converter:
    """Base class: subclasses set `priority` and implement the three methods."""

    priority: ClassVar[int] = 50  # Jekyll's :normal
    # Converter.highlighter_prefix/suffix: what `{% highlight %}` wraps its markup in while a document
    # whose first converter is this one renders (the payload's highlighter_prefix/suffix)
    highlighter_prefix: ClassVar[str] = ""
    highlighter_suffix: ClassVar[str] = ""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    def matches(self, ext: str) -> bool:
        raise NotImplementedError

    def output_ext(self, ext: str) -> str:
        raise NotImplementedError

    def convert(self, content: str) -> str:
        raise NotImplementedError


class MarkdownConverter(Converter):
    priority = 20  # Jekyll's :low, so a plugin's Markdown converter would win
    highlighter_prefix = "\n"
    highlighter_suffix = "\n"

    def __init__(self, config: dict[str, Any], caches: DiskCaches | None = None) -> None:
        super().__init__(config)
        self.disk = (caches or DiskCaches(None))["markdown"]

    @cached_property
    def extensions(self) -> set[str]:
        return {f".{ext.strip().lower()}" for ext in str(self.config.get("markdown_ext", "")).split(",")}

    def matches(self, ext: str) -> bool:
        return ext.lower() in self.extensions

    def output_ext(self, ext: str) -> str:
        return ".html"

    @cached_property
    def engine(self) -> Any:
        """The kramdown-compatible converter, built once with the site's `kramdown:` options."""
        name = str(self.config.get("markdown", "kramdown")).lower()
        if name != "kramdown":
            raise ConversionError(
                f"Invalid Markdown processor given: {name}",
                file="_config.yml",
                hint="jekyll-py implements kramdown, Jekyll's default: remove `markdown:` or set it to kramdown",
            )
        from jekyll_py.markdown import MarkdownConverter as Kramdown

        options = dict(self.config.get("kramdown") or {})
        options.setdefault("syntax_highlighter", self.config.get("highlighter", "rouge"))
        return Kramdown(options)

    def convert(self, content: str) -> str:
        """Each text converted once, and remembered on disk between builds: Jekyll 4 caches
        Markdown#convert by content too (Jekyll::Cache)."""
        if not isinstance(content, str):
            return self.engine.convert(content)
        if len(content) > MEMO_MAX_CHARS:
            return self._convert_cached(content)
        memo = self._memo
        html = memo.get(content)
        if html is None:
            if len(memo) >= MEMO_MAX_ENTRIES:
                memo.clear()
            html = memo[content] = self._convert_cached(content)
        return html

    def _convert_cached(self, content: str) -> str:
        key = cache_key(self._options_key, content)
        html = self.disk.get(key)
        if not isinstance(html, str):
            html = self.engine.convert(content)
            self.disk.put(key, html)
        return html

    @cached_property
    def _options_key(self) -> str:
        """Everything besides the text that a conversion depends on: the Markdown options, and the Pygments
        that highlights languages without a Rouge port."""
        import pygments

        options = {key: self.config.get(key) for key in ("markdown", "kramdown", "highlighter")}
        return json.dumps([options, pygments.__version__], sort_keys=True, default=str)

    @cached_property
    def _memo(self) -> dict[str, str]:
        """Source → HTML; the options are the converter's own, so the text alone is the key."""
        return {}

    def smartify(self, text: str) -> str:
        """The `smartify` filter: Jekyll's SmartyPants converter is kramdown with the site's options. Kept
        in the disk cache beside conversions: a rebuild whose Markdown all comes from there (jekyll-feed
        smartifies every post title) then never loads the converter."""
        key = cache_key("smartify", self._options_key, text)
        html = self.disk.get(key)
        if not isinstance(html, str):
            from jekyll_py.markdown.smartypants import smartify

            html = smartify(text, self.config.get("kramdown") or {})
            self.disk.put(key, html)
        return html


class Identity(Converter):
    priority = 0  # Jekyll's :lowest: used when nothing else matches

    def matches(self, ext: str) -> bool:
        return True

    def output_ext(self, ext: str) -> str:
        return ext

    def convert(self, content: str) -> str:
        return content

