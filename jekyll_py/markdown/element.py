"""The document tree kramdown builds: one small node type shared by the parsers and the renderer.

Keeping kramdown's tree shape (types, `transparent` paragraphs, blank nodes) is what lets the renderer
reproduce kramdown's whitespace exactly.
"""

from __future__ import annotations

from typing import Any


class Element:
    """A node: `type` names the concept (p, ul, text, html_element, ...), `value` its payload."""

    __slots__ = ("type", "value", "attr", "options", "children")

    def __init__(
        self,
        type: str,
        value: Any = None,
        attr: dict[str, str] | None = None,
        options: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.value = value
        self.attr: dict[str, str] = attr if attr is not None else {}
        self.options: dict[str, Any] = options if options is not None else {}
        self.children: list[Element] = []

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<{self.type} {self.value!r} {self.attr} {self.children}>"


def raw_text(el: Element) -> str:
    """The plain text of an element's spans, as kramdown-parser-gfm feeds it to header id generation."""
    parts: list[str] = []
    _collect_text(el, parts)
    return "".join(parts)


def _collect_text(el: Element, parts: list[str]) -> None:
    stack = [el]
    # iterative depth-first walk in document order, so deep nesting cannot overflow
    order: list[Element] = []
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(reversed(node.children))
    for node in order:
        if node.type in ("text", "codespan", "math"):
            parts.append(node.value)
        elif node.type == "entity":
            parts.append(node.value[1])
