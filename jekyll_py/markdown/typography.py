"""kramdown's smart quotes and typographic symbols (`--`, `---`, `...`, `<<`, `>>`).

The quote rules are context rules tried in order at a quote character, reimplemented from kramdown's
documented behaviour (the SmartyPants rules): the first rule that matches decides left or right.
"""

from __future__ import annotations

import re

from jekyll_py.onigmo_words import WORD

_PUNCT = r"""[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"""
_CLOSE = r"""[^ \\\t\r\n\[{(\-]"""
# Ruby's \w is ASCII but its \b and \B see Unicode word characters (Onigmo): `""(빈` opens both quotes
_NOT_BOUNDARY = f"(?:(?<=[{WORD}])(?=[{WORD}])|(?<![{WORD}])(?![{WORD}]))"

# (pattern, substitutions): an int re-emits that group as text, a name emits a quote
QUOTE_RULES: list[tuple[re.Pattern[str], tuple[int | str, ...]]] = [
    (re.compile(r"""("|')(?=[_*]{1,2}\S)""", re.A), ("lquote1",)),
    (re.compile(rf"""("|')(?={_PUNCT}(?!\.\.){_NOT_BOUNDARY})""", re.A), ("rquote1",)),
    (re.compile(r"""(\s?)"'(?=\w)""", re.A), (1, "ldquo", "lsquo")),
    (re.compile(r"""(\s?)'"(?=\w)""", re.A), (1, "lsquo", "ldquo")),
    (re.compile(r"""(\s?)'(?=\d\ds)""", re.A), (1, "rsquo")),
    (re.compile(r"""(\s)('|")(?=\w)""", re.A), (1, "lquote2")),
    (re.compile(rf"""({_CLOSE})('|")""", re.A), (1, "rquote2")),
    (re.compile(rf"""("|')(?=\s|s(?![{WORD}])|$)""", re.M | re.A), ("rquote1",)),
    (re.compile(r"""(.?)'""", re.S | re.A), (1, "lsquo")),
    (re.compile(r"""(.?)\"""", re.S | re.A), (1, "ldquo")),
]

_QUOTE_NAMES = {
    ("lquote1", "'"): "lsquo", ("lquote1", '"'): "ldquo",
    ("rquote1", "'"): "rsquo", ("rquote1", '"'): "rdquo",
    ("lquote2", "'"): "lsquo", ("lquote2", '"'): "ldquo",
    ("rquote2", "'"): "rsquo", ("rquote2", '"'): "rdquo",
}


def quote_name(subst: str, match: re.Match[str]) -> str:
    """Resolve a rule's generic quote (lquote1, rquote2, ...) to lsquo/rsquo/ldquo/rdquo."""
    if subst in ("lsquo", "rsquo", "ldquo", "rdquo"):
        return subst
    group = int(subst[-1])
    return _QUOTE_NAMES[(subst, match.group(group))]


# kramdown's typographic symbols, longest first; values are symbol names
TYPO_RE = re.compile(r"---|--|\.\.\.|\\<<|\\>>|<< |<<| >>|>>")
TYPO_NAMES = {
    "---": "mdash", "--": "ndash", "...": "hellip", "<< ": "laquo_space", " >>": "raquo_space",
    "<<": "laquo", ">>": "raquo",
}
TYPO_CHARS = {
    "mdash": "\u2014", "ndash": "\u2013", "hellip": "\u2026", "laquo": "\u00ab", "raquo": "\u00bb",
    "laquo_space": "\u00ab\u00a0", "raquo_space": "\u00a0\u00bb",
}
TYPO_ENTITIES = {
    "mdash": "&mdash;", "ndash": "&ndash;", "hellip": "&hellip;", "laquo": "&laquo;", "raquo": "&raquo;",
    "laquo_space": "&laquo;&nbsp;", "raquo_space": "&nbsp;&raquo;",
}
QUOTE_CHARS = {"lsquo": "\u2018", "rsquo": "\u2019", "ldquo": "\u201c", "rdquo": "\u201d"}
