"""Syntax highlighting with Pygments, written in Rouge's markup so pages match Jekyll's byte for byte.

Rouge and Pygments share short token class names (`k`, `nf`, `s2`, ...); Pygments-only whitespace
tokens are written unwrapped, and adjacent tokens of one class are merged as Rouge merges them.
"""

from __future__ import annotations

import html
from functools import lru_cache
from typing import TYPE_CHECKING

from pygments.token import STANDARD_TYPES, Token, _TokenType

from jekyll_py.lexers import lexer_for
from jekyll_py.lexers.base import merged
from jekyll_py.markdown.rouge_names import ROUGE_LEXERS

if TYPE_CHECKING:
    from pygments.lexer import Lexer

# Rouge tags whose Pygments lexer has a different name
_PYGMENTS_NAME = {"plaintext": "text", "shell": "bash", "console": "console", "viml": "vim", "jsx": "jsx"}
_UNWRAPPED = {"", "w"}


def _rouge_tag(lang: str) -> str | None:
    """Rouge's `Lexer.find_fancy` lookup: exact (case-sensitive) name, `?options` ignored."""
    return ROUGE_LEXERS.get(lang.split("?", 1)[0])


def rouge_knows(lang: str) -> bool:
    """Whether Rouge 3.30 has a lexer for `lang` (a tag or alias, spelled exactly as Rouge registers it)."""
    return _rouge_tag(lang) is not None


@lru_cache(maxsize=128)
def _lexer(lang: str) -> Lexer | None:
    """Pygments' lexer for a language no Rouge port covers (its lexer machinery loads only then)."""
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    tag = _rouge_tag(lang)
    if tag is None or tag == "plaintext":
        return None
    for name in (_PYGMENTS_NAME.get(tag, tag), lang.lower()):
        try:
            return get_lexer_by_name(name, stripnl=False, ensurenl=False)
        except ClassNotFound:
            continue
    return None


# Rouge token types Pygments does not name
_ROUGE_SHORTNAMES = {
    **STANDARD_TYPES,
    Token.Keyword.Variable: "kv",
    Token.Literal.Number.Other: "mx",
    Token.Punctuation.Indicator: "pi",
    Token.Comment.Doc: "cd",
    Token.Generic.Lineno: "gl",
}


def _css_class(ttype: _TokenType) -> str:
    while ttype not in _ROUGE_SHORTNAMES and ttype.parent is not None:
        ttype = ttype.parent
    return _ROUGE_SHORTNAMES.get(ttype, "")


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


@lru_cache(maxsize=512)  # sites repeat snippets (install commands, config blocks) across many pages
def format_tokens(code: str, lang: str) -> str:
    """The highlighted inner HTML (spans and escaped text) for `code`, without any wrapper."""
    ported = lexer_for(_rouge_tag(lang) or "")
    if ported is not None:
        return "".join(_rouge_span(tok, value) for tok, value in merged(ported.lex(code)))
    lexer = _lexer(lang)
    if lexer is None:
        return _escape(code)
    out: list[str] = []
    cls_prev, buf = None, []
    tokens = [(_css_class(t) if t is not Token.Text else "", v) for t, v in lexer.get_tokens(code)]
    fix = _TOKEN_FIXES.get(_rouge_tag(lang) or "")
    if fix is not None:
        tokens = fix(tokens)
    for cls, value in tokens:
        if cls != cls_prev and buf:
            out.append(_wrap(cls_prev or "", "".join(buf)))
            buf = []
        cls_prev = cls
        buf.append(value)
    if buf:
        out.append(_wrap(cls_prev or "", "".join(buf)))
    return "".join(out)


def _javascript_fixes(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Rouge's JavaScript lexer calls integer literals `mi` where Pygments says `mf`."""
    return [("mi" if cls == "mf" and value.isdigit() else cls, value) for cls, value in tokens]


_TOKEN_FIXES = {"javascript": _javascript_fixes}


def _rouge_span(tok: _TokenType, text: str) -> str:
    """Rouge's HTML formatter: only the plain `Text` token is written without a span."""
    if tok is Token.Text:
        return _escape(text)
    return f'<span class="{_css_class(tok)}">{_escape(text)}</span>'


def _wrap(cls: str, text: str) -> str:
    if cls in _UNWRAPPED:
        return _escape(text)
    return f'<span class="{cls}">{_escape(text)}</span>'


def highlight_inner(code: str, lang: str | None) -> str | None:
    """kramdown's Rouge call: the `<div class="highlight">` block, or None when Rouge has no lexer."""
    lang = lang or "plaintext"
    if not rouge_knows(lang):
        return None
    return f'<div class="highlight"><pre class="highlight"><code>{format_tokens(code, lang)}</code></pre></div>'


def highlight_block(code: str, lang: str | None) -> str:
    """The wrapper kramdown emits for a fenced or indented code block highlighted by Rouge."""
    name = lang or "plaintext"
    inner = highlight_inner(code, name)
    if inner is None:
        text = _escape(code).removesuffix("\n")
        return f'<pre><code class="language-{name}">{text}\n</code></pre>\n'
    return f'<div class="language-{name} highlighter-rouge">{inner}</div>\n'


def highlight_tag(code: str, lang: str, linenos: bool = False) -> str:
    """What Jekyll's `{% highlight LANG [linenos] %}` tag emits (Rouge, `<figure class="highlight">`)."""
    code = code.strip("\r\n")
    body = format_tokens(code, lang) if rouge_knows(lang) else _escape(code)
    if linenos:
        count = code.count("\n") + 1
        gutter = "".join(f"{i}\n" for i in range(1, count + 1))
        body = (
            '<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">'
            f'{gutter}</pre></td><td class="code"><pre>{body}\n</pre></td></tr></tbody></table>'
        )
    code_open = f'<code class="language-{lang}" data-lang="{lang}">'
    return f'<figure class="highlight"><pre>{code_open}{body}</code></pre></figure>'
