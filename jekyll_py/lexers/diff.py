"""Rouge's `diff` lexer (diff, patch, udiff): one token per line, chosen by the line's first character."""

from __future__ import annotations

from pygments.token import Generic, Punctuation, Text

from jekyll_py.lexers.base import RougeLexer, groups


class DiffLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Diff`."""

    tokens = {
        "root": [
            (r"^ .*$\n?", Text),
            (r"^---$\n?", Punctuation),
            (r"^[+>]+.*$\n?", Generic.Inserted),
            (r"^\+.*$\n?", Generic.Inserted),
            (r"^[-<]+.*$\n?", Generic.Deleted),
            (r"^!.*$\n?", Generic.Strong),
            (r"^([Ii]ndex|diff).*$\n?", Generic.Heading),
            (r"^(@@[^@]*@@)([^\n]*\n)", groups(Punctuation, Text)),
            (r"^\w.*$\n?", Punctuation),
            (r"^=.*$\n?", Generic.Heading),
            (r"\s.*$\n?", Text),
        ],
    }
