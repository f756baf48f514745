"""Inline attribute lists `{: .cls #id key="v" ref}` and attribute definition lists `{:ref: ...}`.

kramdown attaches these to the previous or next block (or previous span); this module only parses them
and merges them into an element's HTML attributes.
"""

from __future__ import annotations

import re

from .element import Element

ALD_ID_NAME = r"\w[\w-]*"
_ITEM_RE = re.compile(
    rf"""({ALD_ID_NAME})=("|')((?:\\\}}|\\\2|(?!\2)[^}}])*?)\2"""  # key="value"
    r"""|\.(-?[_a-zA-Z][\w-]*)"""  # .class
    r"""|#([A-Za-z][\w:-]*)"""  # #id
    rf"""|({ALD_ID_NAME})"""  # reference to an ALD
)


class Ial:
    """A parsed attribute list: attributes in source order plus the ALD names it references."""

    __slots__ = ("items", "refs")

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []
        self.refs: list[str] = []


def parse_ial(text: str) -> Ial:
    """Parse the inside of `{: ...}`; unknown junk is skipped like kramdown skips it (with a warning)."""
    ial = Ial()
    for m in _ITEM_RE.finditer(text):
        key, _q, value, cls, ident, ref = m.groups()
        if key is not None:
            ial.items.append((key, value.replace("\\}", "}").replace("\\" + _q, _q)))
        elif cls is not None:
            ial.items.append(("class", cls))
        elif ident is not None:
            ial.items.append(("id", ident))
        elif ref is not None:
            ial.refs.append(ref)
    return ial


def apply_ial(el: Element, ial: Ial, alds: dict[str, Ial], depth: int = 0) -> None:
    """Merge an IAL (and the ALDs it references) into `el.attr`; classes accumulate."""
    for ref in ial.refs:
        el.options.setdefault("refs", []).append(ref)
        if ref in alds and depth < 10:
            apply_ial(el, alds[ref], alds, depth + 1)
    for key, value in ial.items:
        if key == "class":
            old = el.attr.get("class")
            el.attr["class"] = f"{old} {value}" if old else value
        else:
            el.attr[key] = value
