"""Rouge's `javascript` lexer: `/` is a regex only at an expression start, object keys are `na`, names `nx`."""

from __future__ import annotations

import re
from collections.abc import Callable

from pygments.token import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include

KEYWORDS = frozenset(
    """as async await break case catch continue debugger default delete do else export finally from for if import in
    instanceof new of return super switch this throw try typeof void while yield""".split()
)
DECLARATIONS = frozenset("var let const with function class extends constructor get set static".split())
RESERVED = frozenset("enum implements interface package private protected public".split())
CONSTANTS = frozenset("true false null NaN Infinity undefined".split())
BUILTINS = frozenset(
    """Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI
    decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN parseFloat parseInt document window
    navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy Reflect Int8Array Uint8Array
    Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray
    Float32Array Float64Array DataView ArrayBuffer""".split()
)

# /[\p{L}\p{Nl}$_][\p{Word}]*/
ID = r"(?u:[^\W\d]|\$)(?u:\w)*"


def identifier_rule(keywords: frozenset[str], declarations: frozenset[str], reserved: frozenset[str],
                    builtins: frozenset[str], constants: frozenset[str] = CONSTANTS, *,
                    dollar_variables: bool = False) -> Callable[[Context, re.Match[str]], None]:
    """Rouge's identifier rule, classifying a word by these lists (TypeScript's are longer, awk's its own):
    keywords and declarations start an expression; awk's `$name` is a variable."""

    def identifier(ctx: Context, m: re.Match[str]) -> None:
        word = m.group(0)
        if word in keywords:
            ctx.token(Keyword)
            ctx.push("expr_start")
        elif word in declarations:
            ctx.token(Keyword.Declaration)
            ctx.push("expr_start")
        elif word in reserved:
            ctx.token(Keyword.Reserved)
        elif word in constants:
            ctx.token(Keyword.Constant)
        elif word in builtins:
            ctx.token(Name.Builtin)
        elif dollar_variables and word.startswith("$"):
            ctx.token(Name.Variable)
        else:
            ctx.token(Name.Other)

    return identifier


_identifier = identifier_rule(KEYWORDS, DECLARATIONS, RESERVED, BUILTINS)


class JavascriptLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Javascript`."""

    tokens = {
        "multiline_comment": [
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r"[*/]", Comment.Multiline),
        ],
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"<!--", Comment),
            (r"//.*?$", Comment.Single),
            (r"/[*]", Comment.Multiline, "multiline_comment"),
        ],
        "expr_start": [
            include("comments_and_whitespace"),
            (r"/", String.Regex, "#goto:regex"),
            (r"[{]", Punctuation, "#goto:object"),
            (r"", Text, "#pop"),
        ],
        "regex": [
            (r"/", String.Regex, "#goto:regex_end"),
            (r"[^/]\n", Error, "#pop"),
            (r"\n", Error, "#pop"),
            (r"\[\^", String.Escape, "regex_group"),
            (r"\[", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [(r"[gimuy]+", String.Regex, "#pop"), (r"", None, "#pop")],
        "regex_group": [
            (r"/", String.Escape),
            (r"[^/]\n", Error, ("#pop", "#pop")),
            (r"\]", String.Escape, "#pop"),
            (r"\\.", String.Escape),
            (r".", String.Regex),
        ],
        "root": [
            (r"(?s)\A\s*#!.*?\n", Comment.Preproc, "statement"),
            (r"(?<=\n)(?=\s|/|<!--)", Text, "expr_start"),
            include("comments_and_whitespace"),
            (r"\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==", Operator, "expr_start"),
            (r"[-<>+*%&|^/!=]=?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (r";", Punctuation, "statement"),
            (r"[)\].]", Punctuation),
            (r"`", String.Double, "template_string"),
            (r"[?][.]", Punctuation),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (r"(@)(\w+)?", groups(Punctuation, Name.Decorator), "expr_start"),
            (r"[{}]", Punctuation, "statement"),
            (ID, _identifier),
            (r"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?", Number.Float),
            (r"(?i)0x[0-9a-fA-F]+", Number.Hex),
            (r"(?i)0o[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"[0-9]+", Number.Integer),
            (r'"', String.Delimiter, "dq"),
            (r"'", String.Delimiter, "sq"),
            (r":", Punctuation),
        ],
        "dq": [(r'\\[\\nrt"]?', String.Escape), (r'[^\\"]+', String.Double), (r'"', String.Delimiter, "#pop")],
        "sq": [(r"\\[\\nrt']?", String.Escape), (r"[^\\']+", String.Single), (r"'", String.Delimiter, "#pop")],
        "statement": [
            (r"case\b", Keyword, "#goto:expr_start"),
            (rf"({ID})(\s*)(:)", groups(Name.Label, Text, Punctuation)),
            include("expr_start"),
        ],
        "object": [
            include("comments_and_whitespace"),
            (r"[{]", Punctuation, "#push"),
            (r"[}]", Punctuation, "#goto:statement"),
            (rf"({ID})(\s*)(:)", groups(Name.Attribute, Text, Punctuation), "expr_start"),
            (r":", Punctuation),
            include("root"),
        ],
        "ternary": [(r":", Punctuation, "#goto:expr_start"), include("root")],
        "template_string": [
            (r"[$]{", Punctuation, "template_string_expr"),
            (r"`", String.Double, "#pop"),
            (r"\\[$`]", String.Escape),
            (r"[^$`\\]+", String.Double),
            (r"[\\$]", String.Double),
        ],
        "template_string_expr": [(r"}", Punctuation, "#pop"), include("root")],
    }
