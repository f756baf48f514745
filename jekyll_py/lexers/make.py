"""Rouge's `make` lexer: assignments, conditionals and rule headers, with recipe lines and assigned values handed
to one shell lexer that keeps its state across the pieces between `$(...)` expansions."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include, words
from jekyll_py.lexers.shell import ShellLexer

FUNCTIONS = words(
    "abspath addprefix addsuffix and basename call dir error eval file filter filter-out findstring firstword flavor"
    " foreach if join lastword notdir or origin patsubst realpath shell sort strip subst suffix value warning"
    " wildcard word wordlist words"
)
STOP = r"\$\(|\$\{|\(|\)|\}|\\|$"


def _shell(ctx: Context, m: re.Match[str]) -> None:
    ctx.delegate(ctx.vars["shell"])


def _end_body(ctx: Context, m: re.Match[str]) -> None:
    ctx.vars["shell"].reset()


class MakeLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Make`."""

    def start(self, ctx: Context) -> None:
        ctx.vars["shell"] = ShellLexer()

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"#.*?\n", Comment),
            (r"([-s]?include)((?:[\t ]+[^\t\n #]+)+)", groups(Keyword, String.Other)),
            (r"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)", groups(Keyword, Text, Name.Variable)),
            (r"(?:else|endif)[\t ]*(?=[#\n])", Keyword),
            (r"(export)([\t ]+)(?=[\w${}()\t -]+\n)", groups(Keyword, Text), "export"),
            (r"export[\t ]+", Keyword),
            (r"([\w${}().-]+)([\t ]*)([!?:+]?=)", groups(Name.Variable, Text, Operator), "shell_line"),  # assignment
            (r'"(\\\\|\\.|[^"\\])*"', String.Double),
            (r"'(\\\\|\\.|[^'\\])*'", String.Single),
            (r"([^\n:]+)(:+)([ \t]*)", groups(Name.Label, Operator, Text), "block_header"),
        ],
        "export": [(r"[\w${}()-]", Name.Variable), (r"\n", Text, "#pop"), (r"[\t ]+", Text)],
        "block_header": [
            (r"[^,\\\n#]+", Name.Function),
            (",", Punctuation),
            ("#.*?", Comment),
            (r"\\\n", Text),
            (r"\\.", Text),
            (r"\n", Text, "#goto:block_body"),
        ],
        "block_body": [
            (r"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)", groups(Keyword, Text, Name.Variable, Comment, Text)),
            (r"(else|endif)([\t ]*)(#.*)?(\n)", groups(Keyword, Text, Comment, Text)),
            (r"(\t[\t ]*)([@-]?)", groups(Text, Punctuation), "shell_line"),
            ("", _end_body, "#pop"),
        ],
        "shell": [
            (r"\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]", Name.Variable),  # macro interpolation
            (rf"(\$[({{])([\t ]*)({FUNCTIONS})([\t ]+)", groups(Name.Function, Text, Name.Builtin, Text), "shell_expr"),
            (r"(?s)\\.", _shell),
            (rf"(?s).+?(?={STOP})", _shell),
            (STOP, _shell),
        ],
        "shell_expr": [(r"[({]", _shell, "#push"), (r"[)}]", Name.Function, "#pop"), include("shell")],
        "shell_line": [(r"\n", Text, "#pop"), include("shell")],
    }
