"""Rouge's `html` and `xml` lexers: a whole tag (`<a`, attributes apart, `>`) is `nt`; `<script>`/`<style>` bodies
go to one JavaScript/CSS lexer that keeps its state across the pieces it is handed."""

from __future__ import annotations

import re

from pygments.token import Comment, Name, String, Text

from jekyll_py.lexers.base import FORMAT_CHARS, LETTER, WORD, Context, RougeLexer, either, include
from jekyll_py.lexers.css import CssLexer
from jekyll_py.lexers.javascript import JavascriptLexer

# [\p{L}:_-][\p{Word}\p{Cf}:.·-]*
TAG_NAME = either(LETTER, "[:_-]") + either(WORD, f"[{FORMAT_CHARS}:.·-]") + "*"
ATTR_ASSIGN = either(LETTER, r"[:_\[\]()*.-]") + either(WORD, rf"[{FORMAT_CHARS}:.·\[\]()*-]") + r"*\s*=\s*"
ATTR_NAME = either(LETTER, "[:_*#-]") + either(WORD, f"[{FORMAT_CHARS}:.·*#-]") + "*"
XML_NAME = either(LETTER, "[:_]") + either(WORD, f"[{FORMAT_CHARS}:.·-]") + "*"


def _embedded(key: str, content_state: str) -> object:
    """`<script` / `<style`: the embedded lexer starts afresh, the tag's attributes come first."""

    def action(ctx: Context, m: re.Match[str]) -> None:
        ctx.token(Name.Tag)
        ctx.vars[key].reset()
        ctx.push(content_state)
        ctx.push("tag")

    return action


def delegate_to(key: str) -> object:
    """A rule action lexing the match with the lexer kept in `ctx.vars[key]`, which keeps its state from one
    piece to the next (Rouge's `delegate @js` and a template's `delegate parent`)."""
    return lambda ctx, m: ctx.delegate(ctx.vars[key])


class HtmlLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::HTML`."""

    def start(self, ctx: Context) -> None:
        ctx.vars["javascript"] = JavascriptLexer()
        ctx.vars["css"] = CssLexer()

    tokens = {
        "root": [
            (r"(?s)[^<&]+", Text),
            (r"&\S*?;", Name.Entity),
            (r"(?is)<!DOCTYPE .*?>", Comment.Preproc),
            (r"(?s)<!\[CDATA\[.*?\]\]>", Comment.Preproc),
            (r"<!--", Comment, "comment"),
            (r"(?s)<\?.*?\?>", Comment.Preproc),
            (r"<\s*script\s*", _embedded("javascript", "script_content")),
            (r"<\s*style\s*", _embedded("css", "style_content")),
            (r"</", Name.Tag, "tag_end"),
            (r"<", Name.Tag, "tag_start"),
        ],
        "tag_end": [include("tag_end_end"), (TAG_NAME, Name.Tag, "#goto:tag_end_end")],
        "tag_end_end": [(r"\s+", Text), (r">", Name.Tag, "#pop")],
        "tag_start": [(r"\s+", Text), (TAG_NAME, Name.Tag, "#goto:tag"), (r"", None, "#goto:tag")],
        "comment": [(r"[^-]+", Comment), (r"-->", Comment, "#pop"), (r"-", Comment)],
        "tag": [
            (r"\s+", Text),
            (ATTR_ASSIGN, Name.Attribute, "attr"),
            (ATTR_NAME, Name.Attribute),
            (r"/?\s*>", Name.Tag, "#pop"),
        ],
        "attr": [(r'"', String, "#goto:dq"), (r"'", String, "#goto:sq"), (r"[^\s>]+", String, "#pop")],
        "dq": [(r'"', String, "#pop"), (r'[^"]+', String)],
        "sq": [(r"'", String, "#pop"), (r"[^']+", String)],
        "script_content": [
            (r"[^<]+", delegate_to("javascript")),
            (r"<\s*/\s*script\s*>", Name.Tag, "#pop"),
            (r"<", delegate_to("javascript")),
        ],
        "style_content": [
            (r"[^<]+", delegate_to("css")),
            (r"<\s*/\s*style\s*>", Name.Tag, "#pop"),
            (r"<", delegate_to("css")),
        ],
    }


class XmlLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::XML`."""

    tokens = {
        "root": [
            (r"[^<&]+", Text),
            (r"&\S*?;", Name.Entity),
            (r"<!\[CDATA\[.*?\]\]>", Comment.Preproc),
            (r"<!--", Comment, "comment"),
            (r"<\?.*?\?>", Comment.Preproc),
            (r"<![^>]*>", Comment.Preproc),
            (rf"<\s*{XML_NAME}", Name.Tag, "tag"),
            (rf"<\s*/\s*{XML_NAME}\s*>", Name.Tag),
        ],
        "comment": [(r"[^-]+", Comment), (r"-->", Comment, "#pop"), (r"-", Comment)],
        "tag": [
            (r"\s+", Text),
            (rf"{XML_NAME}\s*=", Name.Attribute, "attr"),
            (r"/?\s*>", Name.Tag, "#pop"),
        ],
        "attr": [(r"\s+", Text), (r"(?s)\".*?\"|'.*?'|[^\s>]+", String, "#pop")],
    }
