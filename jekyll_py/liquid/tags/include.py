"""Jekyll's `include` and `include_relative` tags (lib/jekyll/tags/include.rb).

Jekyll does not use Liquid's include: the markup is matched with Jekyll's own regexes
(unquoted paths, `{{ var }}` in the path, `key=value` parameters into `include.*`), files are
looked up in `site.includes_load_paths` in order, and each file is parsed once per build.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from io import StringIO
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING, Any, TextIO

import liquid.exceptions as engine_errors
from liquid.ast import Node
from liquid.builtin.expressions import parse_primitive, tokenize
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG, Token

from jekyll_py.errors import LiquidError
from jekyll_py.liquid.errors import JekyllTagError, to_jekyll_error, token_position
from jekyll_py.liquid.values import inspect

if TYPE_CHECKING:
    from liquid import Environment, RenderContext
    from liquid.expression import Expression
    from liquid.template import BoundTemplate

VALID_SYNTAX = re.compile(
    r"""([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))"""
)
VARIABLE_SYNTAX = re.compile(
    r"(?P<variable>[^{]*(\{\{\s*[\w\-.]+\s*(\|.*)?\}\}[^\s{}]*)+)(?P<params>.*)", re.DOTALL
)
FULL_VALID_SYNTAX = re.compile(rf"\A\s*(?:{VALID_SYNTAX.pattern}(?=\s|\Z)\s*)*\Z")
VALID_FILENAME_CHARS = re.compile(r"^[\w/.\-()+~#@]+$", re.MULTILINE)
INVALID_SEQUENCES = re.compile(r"[./]{2,}")


class IncludeNode(Node):
    """One `{% include %}`: a file name (maybe itself a template) and its parameters."""

    __slots__ = ("file", "file_template", "params", "tag_name", "last_found")

    def __init__(self, token: Token, tag_name: str, file: str,
                 file_template: BoundTemplate | None,
                 params: list[tuple[str, object]] | None) -> None:
        super().__init__(token)
        self.tag_name = tag_name
        self.file = file
        self.file_template = file_template
        self.params = params
        self.blank = False
        # (directories, file name, path) of the last successful resolve: an include renders with the
        # same directories and name nearly every time, and comparing them is cheaper than hashing Paths.
        self.last_found: tuple[tuple[Path, ...], str, Path] | None = None

    def __str__(self) -> str:
        return f"{{% {self.tag_name} {self.file} %}}"

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        template = self.resolve(context, self._file_name(context))
        namespace: dict[str, object] = {}
        if self.params is not None:
            namespace["include"] = self.param_values(context)
        profiler = getattr(context.env.site, "profiler", None)  # type: ignore[attr-defined]
        parent = context.template
        with context.extend(namespace, template=template):
            if profiler is None:
                render_partial(template, parent, context, buffer, self.token)
            else:
                render_profiled(profiler, template, parent, context, buffer, self.token)
        return 1

    def resolve(self, context: RenderContext, file: str) -> BoundTemplate:
        """The parsed include for `file`; its name is validated and its path found once per build.

        An include renders tens of thousands of times per build; checking the name, searching the
        directories and naming the file for messages each time cost more than rendering small includes.
        Only successes are remembered (keyed by directories and name, like `locate`), so a failure is
        raised again wherever it happens. `load_partial` is still asked every time: the serve
        rebuilder records which includes a render used through its cache.
        """
        dirs = tuple(self.include_dirs(context))
        env = context.env
        last = self.last_found
        if last is not None and last[1] == file and last[0] == dirs:
            path = last[2]
        else:
            valid: dict[tuple[tuple[Path, ...], str], Path] = env.__dict__.setdefault("valid_includes", {})
            key = (dirs, file)
            path = valid.get(key)
            if path is None:
                validate_file_name(file, self.tag_name, self.token)
                path = valid[key] = self.locate(context, file)
            self.last_found = (dirs, file, path)
        try:
            return load_partial(env, path)
        except LiquidError as err:  # a syntax error in the included file
            err.chain.append(_included_from(context.template, self.token))
            raise

    def param_values(self, context: RenderContext) -> dict[str, object] | None:
        """`include.*`: quoted values as written, variables looked up now."""
        if self.params is None:
            return None
        return {key: value if type(value) is str else value.evaluate(context)  # type: ignore[attr-defined]
                for key, value in self.params}

    def _file_name(self, context: RenderContext) -> str:
        """The file to include; `{{ var }}` parts are rendered first, as Jekyll does."""
        if self.file_template is None:
            return self.file
        out = StringIO()
        self.file_template.render_with_context(context, out)
        return out.getvalue()

    def include_dirs(self, context: RenderContext) -> list[Path]:
        """Where `include` looks: the site's `_includes`, then the theme's."""
        load_paths = context.env.site.includes_load_paths  # type: ignore[attr-defined]
        return [p if isinstance(p, Path) else Path(p) for p in load_paths]

    def locate(self, context: RenderContext, file: str) -> Path:
        """The first directory holding `file` wins; Jekyll's IOError text when none does.

        Found paths are remembered for the engine's lifetime (one build), like the parsed files.
        """
        dirs = self.include_dirs(context)
        found: dict[tuple[tuple[Path, ...], str], Path] = context.env.__dict__.setdefault("include_paths", {})
        key = (tuple(dirs), file)
        path = found.get(key)
        if path is None:
            path = found[key] = self._search(context, dirs, file)
        return path

    def _search(self, context: RenderContext, dirs: list[Path], file: str) -> Path:
        safe = bool(context.env.site.config.get("safe"))  # type: ignore[attr-defined]
        for directory in dirs:
            path = directory / file.lstrip("/")  # Ruby's File.join(dir, "/x") is dir/x
            if path.is_file() and not (safe and not _inside(path, directory)):
                return path
        raise JekyllTagError(could_not_locate_message(file, dirs, safe),
                             ruby_class="IOError", token=self.token)

    @staticmethod
    def display_path(env: Environment, path: Path) -> str:
        """A file's name as messages show it: relative to the site source when inside it."""
        try:
            return str(path.relative_to(env.site.source))  # type: ignore[attr-defined]
        except ValueError:
            return str(path)


def _inside(path: Path, directory: Path) -> bool:
    """Jekyll's safe-mode check: the real path must stay under the include directory."""
    try:
        return str(path.resolve()).startswith(str(directory))
    except OSError:
        return False


def could_not_locate_message(file: str, dirs: list[Path], safe: bool) -> str:
    """Jekyll's message for a missing include, word for word."""
    listed = inspect([str(d) for d in dirs])
    message = (f"Could not locate the included file '{file}' in any of {listed}. "
               "Ensure it exists in one of those directories and")
    if safe:
        return message + " is not a symlink as those are not allowed in safe mode."
    return message + ", if it is a symlink, does not point outside your site source."


def syntax_example(tag_name: str) -> str:
    return f"{{% {tag_name} file.ext param='value' param2='value' %}}"


def validate_file_name(file: str, tag_name: str, token: Token) -> None:
    """Jekyll refuses `..`, `//` and characters outside its file-name set."""
    if INVALID_SEQUENCES.search(file) or not VALID_FILENAME_CHARS.search(file):
        raise JekyllTagError(
            "Invalid syntax for include tag. File contains invalid characters or sequences:\n\n"
            f"  {file}\n\nValid syntax:\n\n  {syntax_example(tag_name)}\n\n",
            ruby_class="ArgumentError", token=token)


def load_partial(env: Environment, path: Path) -> BoundTemplate:
    """Parse each include file once per build (Jekyll's `site.inclusions`)."""
    cache: dict[Path, BoundTemplate] = env.__dict__.setdefault("inclusions", {})
    template = cache.get(path)
    if template is None:
        from jekyll_py.frontmatter import read_text  # Jekyll reads includes with "bom|utf-8": a BOM is dropped

        shown = IncludeNode.display_path(env, path)
        template = env.parse_template(read_text(path, shown), shown)  # type: ignore[attr-defined]
        cache[path] = template
    return template


def render_partial(template: BoundTemplate, parent: BoundTemplate | None, context: RenderContext,
                   buffer: TextIO, token: Token) -> None:
    """Render an included file; failures inside it are located in it and chained to here."""
    try:
        template.render_with_context(context, buffer, partial=True)
    except LiquidError as err:
        err.chain.append(_included_from(parent, token))
        raise
    except engine_errors.LiquidError as err:
        located = to_jekyll_error(err, str(template.path), 0)
        located.chain.append(_included_from(parent, token))
        raise located from err


def render_profiled(profiler: Any, template: BoundTemplate, parent: BoundTemplate | None,
                    context: RenderContext, buffer: TextIO, token: Token) -> None:
    """`--profile`: Jekyll lists each include file (`_includes/x.html`) with its count, bytes and time."""
    out = StringIO()
    started = perf_counter()
    render_partial(template, parent, context, out, token)
    text = out.getvalue()
    profiler.record(str(template.path), len(text.encode("utf-8")), perf_counter() - started)
    buffer.write(text)


def _included_from(parent: BoundTemplate | None, token: Token) -> str:
    line, _ = token_position(token, getattr(parent, "line_offset", 0))
    name = str(parent.path) if parent is not None and parent.path else "(template)"
    return f"included from {name} line {line}" if line else f"included from {name}"


class IncludeTag(Tag):
    """`{% include file.html key=value %}` parsed with Jekyll's regexes, not Liquid's."""

    name = "include"
    block = False
    node_class = IncludeNode

    def parse(self, stream: TokenStream) -> Node:
        token = stream.eat(TOKEN_TAG)
        markup = stream.current.value.strip() if stream.current.kind == TOKEN_EXPRESSION else ""
        expr_token = stream.current if stream.current.kind == TOKEN_EXPRESSION else token
        file, params = split_markup(markup)
        file_template = None
        if VARIABLE_SYNTAX.search(file):
            file_template = self.env.from_string(file)
        parsed_params = None
        if params:
            validate_params(params, self.name, token)
            parsed_params = self.parse_params(params, expr_token)
        return self.node_class(token, self.name, file, file_template, parsed_params)

    def parse_params(self, params: str, token: Token) -> list[tuple[str, object]]:
        """`key="v"`, `key='v'` are strings; `key=var` is looked up when rendering."""
        parsed: list[tuple[str, object]] = []
        for match in VALID_SYNTAX.finditer(params):
            key, double, single, variable = match.groups()
            if double is not None:
                parsed.append((key, double.replace('\\"', '"')))
            elif single is not None:
                parsed.append((key, single.replace("\\'", "'")))
            else:
                parsed.append((key, self._variable(variable, token)))
        return parsed

    def _variable(self, name: str, token: Token) -> Expression:
        return parse_primitive(self.env, TokenStream(tokenize(name, token)))


def split_markup(markup: str) -> tuple[str, str]:
    """Jekyll's split of the markup into the file part and the parameter part."""
    matched = VARIABLE_SYNTAX.match(markup)
    if matched:
        return matched.group("variable").strip(), matched.group("params").strip()
    parts = re.split(r"\s+", markup, maxsplit=1)
    return parts[0], (parts[1] if len(parts) > 1 else "")


def validate_params(params: str, tag_name: str, token: Token) -> None:
    if not FULL_VALID_SYNTAX.match(params):
        raise JekyllTagError(
            f"Invalid syntax for include tag:\n\n{params}\n\nValid syntax:\n\n"
            f"{syntax_example(tag_name)}\n\n",
            ruby_class="ArgumentError", token=token)


class IncludeRelativeNode(IncludeNode):
    """`include_relative` looks next to the page being rendered instead of in `_includes`."""

    def include_dirs(self, context: RenderContext) -> list[Path]:
        site = context.env.site  # type: ignore[attr-defined]
        page = context.resolve("page", default=None)
        if not isinstance(page, Mapping) or not page.get("path"):
            return [Path(site.source)]
        path = str(page["path"]).removesuffix("/#excerpt")
        if page.get("collection"):
            path = str(Path(site.config.get("collections_dir") or "", path))
        return [Path(site.source) / Path(path).parent]


class IncludeRelativeTag(IncludeTag):
    name = "include_relative"
    node_class = IncludeRelativeNode




class IncludeCachedNode(IncludeNode):
    """`include_cached` asks `env.include_cache(path, params, render)` when a plugin set one
    (jekyll_py/plugins/include_cache.py); without one it renders like `include`."""

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        cache = getattr(context.env, "include_cache", None)
        if cache is None:
            return super().render_to_output(context, buffer)
        path = self.locate(context, self._file_name(context))
        params = self.param_values(context)

        def render() -> str:
            out = StringIO()
            IncludeNode.render_to_output(self, context, out)
            return out.getvalue()

        return buffer.write(cache(path, params, render))


class IncludeCachedTag(IncludeTag):
    """jekyll-include-cache's `include_cached`: parsed like `include`; same output for same params."""

    name = "include_cached"
    node_class = IncludeCachedNode
