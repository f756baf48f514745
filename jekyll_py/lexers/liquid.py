"""Rouge's `liquid` lexer: tags, output with filters, `raw`/`comment` bodies; `{%`/`%}` are punctuation."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text, Whitespace

from jekyll_py.lexers.base import Context, RougeLexer, groups, include

FILTER = r"(\|)(\s*)([a-zA-Z_][^\s%}\|:]*)"


def _literal_kind(text: str | None) -> object:
    """Rouge's `case m[n] when /'[^']*'/ ...`: a quoted argument is a string, anything else a name."""
    if text and re.search(r"'[^']*'", text):
        return String.Single
    if text and re.search(r'"[^"]*"', text):
        return String.Double
    return None


def _cycle(ctx: Context, m: re.Match[str]) -> None:
    kind = _literal_kind(m.group(3)) or Name.Attribute
    groups(Name.Tag, Whitespace, kind, Whitespace, Punctuation, Whitespace)(ctx, m)  # type: ignore[arg-type]
    ctx.push("variable_tag_markup")


def _for(ctx: Context, m: re.Match[str]) -> None:
    groups(Name.Tag, Whitespace, Name.Variable, Whitespace, Name.Tag, Whitespace)(ctx, m)
    ctx.token(_literal_kind(m.group(7)) or Name.Variable, m.group(7))  # type: ignore[arg-type]
    ctx.token(Whitespace, m.group(8))
    ctx.push("tag_markup")


def _reset(*tokens: object) -> object:
    """A closing delimiter: Rouge's `reset_stack`, back to plain text."""

    def action(ctx: Context, m: re.Match[str]) -> None:
        if len(tokens) == 1:
            ctx.token(tokens[0])  # type: ignore[arg-type]
        else:
            groups(*tokens)(ctx, m)  # type: ignore[arg-type]
        ctx.reset_stack()

    return action


def _body_until(end: str, tok: object) -> list[object]:
    """`comment` and `raw` bodies: text up to `{% endNAME %}`."""
    return [
        (r"[^{]+", tok),
        (rf"({{%-?)(\s*)({end})(\s*)(-?%}})", _reset(Punctuation, Whitespace, Name.Tag, Whitespace, Punctuation)),
        (r"{", tok),
    ]


class LiquidLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Liquid`."""

    tokens = {
        "root": [
            (r"[^{]+", Text),
            (r"({%-?)(\s*)", groups(Punctuation, Whitespace), "tag_or_block"),
            (r"({{-?)(\s*)", groups(Punctuation, Whitespace), "output"),
            (r"{", Text),
        ],
        "tag_or_block": [
            (r"(if|elsif|unless|case)\b", Keyword.Reserved, "condition"),
            (r"(when)\b", Keyword.Reserved, "when"),
            (r"(else)(\s*)(-?%})", groups(Keyword.Reserved, Whitespace, Punctuation), "#pop"),
            (
                r"(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%})",
                groups(Name.Tag, Whitespace, Name.Variable, Whitespace, Punctuation),
                "#pop",
            ),
            (r"(comment)(\s*)(-?%})", groups(Name.Tag, Whitespace, Punctuation), "comment"),
            (r"(raw)(\s*)(-?%})", groups(Name.Tag, Whitespace, Punctuation), "raw"),
            (r"(end(?:if|unless|case))(\s*)(-?%})", groups(Keyword.Reserved, Whitespace, Punctuation), "#pop"),
            (r"(end(?:[^\s%]+))(\s*)(-?%})", groups(Name.Tag, Whitespace, Punctuation), "#pop"),
            (r"(assign|echo)\b", Name.Tag, "assign"),
            (r"(include|render)\b", Name.Tag, "include"),
            (r"(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)", _cycle),
            (r"""(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)((?:[^\s%,|'"]|(?:"[^"]*"|'[^']*'))+)(\s*)""", _for),
            (r"([^\s%]+)(\s*)", groups(Name.Tag, Whitespace), "tag_markup"),
        ],
        "output": [
            (r"(\|)(\s*)([a-zA-Z_][^\s}\|:]*)", groups(Punctuation, Whitespace, Name.Function), "filters"),
            include("end_of_tag"),
            include("generic"),
        ],
        "filters": [
            (FILTER, groups(Punctuation, Whitespace, Name.Function)),
            include("end_of_tag"),
            include("end_of_block"),
            include("variable_param_markup"),
        ],
        "condition": [
            (r"([=!]=|[<>]=?)", Operator),
            (r"(and|or|contains)\b", Operator.Word),
            include("end_of_block"),
            include("generic"),
        ],
        "when": [include("end_of_block"), include("generic")],
        "end_of_tag": [(r"-?}}", _reset(Punctuation))],
        "end_of_block": [(r"-?%}", _reset(Punctuation))],
        "param_markup": [
            include("whitespace"),
            include("keyword"),
            include("string"),
            include("number"),
            (r"([^\s=:]+)(\s*)(=|:)", groups(Name.Attribute, Whitespace, Operator)),
            (r"[,:]", Punctuation),
        ],
        "default_param_markup": [include("param_markup"), (r"\S+", Text)],
        "variable_param_markup": [include("param_markup"), include("variable"), (r"\S+", Text)],
        "tag_markup": [(r"(reversed)\b", Name.Attribute), include("end_of_block"), include("default_param_markup")],
        "variable_tag_markup": [include("end_of_block"), include("variable_param_markup")],
        "keyword": [(r"(false|true|nil)\b", Keyword.Constant)],
        "variable": [
            (r"(empty|blank|forloop\.[^\s%}\|:]+)\b", Name.Builtin),
            (r"\.(?=\w)|\[|\]", Punctuation),
            (r"(first|last|size)\b", Name.Function),
            (r"[a-zA-Z_][\w-]*\??", Name.Variable),
        ],
        "string": [(r"'[^']*'", String.Single), (r'"[^"]*"', String.Double)],
        "number": [(r"-", Operator), (r"\d+\.\d+", Number.Float), (r"\d+", Number.Integer)],
        "generic": [
            include("whitespace"),
            include("keyword"),
            include("string"),
            include("number"),
            include("variable"),
        ],
        "whitespace": [(r"[ \t]+", Whitespace)],
        "comment": _body_until("endcomment", Comment),
        "raw": _body_until("endraw", Text),
        "assign": [
            (r"=", Operator),
            (r"(\|)(\s*)([a-zA-Z_][^\s%\|:]*)", groups(Punctuation, Whitespace, Name.Function), "filters"),
            include("end_of_block"),
            include("generic"),
        ],
        "include": [
            (r"({{-?)(\s*)", groups(Punctuation, Whitespace), "output_embed"),
            (r"(with|for)\b", Name.Tag),
            (r"[/\w-]+(\.[\w-]+)+\b", Text),
            include("variable_tag_markup"),
        ],
        "output_embed": [
            (r"(\|)(\s*)([a-zA-Z_][^\s}\|:]*)", groups(Punctuation, Whitespace, Name.Function)),
            (r"-?}}", Punctuation, "#pop"),
            include("variable_param_markup"),
        ],
    }
