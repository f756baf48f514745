"""Rouge's `fsharp` lexer, an OCaml lexer with F#'s keywords and `//` comments, quirks kept: an operator run (brackets,
parentheses and `_` included) is punctuation only when the whole run is one of F#'s key symbols (`[<`, `->`, `|]`,
...) and an operator otherwise (`+` too, as Rouge lists it as `\\+`), so `-` and `|>` are punctuation but `<|>` is an
operator and a minus sign is never part of a number; a float needs an exponent and takes any character as its
"decimal point" (`3.14` is two integers around a dot, `0x1e5` is a float); a character literal is recognised only
when it is an escape or `'.'` (`'a'` is a keyword quote and the name `a'`), `~label`/`?label` are a symbol and a
name (Rouge's `Name::Variable` rule for them, last in `root`, never applies after the operator rule: left out),
`true`/`false` need no word boundary (`trueish`), and a capitalised name before a dot starts a `dotted` path
(`List.map`) whose stray characters are errors. Identifiers cannot start with `_` and match case-insensitively, so
under Onigmo's case folding they may also start with `ſ` (U+017F) or the Kelvin sign (U+212A), though their later
characters are ASCII; ``double-backticked`` names take anything but backticks, tabs and line breaks."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer
from jekyll_py.lexers.ocaml import HEX, UPPER_ID, OcamlLexer, identifier

KEYWORDS = frozenset(
    "abstract and as assert base begin class default delegate do done downcast downto elif else end exception "
    "extern false finally for fun function global if in inherit inline interface internal lazy let let! match "
    "member module mutable namespace new not null of open or override private public rec return return! select "
    "static struct then to true try type upcast use use! val void when while with yield yield! sig atomic break "
    "checked component const constraint constructor continue eager event external fixed functor include method "
    "mixin object parallel process protected pure sealed tailcall trait virtual volatile".split()
)
KEY_SYMBOLS = frozenset(
    r"!= # & && ( ) * \+ , - -. -> . .. : :: := :> ; ;; < <- = > >] >} ? ?? "
    r"[ [< [> [| ] _ ` { {< | |] } ~ |> <| <>".split()
)
OPERATOR = r"[\[\];,{}_()!$%&*+./:<=>?@^|~#-]+"
ID = r"(?:[a-zA-Z\u017f\u212a][\w']*|``[^`\n\r\t]+``)"  # Ruby's /([a-z][\w']*)|(``[^`\n\r\t]+``)/i


def _operator(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Punctuation if m.group(0) in KEY_SYMBOLS else Operator)


class FsharpLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::FSharp`."""

    KEYWORDS = KEYWORDS

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"false|true|[(][)]|\[\]", Name.Builtin.Pseudo),
            (rf"{UPPER_ID}(?=\s*[.])", Name.Namespace, "dotted"),
            (UPPER_ID, Name.Class),
            (r"[(][*](?![)])", Comment, "comment"),
            (r"//.*?$", Comment.Single),
            (ID, identifier),
            (OPERATOR, _operator),
            (r"-?\d[\d_]*(.[\d_]*)?([eE][+-]?\d[\d_]*)", Number.Float),
            (rf"0[xX]{HEX}[0-9a-fA-F_]*", Number.Hex),
            (r"0[oO][0-7][0-7_]*", Number.Oct),
            (r"0[bB][01][01_]*", Number.Bin),
            (r"\d[\d_]*", Number.Integer),
            (rf"""'(?:(\\[\\"'ntbr ])|(\\[0-9]{{3}})|(\\x{HEX}{{2}}))'""", String.Char),
            (r"'[.]'", String.Char),
            ("'", Keyword),
            ('"', String.Double, "string"),
        ],
        # Rouge's F# lexer has OCaml's comment and string states
        **{state: OcamlLexer.tokens[state] for state in ("comment", "string", "escape_sequence")},
        "dotted": [
            (r"\s+", Text),
            (r"[.]", Punctuation),
            (rf"{UPPER_ID}(?=\s*[.])", Name.Namespace),
            (UPPER_ID, Name.Class, "#pop"),
            (ID, Name, "#pop"),
            (r"\[", Punctuation, "#pop"),
        ],
    }
