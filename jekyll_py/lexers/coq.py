"""Rouge's `coq` lexer: an identifier is held back until what follows it is seen, so `A.B.c` is namespaces then a
constant, a name right before `. ` ends a sentence (`Punctuation.Indicator`), and a lone name is classified by
Rouge's word lists (vernacular, Gallina, tactics, terminators) or else is a `Name.Constant`.

Quirks kept: a name is emitted only when something follows it, so a name ending the text is dropped; Ruby's
case-insensitive `[a-z]` also takes the Kelvin sign and the long s (`\\w` does not); a string is one
`String.Double` run, as Rouge's escape rules come after a rule taking any character; `Set/Unset` option
sentences are keywords. The one departure: for such a sentence with blanks before its dot (`Set Printing All .`)
Rouge loops forever, and here the blanks and the dot are emitted as they would be without that loop.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String, Text, _TokenType

from jekyll_py.lexers.base import Context, RougeLexer, groups

GALLINA = frozenset("as fun if in let match then else return end Type Set Prop forall".split())
COQ = frozenset(
    """
    Definition Theorem Lemma Remark Example Fixpoint CoFixpoint Record Inductive CoInductive Corollary Goal Proof
    Ltac Require Import Export Module Section End Variable Context Polymorphic Monomorphic Universe Universes
    Variables Class Instance Global Local Include Printing Notation Infix Arguments Hint Rewrite Immediate
    Qed Defined Opaque Transparent Existing Compute Eval Print SearchAbout Search About Check
    """.split()
)
LTAC = frozenset(
    """
    apply eapply auto eauto rewrite setoid_rewrite with in as at destruct split inversion injection
    intro intros unfold fold cbv cbn lazy subst clear symmetry transitivity etransitivity erewrite
    edestruct constructor econstructor eexists exists f_equal refine instantiate revert simpl
    specialize generalize dependent red induction beta iota zeta delta exfalso autorewrite
    compute vm_compute native_compute
    """.split()
)
TACTICALS = frozenset("repeat first try".split())
TERMINATORS = frozenset("omega solve congruence reflexivity exact assumption eassumption".split())
# Rouge's `keyopts` that are one character: its `.` rule looks them up one character at a time
KEYOPTS = frozenset("_;:⇒→↔⇔≔≡∀∃∧∨¬⊤⊥⊢⊨∈")
OPERATOR_CHARS = frozenset("[];,{}_()!$%&*+./:<=>?@^|~#-")

END_SENTENCE = Punctuation.Indicator
# Ruby's /[a-z]/i, which case-folds the Kelvin sign and the long s to k and s
ALPHA = "a-zA-Z\u017f\u212a"
ID = rf"(?:[{ALPHA}][\w']*)|(?:[_{ALPHA}][\w']+)"
SET_OPTIONS = (
    r"(Set|Unset)(\s+)(Universe|Printing|Implicit|Strict)(\s+)"
    r"(Polymorphism|All|Notations|Arguments|Universes|Implicit)(\s*)\."
)


def classify(name: str) -> _TokenType:
    """Rouge's `Coq.classify`: the token of a name seen alone."""
    if name in COQ:
        return Keyword
    if name in GALLINA:
        return Keyword.Reserved
    if name in LTAC or name in TACTICALS:
        return Keyword.Pseudo
    if name in TERMINATORS:
        return Name.Exception
    return Name.Constant


def _set_options(ctx: Context, m: re.Match[str]) -> None:
    for i, tok in enumerate((Keyword, Text.Whitespace, Keyword, Text.Whitespace, Keyword, Text.Whitespace), 1):
        ctx.token(tok, m.group(i))
    ctx.token(END_SENTENCE, ".")


def _start_id(ctx: Context, m: re.Match[str]) -> None:
    ctx.vars["name"] = m.group(0)
    ctx.vars["continue"] = False
    ctx.push("continue_id")


def _held_name(ctx: Context) -> None:
    name = ctx.vars["name"]
    ctx.token(Name.Constant if ctx.vars["continue"] else classify(name), name)


def _dot_id(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Name.Namespace, ctx.vars["name"])
    ctx.token(Punctuation, ".")
    ctx.vars["continue"] = True
    ctx.vars["name"] = m.group(1)


def _dot_space(ctx: Context, m: re.Match[str]) -> None:
    _held_name(ctx)
    ctx.token(END_SENTENCE, ".")
    ctx.token(Text.Whitespace, m.group(1))
    ctx.pop()


def _end_id(ctx: Context, m: re.Match[str]) -> None:
    _held_name(ctx)
    ctx.pop()


def _any_char(ctx: Context, m: re.Match[str]) -> None:
    char = m.group(0)
    if char in KEYOPTS:
        ctx.token(Punctuation)
    elif char in OPERATOR_CHARS:
        ctx.token(Operator)
    else:
        ctx.token(Error)


class CoqLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Coq`."""

    tokens = {
        "root": [
            (r"[(][*](?![)])", Comment, "comment"),
            (r"\s+", Text.Whitespace),
            (r"(Module)(\s+)(Type)(\s+)", groups(Keyword, Text.Whitespace, Keyword, Text.Whitespace)),
            (SET_OPTIONS, _set_options),
            (ID, _start_id),
            (r"/\\", Operator),
            (r"\\/", Operator),
            (r"(?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)", Number.Float),
            (r"\d[\d_]*", Number.Integer),
            (r"""'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'""", String.Char),
            ("'", Keyword),
            ('"', String.Double, "string"),
            (rf"[~?](?:{ID})", Name.Variable),
            (".", _any_char),
        ],
        "comment": [
            (r"[^(*)]+", Comment),
            (r"[(][*]", Comment, "#push"),
            (r"[*][)]", Comment, "#pop"),
            (r"[(*)]", Comment),
        ],
        "string": [
            (r'(?:\\")+|[^"]', String.Double),
            ('"', String.Double, "#pop"),
        ],
        "continue_id": [
            (rf"\.({ID})", _dot_id),
            (r"\.(\s+)", _dot_space),
            ("", _end_id),
        ],
    }
