"""Rouge's `lua` lexer, quirks kept: a float needs a `'` right after it (`3.14` is two integers around a dot), a
`gsub` call's string arguments are lexed as Lua patterns (anything else inside its parentheses is an error), a
string's escapes are seen only at its start or right after another escape, and names with one dot
(`string.format`) are looked up whole among the builtins."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include
from jekyll_py.lexers.lua_words import BUILTINS

IDENT = "[A-Za-z_][A-Za-z0-9_]*"


def _name(ctx: Context, m: re.Match[str]) -> None:
    name = m.group(0)
    if name == "gsub":
        ctx.token(Name.Builtin)
        ctx.push("gsub")
    elif name in BUILTINS:
        ctx.token(Name.Builtin)
    elif "." in name:
        first, second = name.split(".", 1)
        ctx.token(Name, first)
        ctx.token(Punctuation, ".")
        ctx.token(Name, second)
    else:
        ctx.token(Name)


class LuaLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Lua` with its default options (builtins highlighted, no module disabled)."""

    tokens = {
        "root": [
            (r"#!(.*?)$", Comment.Preproc),
            ("", Text, "base"),
        ],
        "base": [
            (r"(?s)--\[(=*)\[.*?\]\1\]", Comment.Multiline),
            (r"--.*$", Comment.Single),
            (r"(?i)(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'", Number.Float),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)0x[0-9a-f]*", Number.Hex),
            (r"\d+", Number.Integer),
            (r"\n", Text),
            (r"[^\S\n]", Text),
            (r"(?s)\[(=*)\[.*?\]\1\]", String),
            (r"(==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#])", Operator),
            (r"[\[\]{}().,:;]", Punctuation),
            (r"(and|or|not)\b", Operator.Word),
            (r"(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b", Keyword),
            (r"(local)\b", Keyword.Declaration),
            (r"(true|false|nil)\b", Keyword.Constant),
            (r"(function)\b", Keyword, "function_name"),
            (rf"{IDENT}(\.{IDENT})?", _name),
            ("'", String.Single, "escape_sqs"),
            ('"', String.Double, "escape_dqs"),
        ],
        "function_name": [
            (r"\s+", Text),
            (rf"(?:({IDENT})(\.))?({IDENT})", groups(Name.Class, Punctuation, Name.Function), "#pop"),
            (r"\(", Punctuation, "#pop"),
        ],
        "gsub": [
            (r"\)", Punctuation, "#pop"),
            (r"[(,]", Punctuation),
            (r"\s+", Text),
            ('"', String.Regex, "regex"),
        ],
        "regex": [
            ('"', String.Regex, "#goto:regex_end"),
            (r"\[\^?", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [
            (r"[$]+", String.Regex, "#pop"),
            ("", None, "#pop"),
        ],
        "regex_group": [
            ("/", String.Escape),
            (r"\]", String.Escape, "#pop"),
            (r"(\\)(.)", groups(String.Escape, String.Regex)),
            (r".", String.Regex),
        ],
        "escape_sqs": [include("string_escape"), include("sqs")],
        "escape_dqs": [include("string_escape"), include("dqs")],
        "string_escape": [(r"""\\([abfnrtv\\"']|\d{1,3})""", String.Escape)],
        "sqs": [("'", String.Single, "#pop"), ("[^']+", String.Single)],
        "dqs": [('"', String.Double, "#pop"), ('[^"]+', String.Double)],
    }
