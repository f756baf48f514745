"""Regular expressions shared by the block rules, named after the kramdown constructs they recognise."""

from __future__ import annotations

import re

OPT_SPACE = r" {0,3}"
HTML_NAME = r"(?:[^\W\d][\w.-]*:)?[^\W\d][\w.-]*"  # REXML's UNAME_STR: Unicode letters

HTML_SPAN_ELEMENTS = frozenset(
    "a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb "
    "rbc rp rt rtc ruby samp select small span strong sub sup tt u var".split()
)
HTML_BLOCK_ELEMENTS = frozenset(
    "address article aside applet body blockquote caption col colgroup dd div dl dt fieldset figcaption "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol optgroup "
    "p pre section summary table tbody td th thead tfoot tr ul".split()
)
HTML_VOID_ELEMENTS = frozenset(
    "area base br col command embed hr img input keygen link meta param source track wbr".split()
)
# kramdown lists `legend` in both; the span list is applied last, so it is span
CONTENT_MODEL_BLOCK = frozenset(
    "address applet article aside blockquote body dd details div dl fieldset figure figcaption footer "
    "form header hgroup iframe li main map menu nav noscript object section summary td".split()
)
CONTENT_MODEL_SPAN = frozenset(
    "a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend "
    "optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt".split()
)
CONTENT_MODEL_RAW = frozenset("script style math option textarea pre code kbd samp var".split())

# kramdown's LAZY_END_HTML_SPAN_ELEMENTS: the span elements plus `script`, which does not end a paragraph
_SPAN_ALT = "|".join(sorted(HTML_SPAN_ELEMENTS | {"script"}, key=lambda name: (-len(name), name)))
LAZY_END_HTML_START = rf"<(?!(?:{_SPAN_ALT})\b){HTML_NAME}"
LAZY_END_HTML_STOP = rf"</(?!(?:{_SPAN_ALT})\b){HTML_NAME}\s*>"

BLANK_LINE = re.compile(r"(?:[ \t\f\v\r]*\n)+")
EOB_MARKER = re.compile(r"\^\s*?\n")
IAL_BLOCK = rf"{OPT_SPACE}\{{:(?!:|/)((?:\\\}}|[^}}])+)\}}[ \t]*\n"
IAL_BLOCK_START = re.compile(IAL_BLOCK)
ALD_START = re.compile(r" {0,3}\{:(\w[\w-]*):((?:\\\}|[^}])*)\}[ \t]*\n")
EXTENSION_START = re.compile(r" {0,3}\{::(\w+)((?:\\\}|[^}])*?)(/)?\}")

INDENT = re.compile(r"(?:\t| {4})")
CODEBLOCK_LINE = re.compile(r"(?:\t| {4})[ \t]*\S.*\n", re.ASCII)  # a no-break space is \S
FENCED_START = re.compile(r" {0,3}[~`]{3,}")
FENCED_MATCH = re.compile(
    r" {0,3}(([~`]){3,})[ \t]*((\S+?)(?:\?\S*)?)?[ \t]*\n(.*?)^ {0,3}\1\2*[ \t]*\n", re.S | re.M
)
BLOCKQUOTE_START = re.compile(r" {0,3}> ?")
ATX_HEADER = re.compile(r"(#{1,6})[\t ]+(.*)\n|(#{1,6})[\t ]*\n")
HEADER_ID = re.compile(r"[\t ]\{#([A-Za-z][\w:-]*)\}[\t ]*$")
SETEXT_HEADER = re.compile(r" {0,3}([^ \t].*?)[ \t]*\n(-|=)+[ \t]*\n")
HR = re.compile(r" {0,3}([*_-])[ \t]*\1[ \t]*\1(?:\1|[ \t])*\n")
BLOCK_MATH = re.compile(r" {0,3}(\\)?\$\$(.*?)\$\$([ \t]*\n)?", re.S)
FOOTNOTE_DEF = re.compile(r" {0,3}\[\^(\w[\w-]*)\]:[ \t]*(.*\n)")
LINK_DEF = re.compile(
    r" {0,3}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?\S[^\n]*?))"
    r"""(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?(["'])(.+?)\4)?[ \t]*?\n"""
)
ABBREV_DEF = re.compile(r" {0,3}\*\[(.+?)\]:(.*?)\n")
LIST_START_UL = re.compile(r"( {0,3}[+*-])([\t ].*\n)")
LIST_START_OL = re.compile(r"( {0,3}\d+\.)([\t ].*\n)")
LIST_START = re.compile(r" {0,3}(?:[+*-]|\d+\.)[\t ].*\n")
DEFINITION_START = re.compile(r"( {0,3}:)([\t ].*\n)")
HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
HTML_INSTRUCTION = re.compile(r"<\?(.*?)\?>", re.S)
HTML_ATTRS = r"""(?:\s+[^\s"'/>=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*"""
HTML_TAG = re.compile(rf"<({HTML_NAME})({HTML_ATTRS})\s*(/)?>", re.S)
HTML_TAG_CLOSE = re.compile(rf"</({HTML_NAME})\s*>", re.S)
HTML_BLOCK_START = re.compile(rf" {{0,3}}<(?:{HTML_NAME}|!--|/)")

_LAZY_END = (
    rf"[ \t\f\v\r]*\n|{IAL_BLOCK}|\^\s*?\n|{OPT_SPACE}{LAZY_END_HTML_STOP}|{OPT_SPACE}{LAZY_END_HTML_START}|\Z"
)
# kramdown's PARAGRAPH_START: a line whose first character after at most three spaces is neither a space nor a tab
PARAGRAPH_START = re.compile(rf"{OPT_SPACE}[^ \t\n]")
PARAGRAPH_END_GFM = re.compile(
    rf"(?:{_LAZY_END}|{OPT_SPACE}(?:[+*-]|\d+\.)[\t ].*\n|#{{1,6}}[\t ]+.*\n|{OPT_SPACE}:[\t ].*\n"
    rf"|{OPT_SPACE}> ?|{OPT_SPACE}[~`]{{3,}})"
)
PARAGRAPH_END_KRAMDOWN = re.compile(rf"(?:{_LAZY_END}|{OPT_SPACE}:[\t ].*\n)")
LAZY_BLOCKERS = re.compile(rf"(?:{IAL_BLOCK}|{LAZY_END_HTML_STOP}|{LAZY_END_HTML_START})")

# What Ruby's strip and \s treat as white space: ASCII only (a no-break space is text).
RUBY_WHITESPACE = " \t\n\v\f\r\x00"


def is_ruby_space(char: str) -> bool:
    r"""Ruby's `\s` for one character (False for the empty string at the start of the text)."""
    return char != "" and char in RUBY_WHITESPACE
