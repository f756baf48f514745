"""Rouge's `nix` lexer: one `expression` state mixed into the bracket states (`(`, `[`, `{`, `${`), which pop on
their closing character. Rouge's quirks are kept: a path shape (`./a/b`, `~/x`, `a/b`, `https://...`) is tried
before keywords and names, `true`/`false`/`null` need no word boundary (`trueish` starts with a constant), names
stop at `_` after the first character, and a newline inside a string or a `/* */` comment is an `Error` token
(their `.` rules do not match it)."""

from __future__ import annotations

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, include, words

PATH_WORD = r"[a-zA-Z0-9._-]+"
PATH_SECTION = rf"(/{PATH_WORD})"
PATH_ROOT = rf"{PATH_SECTION}+"
PATH_TILDE = rf"~{PATH_SECTION}+"
PATH_BASIC = rf"{PATH_WORD}(/{PATH_WORD})+"
PATH_URL = rf"[a-z+]+://(/?{PATH_BASIC})"
PATH = rf"({PATH_ROOT}|{PATH_TILDE}|{PATH_BASIC}|{PATH_URL})"
OPERATOR = r"(\.|\?|\+\+|\+|!=|!|//|==|&&|\|\||->|/|\*|-|<|>|<=|=>)"
BUILTINS = "abort baseNameOf builtins derivation fetchTarball import isNull removeAttrs throw toString"


class NixLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Nix`."""

    tokens = {
        "whitespaces": [(r"^\s*\n\s*$", Text), (r"\s+", Text)],
        "comment": [(r"#.*$", Comment), (r"/\*", Comment, "multiline_comment")],
        "multiline_comment": [(r"\*/", Comment, "#pop"), (r".", Comment)],
        "number": [(r"[0-9]", Number.Integer)],
        "null": [(r"(null)", Keyword.Constant)],
        "boolean": [(r"(true|false)", Keyword.Constant)],
        "binding": [(r"[a-zA-Z_][a-zA-Z0-9-]*", Name.Variable)],
        "path": [(PATH, String.Other)],
        "string": [('"', String.Double, "double_quoted_string"), ("''", String.Double, "indented_string")],
        "string_content": [
            (r"\\.", String.Escape),
            (r"\$\$", String.Escape),
            (r"\$\{", String.Interpol, "string_interpolated_arg"),
        ],
        "indented_string_content": [
            ("'''", String.Escape),
            (r"''\$", String.Escape),
            (r"\$\$", String.Escape),
            (r"''\\.", String.Escape),
            (r"\$\{", String.Interpol, "string_interpolated_arg"),
        ],
        "string_interpolated_arg": [include("expression"), (r"\}", String.Interpol, "#pop")],
        "indented_string": [include("indented_string_content"), ("''", String.Double, "#pop"), (".", String.Double)],
        "double_quoted_string": [include("string_content"), ('"', String.Double, "#pop"), (".", String.Double)],
        "operator": [(OPERATOR, Operator)],
        "assignment": [("(=)", Operator), ("(@)", Operator)],
        "accessor": [(r"(\$)", Punctuation)],
        "delimiter": [("(;|,|:)", Punctuation)],
        "atom_content": [include("expression"), (r"\)", Punctuation, "#pop")],
        "atom": [(r"\(", Punctuation, "atom_content")],
        "list": [(r"\[", Punctuation, "list_content")],
        "list_content": [(r"\]", Punctuation, "#pop"), include("expression")],
        "set": [(r"\{", Punctuation, "set_content")],
        "set_content": [(r"\}", Punctuation, "#pop"), include("expression")],
        "expression": [
            include("ignore"),
            include("comment"),
            include("boolean"),
            include("null"),
            include("number"),
            include("path"),
            include("string"),
            include("keywords"),
            include("operator"),
            include("accessor"),
            include("assignment"),
            include("delimiter"),
            include("binding"),
            include("atom"),
            include("set"),
            include("list"),
        ],
        "keywords": [
            (words("with in inherit", r"\b"), Keyword.Namespace),
            (words("let", r"\b"), Keyword.Declaration),
            (words("if then else", r"\b"), Keyword),
            (words("rec assert map", r"\b"), Keyword.Reserved),
            (words(BUILTINS, r"\b"), Keyword.Reserved),
        ],
        "ignore": [include("whitespaces")],
        "root": [include("ignore"), include("expression")],
    }
