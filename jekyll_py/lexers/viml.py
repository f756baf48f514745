"""Rouge's `viml` lexer: one flat state. A `"` starts a comment only at the start of a line; elsewhere it starts a
string, and Rouge's rule for trailing comments (`(?<=\\s)"...`) never fires, as StringScanner's lookbehind cannot
see the text already scanned. Words are looked up in Vim's command, function, option and autocommand tables
(`viml_words.py`), and anything else is plain text: VimL never yields an `Error` token."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups
from jekyll_py.lexers.viml_words import AUTO, COMMAND, FUNCTION, OPTION

BUILTINS = FUNCTION | OPTION | AUTO


def word(ctx: Context, m: re.Match[str]) -> None:
    """A command is a keyword; a function, option or autocommand event a builtin."""
    name = m.group(0)
    ctx.token(Keyword if name in COMMAND else Name.Builtin if name in BUILTINS else Text)


class VimlLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::VimL`."""

    tokens = {
        "root": [
            (r'^(\s*)(".*?)$', groups(Text, Comment)),
            (r"^\s*\\", String.Escape),
            (r"[ \t]+", Text),
            (r"/(\\\\|\\/|[^\n/])*/", String.Regex),
            (r'"(\\\\|\\"|[^\n"])*"', String.Double),
            (r"'(\\\\|\\'|[^\n'])*'", String.Single),
            (r'(?<=\s)"[^-:.%#=*].*?$', Comment),
            (r"-?\d+", Number),
            (r"(?i)#[0-9a-f]{6}", Number.Hex),
            (r"^:", Punctuation),
            (r"[():<>+=!\[\]{}\|,~.-]", Punctuation),
            (r"\b(let|if|else|endif|elseif|fun|function|endfunction)\b", Keyword),
            (r"\b(NONE|bold|italic|underline|dark|light)\b", Name.Builtin),
            (r"[absg]:\w+\b", Name.Variable),
            (r"\b\w+\b", word),
            (r"(?s).", Text),
        ],
    }
