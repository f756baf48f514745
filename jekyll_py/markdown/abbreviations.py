"""Abbreviations (`*[HTML]: Hyper Text Markup Language`) applied to every text node after parsing."""

from __future__ import annotations

import re

from .element import Element


def replace_abbreviations(tree: Element, abbrevs: dict[str, str], markers: dict[str, Element]) -> None:
    """Split text nodes around whole-word occurrences of each defined abbreviation; each takes the attributes an
    IAL gave its definition (`markers`)."""
    names = sorted(abbrevs, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?!\w)")
    stack = [tree]
    while stack:
        el = stack.pop()
        if el.type in ("codespan", "codeblock"):
            continue
        if el.type == "html_element" and el.options.get("content_model") == "raw":
            continue
        new: list[Element] = []
        for child in el.children:
            if child.type != "text":
                new.append(child)
                stack.append(child)
                continue
            pos = 0
            for m in pattern.finditer(child.value):
                if m.start() > pos:
                    new.append(Element("text", child.value[pos : m.start()]))
                marker = markers.get(m.group())
                new.append(Element("abbreviation", m.group(), dict(marker.attr) if marker is not None else None,
                                   {"title": abbrevs.get(m.group(), "")}))
                pos = m.end()
            if pos < len(child.value):
                new.append(Element("text", child.value[pos:]))
        el.children = new
