"""Rouge's `yaml` lexer, with its indentation stack: keys `na`, indicators `pi`, plain scalars `s`/`nv`."""

from __future__ import annotations

import re
from typing import Any

from pygments.token import Comment, Error, Keyword, Name, Number, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include

Indicator = Punctuation.Indicator
PLAIN_SCALAR_START = r"[^ \t\n\r\f\v?:,\[\]{}#&*!\|>'\"%@`]"


def _reset_indent(ctx: Context) -> None:
    ctx.vars.update(indent_stack=[0], next_indent=0, block_scalar_indent=None)


def _indent(ctx: Context) -> int:
    return ctx.vars["indent_stack"][-1]


def _save_indent(ctx: Context, text: str) -> tuple[str, str]:
    """Rouge's `save_indent`: a dedent pops the indent stack; the part past the new level is an error."""
    ctx.vars["next_indent"] = len(text)
    stack = ctx.vars["indent_stack"]
    if len(text) >= stack[-1]:
        return text, ""
    while len(text) < stack[-1]:
        stack.pop()
    return text[: stack[-1]], text[stack[-1] :]


def _set_indent(ctx: Context, text: str, implicit: bool = False) -> None:
    if _indent(ctx) < ctx.vars["next_indent"]:
        ctx.vars["indent_stack"].append(ctx.vars["next_indent"])
    if not implicit:
        ctx.vars["next_indent"] += len(text)


def _continue_indent(ctx: Context, text: str) -> None:
    ctx.vars["next_indent"] += len(text)


def _document_start(token: Any, state: str) -> Any:
    def action(ctx: Context, m: re.Match[str]) -> None:
        ctx.token(token)
        _reset_indent(ctx)
        ctx.push(state)

    return action


def _line_start(ctx: Context, m: re.Match[str]) -> None:
    text, err = _save_indent(ctx, m.group(0))
    ctx.token(Text, text)
    ctx.token(Error, err)
    ctx.push("block_line")
    ctx.push("indentation")


def _indentation_end(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Text)
    _continue_indent(ctx, m.group(0))
    ctx.pop()


def _indentation_spaces(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Text)
    _continue_indent(ctx, m.group(0))


def _indentation_indicator(ctx: Context, m: re.Match[str]) -> None:
    _set_indent(ctx, m.group(0))
    ctx.token(Indicator)


def _mapping_key(ctx: Context, m: re.Match[str]) -> None:
    groups(Name.Attribute, Indicator)(ctx, m)
    _set_indent(ctx, m.group(0), implicit=True)


def _block_scalar(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Indicator)
    ctx.push("block_scalar_content")
    ctx.push("block_scalar_header")


def _blank_scalar_line(ctx: Context, m: re.Match[str]) -> None:
    text = m.group(0)
    mark = ctx.vars["block_scalar_indent"] or len(text)
    ctx.token(Text, text[:mark])
    ctx.token(Name.Constant, text[mark:])


def _scalar_line_indent(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Text)
    size = len(m.group(0))
    dedent_level = ctx.vars["block_scalar_indent"] or _indent(ctx)
    if ctx.vars["block_scalar_indent"] is None:
        ctx.vars["block_scalar_indent"] = size
    if size < dedent_level:
        _save_indent(ctx, m.group(0))
        ctx.pop()
        ctx.push("indentation")


def _ruby_to_i(text: str) -> int:
    """Ruby's String#to_i: the leading signed integer, 0 when there is none."""
    m = re.match(r"[+-]?\d+", text)
    return int(m.group(0)) if m else 0


def _block_scalar_header(ctx: Context, m: re.Match[str]) -> None:
    ctx.vars["block_scalar_indent"] = None
    ctx.goto("ignored_line")
    if not m.group(0):
        return
    # Rouge reads the increment from the whole header group (`m[1]`), sign included
    ctx.vars["block_scalar_indent"] = _indent(ctx) + _ruby_to_i(m.group(1))
    ctx.token(Indicator)


def _plain_scalar_newline(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Text)
    ctx.push("plain_scalar_in_block_context_new_line")


def _plain_scalar_next_line(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Text)
    ctx.pop()
    if len(m.group(0)) <= _indent(ctx):
        ctx.pop()
        _save_indent(ctx, m.group(0))
        ctx.push("indentation")


def _goto_ignored(*tokens: Any) -> Any:
    def action(ctx: Context, m: re.Match[str]) -> None:
        groups(*tokens)(ctx, m)
        ctx.goto("ignored_line")

    return action


class YamlLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::YAML`."""

    def start(self, ctx: Context) -> None:
        _reset_indent(ctx)

    tokens = {
        "basic": [(r"#.*$", Comment.Single)],
        "root": [
            include("basic"),
            (r"\n+", Text),
            (r"[ ]+(?=#|$)", Text),
            (r"^%YAML\b", _document_start(Name.Tag, "yaml_directive")),
            (r"^%TAG\b", _document_start(Name.Tag, "tag_directive")),
            (r"^(?:---|\.\.\.)(?= |$)", _document_start(Name.Namespace, "block_line")),
            (r"[ ]*(?!\s|$)", _line_start),
        ],
        "indentation": [
            (r"\s*?\n", lambda ctx, m: (ctx.token(Text), ctx.pop(2))),
            (r"[ ]+(?=[-:?](?:[ ]|$))", _indentation_spaces),
            (r"[?:-](?=[ ]|$)", _indentation_indicator),
            (r"[ ]*", _indentation_end),
        ],
        "block_line": [
            (r"[ ]*(?=#|$)", Text, "#pop"),
            (r"[ ]+", Text),
            include("descriptors"),
            include("block_nodes"),
            include("flow_nodes"),
            (rf"(?={PLAIN_SCALAR_START}|[?:-][^ \t\n\r\f\v])", Name.Variable, "plain_scalar_in_block_context"),
        ],
        "descriptors": [
            (r"!<[0-9A-Za-z;/?:@&=+$,_.!~*'()\[\]%-]+>", Keyword.Type),
            (r"(?:![\w-]+)?!(?:[\w;/?:@&=+$,.!~*'()\[\]%-]*)", Keyword.Type),
            (r"&(?u:[\w-]+)", Name.Label),
            (r"\*(?u:[\w-]+)", Name.Variable),
        ],
        "block_nodes": [
            (r"([^#,:?\[\]{}\"'\n]+)(:)(?=\s|$)", _mapping_key),
            (r"[\|>][+-]?", _block_scalar),
        ],
        "flow_nodes": [
            (r"\[", Indicator, "flow_sequence"),
            (r"\{", Indicator, "flow_mapping"),
            (r"'", String.Single, "single_quoted_scalar"),
            (r'"', String.Double, "double_quoted_scalar"),
        ],
        "flow_collection": [
            (r"\s+", Text),
            include("basic"),
            (r"[?:,]", Indicator),
            include("descriptors"),
            include("flow_nodes"),
            (rf"(?={PLAIN_SCALAR_START})", lambda ctx, m: ctx.push("plain_scalar_in_flow_context")),
        ],
        "flow_sequence": [(r"\]", Indicator, "#pop"), include("flow_collection")],
        "flow_mapping": [(r"\}", Indicator, "#pop"), include("flow_collection")],
        "block_scalar_content": [
            (r"\n+", Text),
            (r"^[ ]+$", _blank_scalar_line),
            (r"^[ ]*", _scalar_line_indent),
            (r"[^\n\r\f\v]+", String),
        ],
        "block_scalar_header": [(r"(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)", _block_scalar_header)],
        "ignored_line": [include("basic"), (r"[ ]+", Text), (r"\n", Text, "#pop")],
        "quoted_scalar_whitespaces": [
            (r"^[ ]+", Text),
            (r"[ ]+$", Text),
            (r"\n+", Text),
            (r"[ ]+", Name.Variable),
        ],
        "single_quoted_scalar": [
            include("quoted_scalar_whitespaces"),
            (r"\\'", String.Escape),
            (r"'", String, "#pop"),
            (r"[^\s']+", String),
        ],
        "double_quoted_scalar": [
            (r'"', String, "#pop"),
            include("quoted_scalar_whitespaces"),
            (r'\\[0abt\tn\nvfre "\\N_LP]', String.Escape),
            (r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})", String.Escape),
            (r'[^ \t\n\r\f\v"\\]+', String),
        ],
        "plain_scalar_in_block_context_new_line": [
            (r"^[ ]+\n", Text),
            (r"\n+", Text),
            (r"^(?=---|\.\.\.)", lambda ctx, m: ctx.pop(3)),
            (r"^[ ]*", _plain_scalar_next_line),
        ],
        "plain_scalar_in_block_context": [
            (r"[ ]*(?=:[ \n]|:$)", Text, "#pop"),
            (r"[ ]*:\S+", String),
            (r"[ ]+(?=#)", Text, "#pop"),
            (r"[ ]+$", Text),
            (r"\n+", _plain_scalar_newline),
            (r"[ ]+", String),
            (r"true|false|null", Name.Constant),
            (r"\d+(?:\.\d+)?(?=(\r?\n)| +#)", Number, "#pop"),
            (r"[^\s:]+", String),
        ],
        "plain_scalar_in_flow_context": [
            (r"[ ]*(?=[,:?\[\]{}])", Text, "#pop"),
            (r"[ ]+(?=#)", Text, "#pop"),
            (r"^[ ]+", Text),
            (r"[ ]+$", Text),
            (r"\n+", Text),
            (r"[ ]+", Name.Variable),
            (r"[^\s,:?\[\]{}]+", Name.Variable),
        ],
        "yaml_directive": [(r"([ ]+)(\d+\.\d+)", _goto_ignored(Text, Number))],
        "tag_directive": [
            (
                r"([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()\[\]%-]+)",
                _goto_ignored(Text, Keyword.Type, Text, Keyword.Type),
            )
        ],
    }
