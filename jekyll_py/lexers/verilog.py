"""Rouge's `verilog` lexer (Verilog and SystemVerilog), quirks kept: it is C's line-start machinery (labels and
`` `define `` lines are seen only after a newline, so a first-line `` `define `` is a plain directive) around one
`statement` state that is never left. Identifiers are looked up in three word sets, keywords first, so a word in
two sets (`initial`, `time`) takes the first; a system task's `$` is punctuation of its own. Based numbers know
only lowercase `'h`/`'b`/`'d` and no `'o`, and a `` `define `` line errs on anything but words, `;`, `=`, blanks
and `/* */` comments (a `//` comment or a macro's parentheses are errors)."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, include
from jekyll_py.lexers.c import ID, CLexer
from jekyll_py.lexers.verilog_words import KEYWORDS, SYSTEM_TASKS, TYPES


def _identifier(ctx: Context, m: re.Match[str]) -> None:
    name = m.group(0)
    if name in KEYWORDS:
        ctx.token(Keyword)
    elif name in TYPES:
        ctx.token(Keyword.Type)
    elif name in SYSTEM_TASKS:
        ctx.token(Name.Builtin)
    else:
        ctx.token(Name)


class VerilogLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Verilog`."""

    tokens = {
        "expr_bol": [
            include("inline_whitespace"),
            (r"`define", Comment.Preproc, "macro"),
            (r"", None, "#pop"),
        ],
        # Rouge copies these states from its C lexer
        **{state: CLexer.tokens[state] for state in (
            "bol", "inline_whitespace", "whitespace", "expr_whitespace", "string")},
        "statement": [
            include("whitespace"),
            (r'L?"', String, "string"),
            (r"(?i)([0-9_]+\.[0-9_]*|[0-9_]*\.[0-9_]+)(e[+-]?[0-9_]+)?", Number.Float),
            (r"(?i)[0-9_]+e[+-]?[0-9_]+", Number.Float),
            (r"[0-9]*'h[0-9a-fA-F_?]+", Number.Hex),
            (r"[0-9]*'b?[01xz_?]+", Number.Bin),
            (r"[0-9]*'d[0-9_?]+", Number.Integer),
            (r"(?i)[0-9_]+[lu]*", Number.Integer),
            (r"[-~!%^&*+=|?:<>/@{}]", Operator),
            (r"[()\[\],.$#;]", Punctuation),
            (r"`(\w+)", Comment.Preproc),
            (ID, _identifier),
        ],
        "root": [include("expr_whitespace"), (r"", None, "statement")],
        "macro": [
            (r"\n", Comment.Preproc, "#pop"),
            include("inline_whitespace"),
            (r";", Punctuation),
            (r"=", Operator),
            (r"(\w+)", Text),
        ],
    }
