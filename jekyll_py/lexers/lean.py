"""Rouge's `lean` lexer (Lean 3): one flat table where a word (`#check` included) is looked up in the keyword and
type lists, and everything it does not know becomes `Error`, one character at a time.

Quirks kept: only `--` followed by a blank is a comment (`Comment.Doc`, taking the blanks before it too, and when
the blank after `--` is a line break, the next line as well); `/- ... -/` has no state and is lexed as operators
and words; a dot with the digits after it is an operator (`3.14` is an integer then the operator `.14`); `:` and
`:=` are plain text; `α`, `β`, `‹` and `›` are text while other Greek letters are errors; in a string, a
backslash followed by anything but a known escape leaves that character as an `Error` and the escape open.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Keyword, Name, Number, Operator, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, words

KEYWORDS = frozenset(
    """
    abbreviation add_rewrite alias assume axiom begin by calc calc_refl calc_subst calc_trans #check coercion
    conjecture constant constants context corollary def definition end #eval example export expose exposing exit
    extends from fun have help hiding hott hypothesis import include including inductive infix infixl infixr inline
    instance irreducible lemma match namespace notation opaque opaque_hint open options parameter parameters
    postfix precedence prefix #print private protected #reduce reducible renaming repeat section set_option show
    tactic_hint theorem universe universes using variable variables with
    """.split()
)
TYPES = frozenset(("Sort", "Prop", "Type"))
# Rouge's `%w(...)` list joined as it is, `/ \/` included: `/\ \/` there is one word with an escaped blank
OPERATORS = [
    *r"!= # & && \* \+ - / @ ! ` -\. -> \. \.\. \.\.\. :: :> ; ;; < <- = == > _ \| \|\| ~ => <= >=".split(),
    r"/ \/",
    *"∀ Π λ ↔ ∧ ∨ ≠ ≤ ≥ ⊎ ¬ ⁻¹ ⬝ ▸ → ∃ ℕ ℤ ≈ × ⌞ ⌟ ≡ ⟨ ⟩".split(),
]


def _word(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in KEYWORDS:
        ctx.token(Keyword)
    elif word in TYPES:
        ctx.token(Keyword.Type)
    else:
        ctx.token(Name)


class LeanLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Lean`."""

    tokens = {
        "root": [
            (r"\s*--+\s+.*?$", Comment.Doc),
            ('"', String, "string"),
            (r"\d+", Number.Integer),
            (r"#?\w+", _word),
            ("λ", Keyword),
            (":=?", Text),
            (r"\.[0-9]*", Operator),
            (words(OPERATORS), Operator),
            (r"[\s(),\[\]αβ‹›]+", Text),
            (".", Error),
        ],
        "string": [
            ('"', String, "#pop"),
            (r"\\", String.Escape, "escape"),
            (r'[^\\"]+', String),
        ],
        "escape": [
            (r"""[nrt"'\\]""", String.Escape, "#pop"),
            (r"(?i)x[\da-f]+", String.Escape, "#pop"),
        ],
    }
