"""Rouge's `conf` lexer: a generic one-state lexer for configuration files (comments, quoted strings, names,
numbers, everything else as text). A comment needs its closing newline, so `#` on a last line without one is an
`Error` token. Rouge's `[a-z]` under `/i` also matches `ſ` (U+017F) and the Kelvin sign (U+212A), written out here
since Python's ASCII mode folds case in ASCII only."""

from __future__ import annotations

from pygments.token import Comment, Name, Number, String, Text

from jekyll_py.lexers.base import RougeLexer


class ConfLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Conf`."""

    tokens = {
        "root": [
            (r"#.*?\n", Comment),
            (r'".*?"', String.Double),
            (r"'.*?'", String.Single),
            (r"[a-zA-Z\u017f\u212a]\w*", Name),
            (r"\d+", Number),
            (r"""[^\w#"']+""", Text),
        ],
    }
