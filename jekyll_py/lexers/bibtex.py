"""Rouge's `bibtex` lexer: `@type` as `nc`, the cite key `nl`, field names `na`, `{...}`/`"..."` values as `s`.

An entry is a stack of small states pushed by its `@type` (opening brace, body, closing brace) which give up
with an empty match when the next thing is not theirs; braces nest inside values. Anything outside an entry is
a comment. Names use Ruby's `/[a-z_...][\\w...]*/i`, whose first class also takes `ſ` (U+017F) and the Kelvin
sign (U+212A), which Onigmo folds to `s` and `k`.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Name, Number, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, include

PUNCTUATION = re.escape("@!$&.\\:;<>?[]^`|~*/+-")
VALID_NAME = rf"[a-zA-Z_\u017f\u212a{PUNCTUATION}][\w{PUNCTUATION}]*"
BODY_OF = {"preamble": "value", "string": "field"}  # what follows the opening brace; other entries: key, fields


def _entry(ctx: Context, m: re.Match[str]) -> None:
    kind = m.group(1).lower()
    if kind == "comment":
        ctx.token(Comment)
        return
    ctx.token(Name.Class)
    ctx.push("closing_brace")
    ctx.push(BODY_OF.get(kind, "command_body"))
    ctx.push("opening_brace")


class BibtexLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::BibTeX`."""

    tokens = {
        "root": [include("whitespace"), (rf"@({VALID_NAME})", _entry), (r".+", Comment)],
        "opening_brace": [include("whitespace"), (r"[{(]", Punctuation, "#pop")],
        "closing_brace": [include("whitespace"), (r"[})]", Punctuation, "#pop")],
        "command_body": [include("whitespace"), (r"[^\s,}]+", Name.Label, "#goto:fields")],
        "fields": [include("whitespace"), (r",", Punctuation, "field"), (r"", None, "#pop")],
        "field": [
            include("whitespace"),
            (VALID_NAME, Name.Attribute, ("value", "equal_sign")),
            (r"", None, "#pop"),
        ],
        "equal_sign": [include("whitespace"), (r"=", Punctuation, "#pop")],
        "value": [
            include("whitespace"),
            (VALID_NAME, Name.Variable),
            (r'"', String, "quoted_string"),
            (r"\{", String, "braced_string"),
            (r"\d+", Number),
            (r"#", Punctuation),
            (r"", None, "#pop"),
        ],
        "quoted_string": [(r"\{", String, "braced_string"), (r'"', String, "#pop"), (r'[^{"]+', String)],
        "braced_string": [(r"\{", String, "braced_string"), (r"\}", String, "#pop"), (r"[^{}]+", String)],
        "whitespace": [(r"\s+", Text)],
    }
