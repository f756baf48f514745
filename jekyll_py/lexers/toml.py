"""Rouge's `toml` lexer: `key =` as `py`, tables as `nn`, strings with TOML's escapes, dates as `ld`."""

from __future__ import annotations

from pygments.token import Comment, Error, Keyword, Literal, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, groups, include

IDENTIFIER = r"""(?:\S+|"[^"]+"|'[^']+')"""
KEY = rf"({IDENTIFIER})(\s*)(=)"


class TomlLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::TOML`."""

    tokens = {
        "basic": [
            (r"\s+", Text),
            (r"#.*?$", Comment),
            (r"(true|false)", Keyword.Constant),
            (rf"{KEY}(\s*)(\{{)", groups(Name.Namespace, Text, Operator, Text, Punctuation), "inline"),
            (r"(?<!=)\s*\[[\S]+\]", Name.Namespace),
            (r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", Literal.Date),
            (r"[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?", Number.Float),
            (r"[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*", Number.Float),
            (r"[+-]?(?:nan|inf)", Number.Float),
            (r"0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*", Number.Hex),
            (r"0o[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"[+-]?\d+(?:_\d+)*", Number.Integer),
        ],
        "root": [include("basic"), (KEY, groups(Name.Property, Text, Punctuation), "value")],
        "value": [(r"\n", Text, "#pop"), include("content")],
        "content": [
            include("basic"),
            (KEY, groups(Name.Property, Text, Punctuation)),
            (r'"""', String, "mdq"),
            (r'"', String, "dq"),
            (r"'''", String, "msq"),
            (r"'", String, "sq"),
            include("esc_str"),
            (r",", Punctuation),
            (r"\[", Punctuation, "array"),
        ],
        "dq": [(r'"', String, "#pop"), (r"\n", Error, "#pop"), include("esc_str"), (r'[^\\"\n]+', String)],
        "mdq": [(r'"""', String, "#pop"), include("esc_str"), (r'[^\\"]+', String), (r'"+', String)],
        "sq": [(r"'", String, "#pop"), (r"\n", Error, "#pop"), (r"[^'\n]+", String)],
        "msq": [(r"'''", String, "#pop"), (r"[^']+", String), (r"'+", String)],
        "esc_str": [(r'\\[0t\tn\n "\\r]', String.Escape)],
        "array": [include("content"), (r"\]", Punctuation, "#pop")],
        "inline": [include("content"), (r"\}", Punctuation, "#pop")],
    }
