"""Rouge's `php` lexer (a template lexer over HTML): text outside `<?php ... ?>` goes to one HTML lexer that keeps
its state between pieces; a snippet with no `<?php` before its first `$` is taken as inline PHP."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import LETTER, WORD, Context, RougeLexer, groups, include
from jekyll_py.lexers.html import HtmlLexer
from jekyll_py.lexers.php_words import BUILTINS, KEYWORDS

ID = rf"(?:{LETTER}|_){WORD}*"  # [\p{L}_][\p{L}\p{N}_]*
NS = rf"(?:{ID}\\)+"
ID_WITH_NS = rf"(?:{NS})?{ID}"
VISIBILITY = ("public", "protected", "private")


def _to_parent(ctx: Context, m: re.Match[str]) -> None:
    ctx.delegate(ctx.vars["parent"])


def _to_parent_and_pop(ctx: Context, m: re.Match[str]) -> None:
    ctx.delegate(ctx.vars["parent"])
    ctx.pop()


def _call_name(ctx: Context, m: re.Match[str]) -> None:
    name = m.group(0).lower()
    ctx.token(Keyword if name in KEYWORDS else Name.Builtin if name in BUILTINS else Name.Function)


def _last_segment(name: str) -> str:
    """The part after the last `\\`: Rouge's `(\\\\|^)...$` class and constant tests can only match there."""
    return name.rsplit("\\", 1)[-1]


def _is_error_constant(name: str) -> bool:
    """Rouge's `/^(E|PHP)(_[[:upper:]]+)+$/` (`E_ALL`, `PHP_EOL`)."""
    for prefix in ("E_", "PHP_"):
        if name.startswith(prefix):
            parts = name[len(prefix) :].split("_")
            if all(part and all(c.isupper() for c in part) for part in parts):
                return True
    return False


def _is_constant(name: str) -> bool:
    """Rouge's `/(\\\\|^)[[:upper:]][[[:upper:]][[:digit:]]_]+$/`."""
    last = _last_segment(name)
    return len(last) > 1 and last[0].isupper() and all(c.isupper() or c.isdecimal() or c == "_" for c in last[1:])


def _is_class(name: str) -> bool:
    """Rouge's `/(\\\\|^)[[:upper:]][[:alnum:]]*?$/`."""
    last = _last_segment(name)
    return last[:1].isupper() and all(c.isalnum() for c in last[1:])


_NAME_STATES = {"use": (Keyword.Namespace, "in_use"), "const": (Keyword, "in_const"), "catch": (Keyword, "in_catch")}


def _name(ctx: Context, m: re.Match[str]) -> None:
    """A bare (possibly namespaced) name: keywords that open a clause push its state, the rest by their shape."""
    word = m.group(0)
    name = word.lower()
    if name in _NAME_STATES:
        tok, state = _NAME_STATES[name]
        ctx.push(state)
        ctx.token(tok)
    elif name in VISIBILITY:
        ctx.push("in_visibility")
        ctx.token(Keyword)
    elif name == "stdClass":  # never true: Rouge compares the downcased name
        ctx.token(Name.Class)
    elif name in KEYWORDS:
        ctx.token(Keyword)
    elif len(word) >= 4 and word.startswith("__") and word.endswith("__"):
        ctx.token(Name.Builtin)
    elif _is_error_constant(word):
        ctx.token(Keyword.Constant)
    elif _is_constant(word):
        ctx.token(Name.Constant)
    elif _is_class(word):
        ctx.token(Name.Class)
    else:
        ctx.token(Name)


def _function(ctx: Context, m: re.Match[str]) -> None:
    """`function`/`fn`: its name, then its parameters, then its return type and body."""
    ctx.push("in_function_return")
    ctx.push("in_function_params")
    ctx.push("in_function_name")
    ctx.token(Keyword)


def _escape(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Comment.Preproc)
    ctx.reset_stack()


class PhpLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::PHP` with its default options (`start_inline` guessed, builtins highlighted)."""

    def start(self, ctx: Context) -> None:
        ctx.vars["parent"] = HtmlLexer()
        ctx.push("start")

    tokens = {
        "escape": [(r"\?>", _escape)],
        "return": [(r"", None, "#pop")],
        "start": [
            (r"(?s)\s*(?=<)", _to_parent_and_pop),
            (r"(?i)[^$]+(?=<\?(php|=))", _to_parent_and_pop),
            (r"", None, "#goto:php"),
        ],
        "names": [(rf"{ID_WITH_NS}(?=\s*\()", _call_name), (ID_WITH_NS, _name)],
        "operators": [(r"[~!%^&*+|:.<>/@-]+", Operator)],
        "string": [
            (r'"', String.Double, "#pop"),
            (r'[^\\{$"]+', String.Double),
            (r"\\u\{[0-9a-fA-F]+\}", String.Escape),
            (r'\\([efrntv"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})', String.Escape),
            (rf"\${ID}(\[\S+\]|->{ID})?", Name.Variable),
            (r"\{\$\{", String.Interpol, "string_interp_double"),
            (r"\{(?=\$)", String.Interpol, "string_interp_single"),
            (r"(\{)(\S+)(\})", groups(String.Interpol, Name.Variable, String.Interpol)),
            (r"[${\\]+", String.Double),
        ],
        "string_interp_double": [(r"\}\}", String.Interpol, "#pop"), include("php")],
        "string_interp_single": [(r"\}", String.Interpol, "#pop"), include("php")],
        "values": [
            (rf"(?is)<<<([\"']?)({ID})\1\n.*?\n\s*\2;?", String.Heredoc),
            (r"(?i)(\d[_\d]*)?\.(\d[_\d]*)?(e[+-]?\d[_\d]*)?", Number.Float),
            (r"0[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"(?i)0x[a-f0-9][a-f0-9_]*", Number.Hex),
            (r"\d[_\d]*", Number.Integer),
            (r"'([^'\\]*(?:\\.[^'\\]*)*)'", String.Single),
            (r"`([^`\\]*(?:\\.[^`\\]*)*)`", String.Backtick),
            (r'"', String.Double, "string"),
            (r"(?i)(function|fn)\b", _function),
            (r"(?i)(true|false|null)\b", Keyword.Constant),
            (r"(?i)new\b", Keyword, "in_new"),
        ],
        "variables": [(rf"\$\{{\$+{ID}\}}", Name.Variable), (rf"\$+{ID}", Name.Variable)],
        "whitespace": [
            (r"\s+", Text),
            (r"#.*?$", Comment.Single),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*\*(?!/).*?\*/", Comment.Doc),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
        ],
        "root": [
            (r"(?i)<\?(php|=)?", Comment.Preproc, "php"),
            (r"(?s).*?(?=<\?)|.*", _to_parent),
        ],
        "php": [
            include("escape"),
            include("whitespace"),
            include("variables"),
            include("values"),
            (rf"(?i)(namespace)(\s+)({ID_WITH_NS})", groups(Keyword.Namespace, Text, Name.Namespace)),
            (
                rf"(?i)(class|interface|trait|extends|implements)(\s+)({ID_WITH_NS})",
                groups(Keyword.Declaration, Text, Name.Class),
            ),
            include("names"),
            (r"[;,(){}\[\]]", Punctuation),
            include("operators"),
            (r"[=?]", Operator),
        ],
        "in_assign": [
            (r",", Punctuation, "#pop"),
            (r"[\[\]]", Punctuation),
            (r"\(", Punctuation, "in_assign_function"),
            include("escape"),
            include("whitespace"),
            include("values"),
            include("variables"),
            include("names"),
            include("operators"),
            include("return"),
        ],
        "in_assign_function": [(r"\)", Punctuation, "#pop"), (r",", Punctuation), include("in_assign")],
        "in_catch": [
            (r"\(", Punctuation),
            (r"\|", Operator),
            (ID, Name.Class),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
        "in_const": [
            (ID, Name.Constant),
            (r"=", Operator, "in_assign"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
        "in_function_body": [(r"{", Punctuation, "#push"), (r"}", Punctuation, "#pop"), include("php")],
        "in_function_name": [
            (r"&", Operator),
            (ID, Name),
            (r"\(", Punctuation, "#pop"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
        "in_function_params": [
            (r"\)", Punctuation, "#pop"),
            (r",", Punctuation),
            (r"[.]{3}", Punctuation),
            (r"=", Operator, "in_assign"),
            (r"(?i)\b(?:public|protected|private|readonly)\b", Keyword),
            (rf"\??{ID}", Keyword.Type, "in_assign"),
            include("escape"),
            include("whitespace"),
            include("variables"),
            include("return"),
        ],
        "in_function_return": [
            (r":", Punctuation),
            (r"(?i)use\b", Keyword, "in_function_use"),
            (rf"\??{ID}", Keyword.Type, "in_assign"),
            (r"\{", Punctuation, "#goto:in_function_body"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
        "in_function_use": [
            (r"[,(]", Punctuation),
            (r"&", Operator),
            (r"\)", Punctuation, "#pop"),
            include("escape"),
            include("whitespace"),
            include("variables"),
            include("return"),
        ],
        "in_new": [
            (r"(?i)class\b", Keyword.Declaration, "#goto:in_new_class"),
            (ID_WITH_NS, Name.Class, "#pop"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
        "in_new_class": [(r"\}", Punctuation, "#pop"), (r"\{", Punctuation), include("php")],
        "in_use": [
            (r"[,}]", Punctuation),
            (r"(?i)(function|const)\b", Keyword),
            (rf"({NS})(\{{)", groups(Name.Namespace, Punctuation)),
            (rf"{ID_WITH_NS}(_{ID})+", Name.Function),
            include("escape"),
            include("whitespace"),
            include("names"),
            include("return"),
        ],
        "in_visibility": [
            (r"(?i)\b(?:readonly|static)\b", Keyword),
            (r"(?i)(?=(abstract|const|function)\b)", Keyword, "#pop"),
            (rf"\??{ID}", Keyword.Type, "#pop"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
    }
