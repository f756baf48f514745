"""Rouge's `vhdl` lexer, quirks kept: one flat state where identifiers are looked up (case-insensitively) among
keywords, type names and operator words. A number takes a leading `-` (`a-1` is a name and `-1`), and a real
number is an integer, a dot operator and an integer: Rouge's float rule comes after its integer rule and never
matches, so it is left out, as are its `\\n` rule (after `\\s+`) and the operator alternatives its earlier rules
shadow (`:` and `,` are punctuation first, `?>=`/`?<=` are `?>`/`?<` then `=`, one merged token). `'x'` is a
character, `'name` an attribute and a lone `'` an operator; `true`, `false` and `null` are builtins, compared with
Onigmo's Unicode case folding (`falſe`, with a long s, is one too) and ended where Onigmo's `\\b` sees a word end
(not before a combining mark or a `²`: `onigmo_words.WORD`)."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, include
from jekyll_py.onigmo_words import WORD

KEYWORDS = frozenset(
    """
    access after alias all architecture array assert assume assume_guarantee attribute
    begin block body buffer bus case component configuration constant context cover
    default disconnect downto else elsif end entity exit fairness file for force function
    generate generic group guarded if impure in inertial inout is label library linkage
    literal loop map new next null of on open others out package parameter port postponed
    procedure process property protected pure range record register reject release report
    return select sequence severity shared signal strong subtype then to transport type
    unaffected units until use variable vmode vprop vunit wait when while with
    """.split()
)
TYPES = frozenset(
    """
    bit bit_vector boolean boolean_vector character integer integer_vector natural positive
    real real_vector severity_level signed std_logic std_logic_vector std_ulogic
    std_ulogic_vector string unsigned time time_vector
    """.split()
)
OPERATOR_WORDS = frozenset("abs and mod nand nor not or rem rol ror sla sll sra srl xnor xor".split())
ID = "[a-zA-Z][a-zA-Z0-9_]*"


def _identifier(ctx: Context, m: re.Match[str]) -> None:
    name = m.group(0).lower()
    if name in KEYWORDS:
        ctx.token(Keyword)
    elif name in TYPES:
        ctx.token(Keyword.Type)
    elif name in OPERATOR_WORDS:
        ctx.token(Operator.Word)
    else:
        ctx.token(Name)


class VhdlLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::VHDL`."""

    tokens = {
        "whitespace": [
            (r"\s+", Text),
            (r"--.*$", Comment.Single),
        ],
        "statements": [
            (r"-?\d+", Number.Integer),
            (r'(?i)[box]?"[^"]*"', String.Single),
            (r"'[^']?'", String.Char),
            (rf"'{ID}", Name.Attribute),
            (r"[(),:;]", Punctuation),
            (rf"(?iu:true|false|null)(?![{WORD}])", Name.Builtin),
            (ID, _identifier),
            (r"=>|\*\*|/=|>=|<=|<>|\?\?|\?=|\?/=|\?>|\?<|<<|>>|[#&'*+\-./<=>?@^]", Operator),
        ],
        "root": [include("whitespace"), include("statements")],
    }
