"""Rouge's `tex` lexer (TeX, LaTeX): commands `k`, environments `nt`, math `nv`/`nb`/`mi`."""

from __future__ import annotations

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, groups, include

COMMAND = r"(?i)\\([a-z]+|\s+|.)"


class TexLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::TeX`."""

    tokens = {
        "general": [(r"%.*$", Comment), (r"[{}&_^]", Punctuation)],
        "root": [
            (r"\\\[", Punctuation, "displaymath"),
            (r"\\\(", Punctuation, "inlinemath"),
            (r"\$\$", Punctuation, "displaymath"),
            (r"\$", Punctuation, "inlinemath"),
            (r"\\(begin|end)\{.*?\}", Name.Tag),
            (r"(\\verb)\b(\S)(.*?)(\2)", groups(Name.Builtin, Keyword.Pseudo, String.Other, Keyword.Pseudo)),
            (COMMAND, Keyword, "command"),
            include("general"),
            (r"[^\\$%&_^{}]+", Text),
        ],
        "math": [
            (COMMAND, Name.Variable),
            include("general"),
            (r"[0-9]+", Number),
            (r"[-=!+*/()\[\]]", Operator),
            (r"[^=!+*/()\[\]\\$%&_^{}0-9-]+", Name.Builtin),
        ],
        "inlinemath": [(r"\\\)", Punctuation, "#pop"), (r"\$", Punctuation, "#pop"), include("math")],
        "displaymath": [
            (r"\\\]", Punctuation, "#pop"),
            (r"\$\$", Punctuation, "#pop"),
            (r"\$", Name.Builtin),
            include("math"),
        ],
        "command": [
            (r"\[.*?\]", Name.Attribute),
            (r"\*", Keyword),
            (r"", lambda ctx, m: ctx.pop()),
        ],
    }
