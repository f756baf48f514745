"""Rouge's `SassCommon` (`sass/common.rb`): the states its `scss` and `sass` lexers share.

Each lexer builds its `tokens` as `{**SASS_COMMON, ...}` and adds its own `root` and `end_section`; as in Rouge,
`include("end_section")` inside a shared state resolves to the including lexer's own `end_section` (SCSS ends a
section at `;{}`, Sass at a newline).
"""

from __future__ import annotations

import re
from typing import Any

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, groups, include
from jekyll_py.lexers.css_words import ATTRIBUTES, BUILTINS, CONSTANTS

ID = r"[\w-]+"


def _value_word(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    ctx.token(Name.Builtin if word in BUILTINS else Name.Constant if word in CONSTANTS else Name)


def _string(tok: object, quote: str) -> list[object]:
    return [(quote, tok, "#pop"), include("has_interp"), (rf"(\\.|#(?![{{])|[^\n{quote}#])+", tok)]


def _piece(tok: object) -> list[object]:
    return [(ID, tok), include("selector_piece")]


SASS_COMMON: dict[str, list[Any]] = {
    "content_common": [
        (r"@for\b", Keyword, "for"),
        (r"@(debug|warn|if|each|while|else|return|media)", Keyword, "value"),
        (rf"(@mixin)(\s+)({ID})", groups(Keyword, Text, Name.Function), "value"),
        (rf"(@function)(\s+)({ID})", groups(Keyword, Text, Name.Function), "value"),
        (r"@extend\b", Keyword, "selector"),
        (rf"(@include)(\s+)({ID})", groups(Keyword, Text, Name.Decorator), "value"),
        (rf"@{ID}", Keyword, "selector"),
        (r"&", Keyword, "selector"),
        (rf"([$]{ID})([ \t]*)(:)", groups(Name.Variable, Text, Punctuation), "value"),
    ],
    "value": [
        include("end_section"),
        (r"[ \t]+", Text),
        (rf"[$]{ID}", Name.Variable),
        (r"url[(]", String.Other, "string_url"),
        (rf"{ID}(?=\s*[(])", Name.Function),
        (rf"%{ID}", Name.Decorator),
        (r"(true|false)\b", Name.Builtin.Pseudo),
        (r"(and|or|not)\b", Operator.Word),
        (r"(?i)#[a-z0-9]{1,6}", Number.Hex),
        (r"-?\d+(%|[a-z]+)?", Number),
        (r"-?\d*\.\d+(%|[a-z]+)?", Number.Integer),
        include("has_strings"),
        include("has_interp"),
        (r"[~^*!&%<>|+=@:,./?-]+", Operator),
        (r"[\[\]()]+", Punctuation),
        (r"/[*]", Comment.Multiline, "inline_comment"),
        (r"//[^\n]*", Comment.Single),
        (ID, _value_word),
    ],
    "has_interp": [(r"[#][{]", String.Interpol, "interpolation")],
    "has_strings": [(r'"', String.Double, "dq"), (r"'", String.Single, "sq")],
    "interpolation": [(r"}", String.Interpol, "#pop"), include("value")],
    "selector": [
        include("end_section"),
        include("has_strings"),
        include("has_interp"),
        (r"[ \t]+", Text),
        (r":", Name.Decorator, "pseudo_class"),
        (r"[.]", Name.Class, "class"),
        (r"#", Name.Namespace, "id"),
        (r"%", Name.Variable, "placeholder"),
        (ID, Name.Tag),
        (r"&", Keyword),
        (r"[~^*!&\[\]()<>|+=@:;,./?-]", Operator),
    ],
    "dq": _string(String.Double, '"'),
    "sq": _string(String.Single, "'"),
    "string_url": [
        (r"[)]", String.Other, "#pop"),
        (r"(\\.|#(?![{])|[^\n)#])+", String.Other),
        include("has_interp"),
    ],
    "selector_piece": [include("has_interp"), (r"", None, "#pop")],
    "pseudo_class": _piece(Name.Decorator),
    "class": _piece(Name.Class),
    "id": _piece(Name.Namespace),
    "placeholder": _piece(Name.Variable),
    "for": [(r"(from|to|through)", Operator.Word), include("value")],
    "attr_common": [
        include("has_interp"),
        (ID, lambda ctx, m: ctx.token(Name.Label if m.group(0) in ATTRIBUTES else Name.Attribute)),
    ],
    "attribute": [include("attr_common"), (r"([ \t]*)(:)", groups(Text, Punctuation), "value")],
    "inline_comment": [
        (r"(\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+", Comment.Multiline),
        include("has_interp"),
        (r"[*]/", Comment.Multiline, "#pop"),
    ],
}
