"""Rendering one page or document (Jekyll::Renderer): Liquid, then converters, then the layout chain."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from jekyll_py import log
from jekyll_py.errors import ConversionError, JekyllPyError
from jekyll_py.utils import deep_merge

if TYPE_CHECKING:
    from jekyll_py.convertible import Convertible
    from jekyll_py.layout import Layout
    from jekyll_py.site import Site


class Renderer:
    def __init__(self, site: Site, document: Convertible) -> None:
        self.site = site
        self.document = document

    def payload(self) -> dict[str, Any]:
        """The variables one render sees (Jekyll's UnifiedPayloadDrop)."""
        document = self.document
        payload = self.site.base_payload()
        payload["page"] = document.to_liquid()
        payload["paginator"] = getattr(document, "pager", None)
        layout = self.site.layouts.get(str(document.setting("layout")))
        payload["layout"] = dict(layout.data) if layout else None
        payload["content"] = None
        first = document.converters[0]  # Renderer#assign_highlighter_options!
        payload["highlighter_prefix"] = first.highlighter_prefix
        payload["highlighter_suffix"] = first.highlighter_suffix
        return payload

    def run(self) -> str:
        document = self.document
        payload = self.payload()
        self.site.hooks.trigger(document.type, "pre_render", document, payload)
        output = document.content
        if document.render_with_liquid():
            output = self.render_liquid(output, payload, document.relative_path, document.body_line - 1)
        output = self.convert(output)
        document.content = output
        self.site.hooks.trigger(document.type, "post_convert", document)
        output = document.content
        if document.place_in_layout():
            output = self.place_in_layouts(output, payload)
        return output

    def render_liquid(self, source: str, payload: dict[str, Any], path: str, line_offset: int) -> str:
        engine = self.site.liquid
        template = engine.parse(source, path=path, line_offset=line_offset)
        return self.timed(path, lambda: engine.render(template, payload))

    def render_layout(self, layout: Layout, payload: dict[str, Any]) -> str:
        """A layout's Liquid, or the native code of a layout we recognise (jekyll_py/compress_html.py) when
        the site's settings are ones it reproduces."""
        native = layout.native
        if native is not None and not self.site.liquid.env.strict_variables:
            output = self.timed(layout.relative_path,
                                lambda: native(payload["content"], payload["site"], payload["jekyll"]["environment"]))
            if output is not None:
                return output
        return self.render_liquid(layout.content, payload, layout.relative_path, layout.body_line - 1)

    def timed(self, path: str, render: Callable[[], str]) -> str:
        if self.site.profiler is None:
            return render()
        return self.site.profiler.timed_render(path, render)

    def convert(self, content: str) -> str:
        for converter in self.document.converters:
            try:
                content = converter.convert(content)
            except JekyllPyError as exc:
                if exc.file is None:
                    exc.file = self.document.relative_path
                raise
            except RecursionError:
                raise ConversionError(
                    f"{type(converter).__name__} could not convert (input nested too deeply)",
                    file=self.document.relative_path,
                ) from None
        return content

    def place_in_layouts(self, content: str, payload: dict[str, Any]) -> str:
        """Wrap the content in its layout, then that layout's layout, until none is left or one repeats."""
        document = self.document
        layouts = self.site.layouts
        requested = document.setting("layout")
        layout: Layout | None = layouts.get(str(requested)) if requested is not None else None
        if requested is not None and layout is None:
            log.warn(
                "Build Warning:",
                f"Layout '{requested}' requested in {document.relative_path} does not exist.",
            )
        payload["layout"] = None
        used: list[Layout] = []
        output = content
        while layout is not None:
            used.append(layout)
            payload["content"] = output
            payload["layout"] = deep_merge(layout.data, payload["layout"] or {})
            output = self.render_layout(layout, payload)
            parent = layout.data.get("layout")
            layout = layouts.get(str(parent)) if parent is not None else None
            if layout in used:
                break
        return output
