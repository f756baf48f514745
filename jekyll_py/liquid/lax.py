"""Ruby Liquid's variables (`{{ ... }}`, `assign`, `echo`): strict parse, else a warning and the lax parse.

Both parses read markup as Ruby's Liquid::Variable does and yield the same objects. The strict
one uses Ruby's lexer (jekyll_py.liquid.ruby_parser). When it fails, Jekyll's default `warn`
mode warns and re-reads the markup with regexes: the first quoted fragment is the value, each
`|`-separated chunk's first word is a filter, and `:`/`,`-introduced fragments are its
arguments; everything else is silently ignored. That is how `{{ x | upcase junk }}` and
`assign a = (x | downcase)` render.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from liquid import Mode
from liquid.exceptions import FilterArgumentError, LiquidSyntaxError
from liquid.expression import Expression

from jekyll_py.liquid.ruby_parser import RubyParser

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.token import Token

QUOTED_STRING = r"\"[^\"]*\"|'[^']*'"
QUOTED_FRAGMENT = rf"(?:{QUOTED_STRING}|(?:[^\s,\|'\"]|{QUOTED_STRING})+)"
MARKUP_WITH_QUOTED_FRAGMENT = re.compile(rf"({QUOTED_FRAGMENT})(.*)", re.DOTALL)
FILTER_MARKUP = re.compile(r"\|\s*(.*)", re.DOTALL)
FILTER_PARSER = re.compile(rf"(?:\s+|{QUOTED_FRAGMENT}|,)+")
FILTER_ARGS = re.compile(rf"(?::|,)\s*((?:\w+\s*:\s*)?{QUOTED_FRAGMENT})")
TAG_ATTRIBUTE = re.compile(rf"\A(\w[\w-]*)\s*:\s*({QUOTED_FRAGMENT})\Z")
VARIABLE_PARSER = re.compile(r"\[[^\]]+\]|[\w-]+\??")
INTEGER = re.compile(r"\A(-?\d+)\Z")
FLOAT = re.compile(r"\A(-?\d[\d.]+)\Z")
RANGE = re.compile(r"\A\(\s*(\S+)\s*\.\.\s*(\S+)\s*\)\Z")
LITERALS: dict[str, Any] = {"nil": None, "null": None, "": None, "true": True, "false": False,
                            "blank": "", "empty": ""}


class Constant(Expression):
    __slots__ = ("value",)

    def __init__(self, token: Token, value: Any) -> None:
        super().__init__(token)
        self.value = value

    def evaluate(self, context: RenderContext) -> Any:
        return self.value

    def children(self) -> Iterable[Expression]:
        return []


class Lookup(Expression):
    """Ruby's VariableLookup: a name (or `[expr]`) followed by `.key` and `[expr]` steps."""

    __slots__ = ("steps", "path")

    def __init__(self, token: Token, steps: list[Expression | str]) -> None:
        super().__init__(token)
        self.steps = steps
        # Most lookups (`page.title`) are names only: their path is built once, not on every render.
        self.path: list[object] | None = list(steps) if all(isinstance(s, str) for s in steps) else None

    def evaluate(self, context: RenderContext) -> Any:
        path = self.path
        if path is None:
            path = [step if isinstance(step, str) else step.evaluate(context) for step in self.steps]
        return context.get(path, token=self.token)

    def children(self) -> Iterable[Expression]:
        return [step for step in self.steps if isinstance(step, Expression)]


class RangeExpression(Expression):
    __slots__ = ("start", "stop")

    def __init__(self, token: Token, start: Expression, stop: Expression) -> None:
        super().__init__(token)
        self.start, self.stop = start, stop

    def evaluate(self, context: RenderContext) -> range:
        from jekyll_py.liquid.values import to_number

        return range(int(to_number(self.start.evaluate(context))),
                     int(to_number(self.stop.evaluate(context))) + 1)

    def children(self) -> Iterable[Expression]:
        return [self.start, self.stop]


def parse_expression(markup: str, token: Token) -> Expression:
    """Ruby's Expression.parse: literals, integers, ranges, floats, else a variable lookup."""
    markup = markup.strip()
    if len(markup) >= 2 and markup[0] == markup[-1] and markup[0] in "\"'":
        return Constant(token, markup[1:-1])
    if match := INTEGER.match(markup):
        return Constant(token, int(match.group(1)))
    if match := RANGE.match(markup):
        return RangeExpression(token, parse_expression(match.group(1), token),
                               parse_expression(match.group(2), token))
    if match := FLOAT.match(markup):
        return Constant(token, _ruby_to_f(match.group(1)))
    if markup in LITERALS:
        return Constant(token, LITERALS[markup])
    return parse_lookup(markup, token)


def _ruby_to_f(text: str) -> float:
    """String#to_f: the longest leading float (`1.2.3` is 1.2)."""
    match = re.match(r"-?\d+(\.\d+)?", text)
    return float(match.group(0)) if match else 0.0


def parse_lookup(markup: str, token: Token) -> Expression:
    steps: list[Expression | str] = []
    for part in VARIABLE_PARSER.findall(markup):
        if part.startswith("["):
            steps.append(parse_expression(part[1:-1], token))
        else:
            steps.append(part)
    if not steps:
        return Constant(token, None)
    return Lookup(token, steps)


class FilterCall:
    """One `| name: args` of a variable; Ruby passes `key: value` arguments as one trailing hash."""

    __slots__ = ("name", "args", "kwargs", "token")

    def __init__(self, name: str, args: list[Expression], kwargs: dict[str, Expression],
                 token: Token) -> None:
        self.name, self.args, self.kwargs, self.token = name, args, kwargs, token

    def apply(self, value: Any, context: RenderContext) -> Any:
        func = context.filter(self.name, token=self.token)
        args = [arg.evaluate(context) for arg in self.args]
        if self.kwargs:
            args.append({key: arg.evaluate(context) for key, arg in self.kwargs.items()})
        try:
            return func(value, *args)
        except TypeError as err:
            raise FilterArgumentError(f"{self.name}: {err}", token=self.token) from err


class Variable(Expression):
    __slots__ = ("left", "filters")

    def __init__(self, token: Token, left: Expression, filters: list[FilterCall]) -> None:
        super().__init__(token)
        self.left, self.filters = left, filters

    def evaluate(self, context: RenderContext) -> Any:
        value = self.left.evaluate(context)
        for lax_filter in self.filters:
            value = lax_filter.apply(value, context)
        return value

    def children(self) -> Iterable[Expression]:
        return [self.left]


def _parse_filter(chunk: str, token: Token) -> FilterCall | None:
    name = re.search(r"\w+", chunk)
    if not name:
        return None
    args: list[Expression] = []
    kwargs: dict[str, Expression] = {}
    for arg in FILTER_ARGS.findall(chunk):
        if attribute := TAG_ATTRIBUTE.match(arg):
            kwargs[attribute.group(1)] = parse_expression(attribute.group(2), token)
        else:
            args.append(parse_expression(arg, token))
    return FilterCall(name.group(0), args, kwargs, token)


def parse_variable(markup: str, token: Token) -> Expression:
    """Ruby's Variable#lax_parse."""
    match = MARKUP_WITH_QUOTED_FRAGMENT.search(markup)
    if not match:
        return Constant(token, None)
    left = parse_expression(match.group(1), token)
    filters: list[FilterCall] = []
    if filter_markup := FILTER_MARKUP.search(match.group(2)):
        for chunk in FILTER_PARSER.findall(filter_markup.group(1)):
            parsed = _parse_filter(chunk, token)
            if parsed is not None:
                filters.append(parsed)
    return Variable(token, left, filters)


def strict_parse_variable(markup: str, token: Token) -> Expression:
    """Variable#strict_parse: `expression (| filter (: argument (, argument)*)?)*`."""
    parser = RubyParser(markup)
    if parser.look("end_of_string"):
        return Constant(token, None)
    left = parse_expression(parser.expression(), token)
    filters: list[FilterCall] = []
    while parser.accept("pipe") is not None:
        name = parser.consume("id")
        args: list[Expression] = []
        kwargs: dict[str, Expression] = {}
        if parser.accept("colon") is not None:
            while True:
                keyword, argument = parser.argument()
                if keyword is None:
                    args.append(parse_expression(argument, token))
                else:
                    kwargs[keyword] = parse_expression(argument, token)
                if parser.accept("comma") is None:
                    break
        filters.append(FilterCall(name, args, kwargs, token))
    parser.consume("end_of_string")
    return Variable(token, left, filters) if filters else left


def parse_variable_markup(env: Any, markup: str, token: Token) -> Expression:
    """Ruby's Variable.new by mode: strict; lax; or strict, else a warning and the lax parse."""
    if env.mode == Mode.LAX:
        return parse_variable(markup, token)
    try:
        return strict_parse_variable(markup, token)
    except LiquidSyntaxError as err:
        err.token = token
        err.args = (f"{err.message} in \"{{{{{markup}}}}}\"",)
        env.error(err)  # raises in strict mode; warns in warn mode
        return parse_variable(markup, token)
