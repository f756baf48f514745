"""Rouge's `ini` lexer: `[section]` as `nn`, `key =` as `py`, values as strings."""

from __future__ import annotations

from pygments.token import Comment, Name, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, groups, include


class IniLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::INI`."""

    tokens = {
        "basic": [(r"[;#].*?\n", Comment), (r"\s+", Text), (r"\\\n", String.Escape)],
        "root": [
            include("basic"),
            (r"([\w\-.]+)(\s*)(=)", groups(Name.Property, Text, Punctuation), "value"),
            (r"\[.*?\]", Name.Namespace),
        ],
        "value": [
            (r"\n", Text, "#pop"),
            include("basic"),
            (r'"', String, "dq"),
            (r"'.*?'", String),
            include("esc_str"),
            (r"[^\\\n]+", String),
        ],
        "dq": [(r'"', String, "#pop"), include("esc_str"), (r'[^\\"]+', String)],
        "esc_str": [(r"(?s)\\.", String.Escape)],
    }
