"""Inline attribute lists `{: .cls #id key="v" ref}` and attribute definition lists `{:ref: ...}`.

kramdown attaches these to the previous or next block (or previous span); this module only parses them
and merges them into an element's HTML attributes.
"""

from __future__ import annotations

import re

from jekyll_py.errors import ConversionError

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

    def merge(self, other: Ial) -> Ial:
        """Add a later list's attributes and references (kramdown's `update_ial_with_ial`)."""
        self.items.extend(other.items)
        self.refs.extend(other.refs)
        return self


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


def attach_ial(el: Element, ial: Ial) -> None:
    """Keep a block's attribute list for `resolve_ials`: kramdown applies block IALs once the whole document
    is read, so a reference may name an ALD defined further down."""
    el.options.setdefault("ial", Ial()).merge(ial)


def define_ald(alds: dict[str, Ial], name: str, ial: Ial) -> None:
    """`{:name: ...}`; a second definition of a name adds to the first, as in kramdown."""
    alds.setdefault(name, Ial()).merge(ial)


def resolve_ials(tree: Element, alds: dict[str, Ial]) -> None:
    """Apply every block's kept attribute list, with the document's ALDs all known (kramdown's `update_tree`)."""
    stack = [tree]
    while stack:
        el = stack.pop()
        ial = el.options.get("ial")
        if ial is not None:
            apply_ial(el, ial, alds)
        stack.extend(el.children)


def apply_ial(el: Element, ial: Ial, alds: dict[str, Ial]) -> None:
    """Merge an IAL, after the ALDs it references, into `el.attr`; classes accumulate. Its own references
    are kept in `el.options["refs"]` (`{:toc}` is one)."""
    el.options.setdefault("refs", []).extend(ial.refs)
    _merge_attributes(el, ial, alds, ())


def _merge_attributes(el: Element, ial: Ial, alds: dict[str, Ial], chain: tuple[str, ...]) -> None:
    for ref in ial.refs:
        if ref in chain:
            raise ConversionError(f"the attribute list definition {{:{ref}: ...}} refers to itself "
                                  f"({' → '.join((*chain, ref))}); kramdown fails on it with "
                                  "'stack level too deep'. Remove the reference from the definition")
        if ref in alds:
            _merge_attributes(el, alds[ref], alds, (*chain, ref))
    for key, value in ial.items:
        if key == "class":
            old = el.attr.get("class")
            el.attr["class"] = f"{old} {value}" if old else value
        else:
            el.attr[key] = value
