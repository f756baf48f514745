"""Liquid::Lexer and Liquid::Parser: Ruby Liquid's strict reading of variables and conditions.

The parser hands expressions back as markup text, which Expression.parse then reads, exactly as
Ruby does; so strict and lax parses produce the same expression objects (jekyll_py.liquid.lax).
"""

from __future__ import annotations

import re

from liquid.exceptions import LiquidSyntaxError

# Liquid::Lexer's token patterns, tried in this order at each position.
LEXER = re.compile(r"""
    (?:
      (?P<comparison>==|!=|<>|<=?|>=?|contains(?=\s))
    | (?P<string>'[^']*'|"[^"]*")
    | (?P<number>-?\d+(?:\.\d+)?)
    | (?P<id>[a-zA-Z_][\w-]*\??)
    | (?P<dotdot>\.\.)
    | (?P<special>[|.:,\[\]()?-])
    )""", re.VERBOSE)
SPECIALS = {"|": "pipe", ".": "dot", ":": "colon", ",": "comma", "[": "open_square",
            "]": "close_square", "(": "open_round", ")": "close_round", "?": "question", "-": "dash"}


def lex(markup: str) -> list[tuple[str, str]]:
    """Liquid::Lexer#tokenize: (kind, text) pairs ending with `end_of_string`."""
    tokens: list[tuple[str, str]] = []
    pos, end = 0, len(markup)
    while True:
        while pos < end and markup[pos].isspace():
            pos += 1
        if pos >= end:
            break
        match = LEXER.match(markup, pos)
        if match is None:
            raise LiquidSyntaxError(f"Unexpected character {markup[pos]}", token=None)
        kind = match.lastgroup or "special"
        text = match.group(kind)
        tokens.append((SPECIALS[text] if kind == "special" else kind, text))
        pos = match.end()
    tokens.append(("end_of_string", ""))
    return tokens


class RubyParser:
    """Liquid::Parser: reads expressions back as markup text, for Expression.parse."""

    def __init__(self, markup: str) -> None:
        self.tokens = lex(markup)
        self.pos = 0

    def consume(self, kind: str | None = None) -> str:
        token_kind, text = self.tokens[self.pos]
        if kind is not None and token_kind != kind:
            raise LiquidSyntaxError(f"Expected {kind} but found {token_kind}", token=None)
        self.pos += 1
        return text

    def look(self, kind: str, ahead: int = 0) -> bool:
        index = self.pos + ahead
        return index < len(self.tokens) and self.tokens[index][0] == kind

    def accept(self, kind: str) -> str | None:
        """Parser#consume?: the token's text if it is of `kind` (and consume it), else None."""
        if self.tokens[self.pos][0] != kind:
            return None
        return self.consume()

    def accept_id(self, name: str) -> bool:
        """Parser#id?: consume an identifier token that reads exactly `name`."""
        if self.tokens[self.pos] != ("id", name):
            return False
        self.pos += 1
        return True

    def expression(self) -> str:
        kind, text = self.tokens[self.pos]
        if kind == "id":
            return self.consume() + self.variable_lookups()
        if kind == "open_square":
            return self.consume() + self.expression() + self.consume("close_square") + self.variable_lookups()
        if kind in ("string", "number"):
            return self.consume()
        if kind == "open_round":
            self.consume()
            first = self.expression()
            self.consume("dotdot")
            last = self.expression()
            self.consume("close_round")
            return f"({first}..{last})"
        shown = f"[:{kind}, {text!r}]" if text else f"[:{kind}]"
        raise LiquidSyntaxError(f"{shown} is not a valid expression", token=None)

    def argument(self) -> tuple[str | None, str]:
        """Parser#argument: `(keyword, markup)`, the keyword None for a positional argument."""
        keyword = None
        if self.look("id") and self.look("colon", 1):
            keyword = self.consume()
            self.consume()
        return keyword, self.expression()

    def variable_lookups(self) -> str:
        parts: list[str] = []
        while True:
            kind = self.tokens[self.pos][0]
            if kind == "open_square":
                parts += [self.consume(), self.expression(), self.consume("close_square")]
            elif kind == "dot":
                parts += [self.consume(), self.consume("id")]
            else:
                return "".join(parts)
