"""HTML entities in text and how kramdown writes them back out (`entity_output`)."""

from __future__ import annotations

from html.entities import codepoint2name, name2codepoint

# characters that must stay entities even with entity_output: as_char, as kramdown does
_MUST_ESCAPE = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


# kramdown's entity table is HTML4's plus `apos` and `vellip`, and it has the angle brackets and
# ceilings swapped (`&lang;` is U+232A in kramdown); its output follows its table.
KRAMDOWN_NAMES = {**name2codepoint, "apos": 39, "vellip": 8942, "lang": 9002, "rang": 9001,
                  "lceil": 8969, "rceil": 8968}


def lookup_named(name: str) -> str | None:
    """The character for a named entity, or None when kramdown would not know it."""
    code = KRAMDOWN_NAMES.get(name)
    if code is None:
        return None
    return chr(code)


def lookup_numeric(number: int) -> str | None:
    """The character for a numeric entity; None when out of Unicode's range."""
    if 0 < number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF:
        return chr(number)
    return None


def render_entity(source: str, char: str, mode: str) -> str:
    """Write one entity the way kramdown's `entity_output` option asks."""
    if mode == "as_input":
        return source
    if mode == "numeric":
        return f"&#{ord(char)};"
    if mode == "symbolic":
        name = codepoint2name.get(ord(char))
        return f"&{name};" if name else f"&#{ord(char)};"
    return _MUST_ESCAPE.get(char, char)
