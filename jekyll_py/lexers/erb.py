"""Rouge's `erb` lexer (a template lexer over HTML): `<%# ... %>` is a comment, the code inside `<% ... %>`,
`<%= ... %>` and `<%- ... -%>` goes to one Ruby lexer and the text between tags to one HTML lexer; both keep
their state from one piece to the next, so `<% if x %>` ... `<% end %>` lex as one Ruby program."""

from __future__ import annotations

from pygments.token import Comment

from jekyll_py.lexers.base import Context, RougeLexer
from jekyll_py.lexers.html import HtmlLexer, delegate_to
from jekyll_py.lexers.ruby import RubyLexer

OPEN = r"<%%|<%=|<%#|<%-|<%"
CLOSE = r"%%>|-%>|%>"


class ErbLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::ERB` with its default parent, HTML."""

    def start(self, ctx: Context) -> None:
        ctx.vars["parent"] = HtmlLexer()
        ctx.vars["ruby"] = RubyLexer()

    tokens = {
        "root": [
            (r"<%#", Comment, "comment"),
            (OPEN, Comment.Preproc, "ruby"),
            (rf"(?s).+?(?={OPEN})|.+", delegate_to("parent")),
        ],
        "comment": [
            (CLOSE, Comment, "#pop"),
            (rf"(?s).+?(?={CLOSE})|.+", Comment),
        ],
        "ruby": [
            (CLOSE, Comment.Preproc, "#pop"),
            (rf"(?s).+?(?={CLOSE})|.+", delegate_to("ruby")),
        ],
    }
