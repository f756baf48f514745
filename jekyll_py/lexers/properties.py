"""Rouge's `properties` lexer (Java `.properties` files): `key =` / `key:` as property and punctuation, the rest of
the line as a string with `\\` escapes; `"..."` strings may run over lines, `'...'` ones may not.

As in Rouge, the `value` state mixes in `\\s+` after its line-ending rule, so blanks before a newline swallow the
newline and the next line stays a value; a `#` or `!` comment needs a newline after it (at the end of the text its
characters fall to other rules or become errors)."""

from __future__ import annotations

from pygments.token import Comment, Name, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, groups, include
from jekyll_py.lexers.ini import IniLexer

IDENTIFIER = r"[\w.-]+"


class PropertiesLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Properties`."""

    tokens = {
        "basic": [(r"[!#].*?\n", Comment), (r"\s+", Text), (r"\\\n", String.Escape)],
        "root": [
            include("basic"),
            (rf"({IDENTIFIER})(\s*)([=:])", groups(Name.Property, Text, Punctuation), "value"),
        ],
        # ini's value and quoted-string states (each lexer's own `basic` and `esc_str` are mixed in)
        "value": IniLexer.tokens["value"],
        "dq": IniLexer.tokens["dq"],
        "esc_str": [(r"\\u[0-9]{4}", String.Escape), (r"(?s)\\.", String.Escape)],
    }
