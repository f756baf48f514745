"""Rouge's `nginx` lexer: a statement's first word is a directive (`nn` inside blocks) and its arguments are
told apart by shape (host:port, mime type, size, `~ regex`, path, plain string) until `;` or `{`."""

from __future__ import annotations

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, groups, include

ID = r"[^\s$;{}()#]+"
# Ruby's case-insensitive `[a-z]` also takes ſ and the Kelvin sign
AZ = "a-z\u017f\u212a"


class NginxLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Nginx`."""

    tokens = {
        "root": [
            (r"(include)(\s+)([^\s;]+)", groups(Keyword, Text, Name)),
            (ID, Keyword, "statement"),
            include("base"),
        ],
        "block": [(r"\}", Punctuation, "#pop"), (ID, Keyword.Namespace, "statement"), include("base")],
        "statement": [(r"\{", Punctuation, "#goto:block"), (";", Punctuation, "#pop"), include("base")],
        "base": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
            (r"(?:on|off)\b", Name.Constant),
            (r"[$][\w-]+", Name.Variable),
            (rf"(?i)([{AZ}0-9.-]+)(:)([0-9]+)", groups(Name.Function, Punctuation, Number.Integer)),  # host:port
            (rf"(?i)[{AZ}-]+/[{AZ}-]+", Name.Class),  # mime type
            (r"(?i)[0-9]+[kmg\u212a]?\b", Number.Integer),
            (r"(~)(\s*)([^\s{]+)", groups(Punctuation, Text, String.Regex)),
            (r"[:=~]", Punctuation),
            (rf"/(?:{ID})?", Name),  # path
            (r"[^#\s;{}$\\]+", String),
            (r"[$;]", Text),
        ],
    }
