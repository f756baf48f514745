"""Rouge's `css` lexer: selectors at the top, `{...}` stanzas with properties (`nl` when Rouge knows them)."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import FORMAT_CHARS, LETTER, WORD, Context, RougeLexer, either, groups, include
from jekyll_py.lexers.css_words import ATTRIBUTES, BUILTINS, CONSTANTS

IDENTIFIER = either(LETTER, "[_-]") + either(WORD, f"[{FORMAT_CHARS}-]") + "*"
NUMBER = r"-?(?:[0-9]+(\.[0-9]+)?|\.[0-9]+)"
UNITS = "em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz"
VENDOR_PREFIXES = tuple(
    "-ah- -atsc- -hp- -khtml- -moz- -ms- -o- -rim- -ro- -tc- -wap- -webkit- -xv- mso- prince-".split()
)


def _value_word(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    ctx.token(Name.Constant if word in CONSTANTS else Name.Builtin if word in BUILTINS else Name)


def _property(ctx: Context, m: re.Match[str]) -> None:
    name = m.group(1)
    known = name in ATTRIBUTES or name.startswith(VENDOR_PREFIXES)
    groups(Name.Label if known else Name.Property, Text, Punctuation)(ctx, m)
    ctx.push("stanza_value")


class CssLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::CSS`."""

    tokens = {
        "root": [
            include("basics"),
            (r"{", Punctuation, "stanza"),
            (rf":[:]?{IDENTIFIER}", Name.Decorator),
            (rf"\.{IDENTIFIER}", Name.Class),
            (rf"#{IDENTIFIER}", Name.Function),
            (rf"@{IDENTIFIER}", Keyword, "at_rule"),
            (IDENTIFIER, Name.Tag),
            (r"[~^*!%&\[\]()<>|+=@:;,./?-]", Operator),
            (r'"(\\\\|\\"|[^"])*"', String.Single),
            (r"'(\\\\|\\'|[^'])*'", String.Double),
        ],
        "value": [
            include("basics"),
            (r"url\(.*?\)", String.Other),
            (r"(?i)#[0-9a-f]{1,6}", Number),
            (rf"{NUMBER}(?:%|(?:{UNITS})\b)?", Number),
            (r"[\[\]():/.,]", Punctuation),
            (r'"(\\\\|\\"|[^"])*"', String.Single),
            (r"'(\\\\|\\'|[^'])*'", String.Double),
            (IDENTIFIER, _value_word),
        ],
        "at_rule": [
            (rf"{{(?=\s*{IDENTIFIER}\s*:)", Punctuation, "at_stanza"),
            (r"{", Punctuation, "at_body"),
            (r";", Punctuation, "#pop"),
            include("value"),
        ],
        "at_body": [include("at_content"), include("root")],
        "at_stanza": [include("at_content"), include("stanza")],
        "at_content": [(r"}", Punctuation, ("#pop", "#pop"))],
        "basics": [(r"\s+", Text), (r"(?s)/\*(?:.*?)\*/", Comment)],
        "stanza": [
            include("basics"),
            (r"}", Punctuation, "#pop"),
            (rf"({IDENTIFIER})(\s*)(:)", _property),
        ],
        "stanza_value": [
            (r";", Punctuation, "#pop"),
            (r"(?=})", None, "#pop"),
            (r"!\s*important\b", Comment.Preproc),
            (r"^@.*?$", Comment.Preproc),
            include("value"),
        ],
    }
