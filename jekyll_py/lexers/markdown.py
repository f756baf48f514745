"""Rouge's `markdown` lexer: headings and emphasis as `gh`/`gu`/`gs`/`ge`, fenced code handed to the language's
own lexer (Rouge's `find_fancy`), inline HTML to one HTML lexer, front matter to YAML."""

from __future__ import annotations

import re

from pygments.token import Generic, Name, Punctuation, String, Text

from jekyll_py.lexers.base import Context, PlainTextLexer, RougeLexer, groups, include
from jekyll_py.lexers.html import HtmlLexer
from jekyll_py.lexers.yaml import YamlLexer

EDOT = r"(?:\\.|[^\\\n])"


def _sublexer(name: str) -> object:
    """Rouge's `Lexer.find_fancy(name)` for a fence's info string; unknown names give backtick-string plain text."""
    from jekyll_py.lexers import lexer_for
    from jekyll_py.markdown.rouge_names import ROUGE_LEXERS

    tag = ROUGE_LEXERS.get(name.split("?", 1)[0]) if name else "plaintext"
    if tag is None:
        return PlainTextLexer(String.Backtick)
    return lexer_for(tag) or PlainTextLexer()


def _fence(ctx: Context, m: re.Match[str]) -> None:
    sub = _sublexer(m.group(3).strip())
    sub.reset()  # type: ignore[attr-defined]
    ctx.token(Text, m.group(1))
    ctx.token(Punctuation, m.group(2))
    ctx.token(Name.Label, m.group(3))
    if m.group(5) is not None:
        ctx.delegate(sub, m.group(5))  # type: ignore[arg-type]
    ctx.token(Text, m.group(6) or "")
    if m.group(7):
        ctx.token(Punctuation, m.group(7))
        return
    # an unclosed fence: the rest of the text, line by line, until a closing fence
    close = re.escape(m.group(2))

    def end(c: Context, mb: re.Match[str]) -> None:
        c.pop()
        c.token(Text, mb.group(1))
        c.token(Punctuation, mb.group(2))

    # Rouge delegates `mb[1]` of a pattern with no group, that is nil: the whole line
    ctx.push_rules([(rf"^([ \t]*)({close})", end), (r"^.*\n", lambda c, mb: c.delegate(sub))])


class MarkdownLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Markdown`."""

    def start(self, ctx: Context) -> None:
        ctx.vars["html"] = HtmlLexer()

    tokens = {
        "root": [
            (r"(?s)\A(---\s*\n.*?\n?)^(---\s*$\n?)", lambda ctx, m: ctx.delegate(YamlLexer)),
            (r"\\.", String.Escape),
            (r"^[\S ]+\n(?:---*)\n", Generic.Heading),
            (r"^[\S ]+\n(?:===*)\n", Generic.Subheading),
            (r"^#(?=[^#]).*?$", Generic.Heading),
            (r"^##*.*?$", Generic.Subheading),
            (r"(?s)^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?", _fence),
            (r"\n\n((    |\t).*?\n|\n)+", String.Backtick),
            (rf"(`+)(?:{EDOT}|\n)+?\1", String.Backtick),
            (r"^(\s*[*]){3,}\s*$", Punctuation),
            (r"^(\s*[-]){3,}\s*$", Punctuation),
            (r"^\s*[*+-](?=\s)", Punctuation),
            (r"^\s*\d+\.", Punctuation),
            (r"^\s*>.*?$", Generic.Traceback),
            (
                rf"^(\s*)(\[)({EDOT}+?)(\])(\s*)(:)",
                groups(Text, Punctuation, String.Symbol, Punctuation, Text, Punctuation),
                ("title", "url"),
            ),
            (rf"(!?\[)({EDOT}*?|[^\]]*?)(\])(?=[\[(])", groups(Punctuation, Name.Variable, Punctuation), "link"),
            (rf"[*][*]{EDOT}*?[*][*]", Generic.Strong),
            (rf"__{EDOT}*?__", Generic.Strong),
            (rf"[*]{EDOT}*?[*]", Generic.Emph),
            (rf"_{EDOT}*?_", Generic.Emph),
            (r"<.*?@.+[.].+>", Name.Variable),
            (rf"<(https?|mailto|ftp)://{EDOT}*?>", Name.Variable),
            (r"[^\\`\[*\n&<]+", Text),
            (r"&\S*;", lambda ctx, m: ctx.delegate(ctx.vars["html"])),
            (rf"<{EDOT}*?>", lambda ctx, m: ctx.delegate(ctx.vars["html"])),
            (r"[&<]", Text),
            (r"\[", Text),
            (r"\n", Text),
        ],
        "link": [
            (rf"(\[)({EDOT}*?)(\])", groups(Punctuation, String.Symbol, Punctuation), "#pop"),
            (r"[(]", Punctuation, ("inline_title", "inline_url")),
            (r"[ \t]+", Text),
            (r"", None, "#pop"),
        ],
        "url": [
            (r"[ \t]+", Text),
            (rf"(<)({EDOT}*?)(>)", groups(Name.Tag, String.Other, Name.Tag), "#pop"),
            (r"\S+", String.Other, "#pop"),
        ],
        "title": [
            (rf'"{EDOT}*?"', Name.Namespace),
            (rf"'{EDOT}*?'", Name.Namespace),
            (rf"[(]{EDOT}*?[)]", Name.Namespace),
            (r"\s*(?=[\"'()])", Text),
            (r"", None, "#pop"),
        ],
        "inline_title": [(r"[)]", Punctuation, "#pop"), include("title")],
        "inline_url": [(r"[^<\s)]+", String.Other, "#pop"), (r"\s+", Text), include("url")],
    }
