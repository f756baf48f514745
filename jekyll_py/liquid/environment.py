"""The Liquid environment Jekyll 4.3 renders with: Ruby Liquid 5.4 plus Jekyll's tags and filters.

`LiquidEngine` is the one object the site builder talks to: it parses (and caches) templates,
renders them with a payload, and turns every engine error into a located `LiquidError`.
Error modes follow `site.config["liquid"]` as Jekyll reads it (`error_mode`, `strict_filters`,
`strict_variables`).
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import Any, TextIO

import liquid.exceptions as engine_errors
from liquid import Environment, Mode, RenderContext
from liquid.lex import _tokenize_template, compile_liquid_rules
from liquid.template import BoundTemplate
from liquid.token import Token
from liquid.undefined import StrictUndefined, Undefined

from jekyll_py import log
from jekyll_py.errors import LiquidError
from jekyll_py.liquid import filters, tags
from jekyll_py.liquid.context import JekyllRenderContext
from jekyll_py.liquid.errors import (
    RubySyntaxError,
    missing_markup,
    plain_message,
    to_jekyll_error,
    token_position,
)

MODES = {"lax": Mode.LAX, "warn": Mode.WARN, "strict": Mode.STRICT}

# Filters python-liquid 2 ships that Ruby Liquid 5.4 does not have; Ruby passes unknown
# filters through untouched, so these must not exist here either.
NOT_IN_RUBY_LIQUID_5_4 = ("find_index", "has", "reject", "sum", "squish")


class JekyllTemplate(BoundTemplate):
    """A parsed template that knows its site-relative path and its front-matter line count."""

    context_class = JekyllRenderContext
    line_offset: int = 0

    def make_globals(self, render_args: Mapping[str, object]) -> Mapping[str, object]:
        """The render arguments themselves when the template has no front matter or globals of its
        own (always, for Jekyll): a plain dict is the cheapest scope to look `site` and `page` up in."""
        if not self.matter and not self.globals:
            return render_args
        return super().make_globals(render_args)

    def render_with_context(self, context: RenderContext, buffer: TextIO, *args: Any,
                            partial: bool = False, block_scope: bool = False, **kwargs: Any) -> None:
        """The base class's loop, minus the work a Jekyll render never needs: no render arguments to
        merge, and no disabled tags to check before each node (only `render` disables any)."""
        if args or kwargs or context.disabled_tags:
            super().render_with_context(context, buffer, *args, partial=partial, block_scope=block_scope,
                                        **kwargs)
            return
        with context.extend({"partial": partial}):
            for node in self.nodes:
                try:
                    node.render_to_output(context, buffer)
                except engine_errors.LiquidInterrupt as err:
                    if not partial or block_scope:  # a break/continue outside any loop
                        self.env.error(engine_errors.LiquidSyntaxError(f"unexpected '{err}'", token=node.token))
                    else:
                        raise
                except engine_errors.StopRender:
                    break
                except engine_errors.LiquidError as err:
                    self.env.error(err, token=node.token)


class JekyllUndefined(StrictUndefined):
    """`strict_variables: true`: Ruby raises `Liquid::UndefinedVariable: undefined variable x`."""

    def __init__(self, name: str, *, token: Token | None, obj: object = None,
                 hint: str | None = None) -> None:
        super().__init__(name, token=token, obj=obj, hint=hint)
        self.msg = f"undefined variable {name}"


@functools.cache
def ruby_lexer() -> Callable[[str], Iterator[Token]]:
    """python-liquid's lexer with its content rule ending at `\\Z` instead of `$`.

    `$` also matches before a final newline, which then becomes a separate content token that a
    preceding `-%}` strips: `{%- endif -%}\\n</div>\\n` lost its last newline. Ruby keeps it.
    """
    rules = compile_liquid_rules()
    assert rules.pattern.count("|$)") == 1
    fixed = re.compile(rules.pattern.replace("|$)", r"|\Z)"), rules.flags)
    return partial(_tokenize_template, rules=fixed)


class JekyllEnvironment(Environment):
    """python-liquid configured and extended to behave like Jekyll's Liquid 5.4.

    Ruby parses first and reports syntax errors by mode (warn/lax/strict), but always raises
    errors that happen while rendering (Jekyll calls `render!`); `error()` reproduces that.
    """

    template_class = JekyllTemplate

    # Ruby Liquid's Block::MAX_DEPTH: blocks nested, or scopes stacked by includes and loops, past 100
    # raise "Nesting too deep" (python-liquid stops at 30, which would break sites Jekyll builds).
    block_nesting_limit = 100
    # An include stacks two scopes here (its own and its template's), one in Ruby: 202 lets the deepest
    # include chain Jekyll renders (99 files) render here too, and the 100th fails as in Jekyll.
    context_depth_limit = 202
    # Jekyll sets no resource limits, so `{% for i in (1..100000000) %}` runs for minutes; a nest of loops
    # stops at ten million iterations, far above real sites (every post against every post of 3000).
    loop_iteration_limit = 10_000_000

    def __init__(self, site: Any, liquid_config: Mapping[str, Any]) -> None:
        mode = MODES.get(str(liquid_config.get("error_mode", "warn")), Mode.WARN)
        super().__init__(
            tolerance=mode,
            strict_filters=bool(liquid_config.get("strict_filters", False)),
            undefined=JekyllUndefined if liquid_config.get("strict_variables") else Undefined,
        )
        self.site = site
        self.strict_variables = bool(liquid_config.get("strict_variables"))
        self.parsing_path: str | None = None
        self.parse_warnings: list[str] = []
        for name in NOT_IN_RUBY_LIQUID_5_4:
            self.filters.pop(name, None)
        tags.register(self)
        filters.register(self)

    def tokenizer(self) -> Callable[[str], Iterator[Token]]:
        return ruby_lexer()

    def parse_template(self, source: str, path: str, line_offset: int = 0) -> JekyllTemplate:
        """Parse `source` as the template at site-relative `path`, collecting syntax warnings."""
        outer = self.parsing_path
        self.parsing_path = path
        self._line_offset = line_offset
        try:
            template = self.from_string(source, path=path)
        except engine_errors.LiquidError as err:
            # from_string wraps errors that are not syntax errors; report the original.
            cause = err.__cause__ if isinstance(err.__cause__, engine_errors.LiquidError) else err
            located = to_jekyll_error(cause, path, line_offset)
            if located.line is None:  # an unclosed block: Ruby reports the end of the template
                located.line = source.count("\n") + 1 + line_offset
            raise located from err
        finally:
            self.parsing_path = outer
        assert isinstance(template, JekyllTemplate)
        template.line_offset = line_offset
        return template

    def error(self, exc: Any, msg: str | None = None, token: Token | None = None) -> None:
        """Raise render errors always; syntax errors by mode, as Ruby Liquid does."""
        if not isinstance(exc, engine_errors.LiquidError):
            exc = exc(msg, token=token)
        elif not exc.token:
            exc.token = token
        if self.parsing_path is None or self.mode == Mode.STRICT or is_structural(exc):
            raise ruby_arity_error(exc, self.filters)
        if self.mode == Mode.WARN:
            self._warn(exc)

    def _warn(self, exc: engine_errors.LiquidError) -> None:
        """Jekyll's `Liquid Warning: Liquid syntax error (line N): ... in PATH` line."""
        line, _ = token_position(exc.token, getattr(self, "_line_offset", 0))
        where = f" (line {line})" if line is not None else ""
        text = f"Liquid syntax error{where}: {plain_message(exc)} in {self.parsing_path}"
        self.parse_warnings.append(text)
        log.warn("Liquid Warning:", text)


PY_ARITY = re.compile(r"^(\w+): \w+\(\) (?:missing (\d+) required|takes (?:from \d+ to )?\d+ positional"
                      r" arguments? but (\d+) (?:were|was) given)")


def ruby_arity_error(exc: engine_errors.LiquidError, filters: Mapping[str, Any]) -> engine_errors.LiquidError:
    """Python's wrong-argument-count TypeError, reworded as Ruby's ArgumentError message."""
    match = PY_ARITY.match(str(exc.message))
    func = filters.get(match.group(1)) if match else None
    if match is None or func is None:
        return exc
    params = [p for p in inspect.signature(func).parameters.values()
              if p.kind == p.POSITIONAL_OR_KEYWORD]
    required = sum(1 for p in params if p.default is p.empty)
    given = required - int(match.group(2)) if match.group(2) else int(match.group(3))
    expected = str(required) if required == len(params) else f"{required}..{len(params)}"
    exc.args = (f"wrong number of arguments (given {given}, expected {expected})",)
    return exc


STRUCTURAL_ERRORS = re.compile(r"^(unexpected tag|expected tag end|.* was never closed)")


def is_structural(exc: engine_errors.LiquidError) -> bool:
    """Unknown tags and unclosed blocks fail in every mode; only markup errors are tolerated."""
    if not isinstance(exc, engine_errors.LiquidSyntaxError) or isinstance(exc, RubySyntaxError):
        return True
    return bool(STRUCTURAL_ERRORS.match(str(exc.message))) or missing_markup(exc) is not None


class LiquidEngine:
    """Parse and render Jekyll templates for one site build."""

    def __init__(self, site: Any) -> None:
        self.site = site
        config = getattr(site, "config", {}) or {}
        self.env = JekyllEnvironment(site, config.get("liquid") or {})
        self._cache: dict[tuple[str, str], JekyllTemplate] = {}

    def parse(self, source: str, path: str = "", line_offset: int = 0) -> JekyllTemplate:
        """Parse a template once per (path, source) for the engine's lifetime."""
        key = (path, source)
        template = self._cache.get(key)
        if template is None:
            template = self.env.parse_template(source, path, line_offset)
            self._cache[key] = template
        return template

    def render(self, template: JekyllTemplate, payload: Mapping[str, Any]) -> str:
        """Render a parsed template; every failure surfaces as a located LiquidError."""
        try:
            return template.render(payload)
        except LiquidError:
            raise
        except engine_errors.LiquidError as err:
            raise to_jekyll_error(err, str(template.path or ""), template.line_offset) from err

    def include_path(self, path: Path) -> str:
        """A file's name as error messages show it: relative to the site when inside it."""
        try:
            return str(Path(path).relative_to(self.site.source))
        except ValueError:
            return str(path)
