"""Sass and SCSS with libsass, as jekyll-sass-converter 2.2 runs sassc (always on in Jekyll 4.3).

Jekyll compiles `.scss`/`.sass` pages after Liquid with the site's `sass:` options (`sass_dir`,
`load_paths`, `style`, `sourcemap`, `line_comments`, `add_charset`), sassc's default `compact` style
and libsass' precision of 10. Unless `sourcemap:` says otherwise, each page also gets a
`NAME.css.map` page and a `sourceMappingURL` comment. The `sassify`/`scssify` filters use the
same compiler through `site.sass`.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import sys
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from jekyll_py import sass_cache
from jekyll_py.config import site_folders
from jekyll_py.converters import Converter
from jekyll_py.disk_cache import DiskCache, DiskCaches, cache_folder
from jekyll_py.errors import ConversionError
from jekyll_py.page import Page
from jekyll_py.utils import sanitized_path

if TYPE_CHECKING:
    from jekyll_py.plugins.registry import Registry

ALLOWED_STYLES = ("nested", "expanded", "compact", "compressed")
DEFAULT_STYLE = "compact"  # jekyll-sass-converter keeps sassc's old default for backward compatibility
DEFAULT_PRECISION = 10  # libsass' own default, which sassc-ruby keeps; libsass-python's is 5
BYTE_ORDER_MARK = "\ufeff"
ERROR_LOCATION = re.compile(r"\n\s*on line (\d+):(\d+) of ([^\n]+)")


def _libsass() -> Any:
    """The `sass` module of the libsass wheel, or an error that says how to get it."""
    try:
        import sass
    except ImportError:
        raise ConversionError(
            "Sass/SCSS needs libsass, which is not installed",
            hint="install it with `pip install libsass` (a binary wheel; no compiler needed on most platforms)",
        ) from None
    return sass


class SassSite(Protocol):
    """What the compiler reads from the site (a worker started before the Site exists has only these)."""

    config: dict[str, Any]
    source: Path
    environment: str


class SassPage(Protocol):
    """What the compiler reads from a page."""

    relative_path: str
    name: str
    basename: str
    body_line: int


InputKey = tuple[Any, ...]  # everything a page's compilation depends on but its partials (`input_key`)
# input → (css, source map, what libsass printed while compiling it)
Compiled = dict[InputKey, tuple[str, str | None, bytes]]


class SassCompiler:
    """libsass configured from `site.config["sass"]`, shared by the converters and the filters."""

    def __init__(self, site: SassSite) -> None:
        self.site = site
        options = site.config.get("sass")
        self.options: dict[str, Any] = dict(options) if isinstance(options, dict) else {}
        # Compilations made ahead by workers (jekyll_py/parallel.py, jekyll_py/early_sass.py); `pending`
        # waits for those workers' compilations, the first time a page needs them.
        self.precompiled: Compiled = {}
        self.pending: Callable[[], Compiled] | None = None

    @property
    def safe(self) -> bool:
        return bool(self.site.config.get("safe"))

    @property
    def style(self) -> str:
        style = str(self.options.get("style", DEFAULT_STYLE)).removeprefix(":")
        return style if style in ALLOWED_STYLES else DEFAULT_STYLE

    @property
    def precision(self) -> int:
        # Outside safe mode every `sass:` key reaches sassc, so `precision:` overrides the default.
        value = None if self.safe else self.options.get("precision")
        return int(value) if isinstance(value, int) else DEFAULT_PRECISION

    @property
    def sass_dir(self) -> str:
        return str(self.options.get("sass_dir") or "") or "_sass"

    def load_paths(self) -> list[str]:
        """User `load_paths` (globs) then `sass_dir`, inside the source in safe mode, existing dirs only."""
        source = self.site.source
        user = self.options.get("load_paths")
        wanted = [str(p) for p in (user if isinstance(user, list) else [user] if user else [])]
        wanted.append(str(sanitized_path(source, self.sass_dir)))
        if self.safe:
            wanted = [str(sanitized_path(source, p)) for p in wanted]
        found: list[str] = []
        for pattern in wanted:
            for match in sorted(glob.glob(pattern if os.path.isabs(pattern) else str(source / pattern))):
                path = str(sanitized_path(source, match)) if self.safe else os.path.abspath(match)
                if path not in found and os.path.isdir(path):
                    found.append(path)
        return found

    def sourcemap_required(self) -> bool:
        """`sourcemap: always` (the default), `never`, or `development` (only when JEKYLL_ENV is)."""
        option = str(self.options.get("sourcemap", "always")).removeprefix(":")
        if option == "never":
            return False
        return option != "development" or self.site.environment == "development"

    def _common(self) -> dict[str, Any]:
        # libsass searches the working directory first; Jekyll runs with it at the site source.
        return {
            "output_style": self.style,
            "precision": self.precision,
            "include_paths": [str(self.site.source), *self.load_paths()],
            "source_comments": bool(self.options.get("line_comments", False)),
        }

    def _finish(self, css: str) -> str:
        """libsass marks non-ASCII compressed output with a BOM; Jekyll swaps it for `add_charset`."""
        replacement = '@charset "UTF-8";' if self.options.get("add_charset") else ""
        return replacement + css[1:] if css.startswith(BYTE_ORDER_MARK) else css

    def compile(self, text: str, syntax: str = "scss") -> str:
        """Compile `text` with no file behind it, as the filters do (sassc's `stdin`)."""
        sass = _libsass()
        try:
            css = sass.compile(string=text, indented=syntax == "sass", **self._common())
        except sass.CompileError as err:
            raise self._error(str(err), {}) from None
        return self._finish(css)

    def input_key(self, page: SassPage, syntax: str, text: str) -> InputKey:
        """The page, its text and syntax, and every setting `compile_page` passes to libsass: a
        compilation made ahead is taken only for this exact input (a plugin may change the settings)."""
        settings = {key: tuple(value) if isinstance(value, list) else value for key, value in self._common().items()}
        return (page.relative_path, syntax, text, str(self.site.source), self.sourcemap_required(),
                bool(self.options.get("add_charset")), *sorted(settings.items()))

    @cached_property
    def disk_cache(self) -> DiskCache:
        """The `sass` namespace of the site's disk cache (jekyll_py/sass_cache.py)."""
        caches = getattr(self.site, "disk_caches", None)
        if caches is None:  # a worker started before the Site exists
            caches = DiskCaches.for_config({**self.site.config, "source": str(self.site.source)})
        return caches["sass"]

    @cached_property
    def made_by_builds(self) -> frozenset[str]:
        """Folders a build makes, which no listing of the disk cache's entries should count."""
        config = {**self.site.config, "source": str(self.site.source)}
        folders = {str(cache_folder(config))}
        with contextlib.suppress(KeyError, TypeError, ValueError):
            folders.add(str(site_folders(config)[1]))
        return frozenset(folders)

    def compile_page(self, text: str, page: SassPage, syntax: str) -> tuple[str, str | None]:
        """Compile a page's text; with a source map when required, returned beside the CSS. A compilation
        made ahead, or kept in the disk cache, is used when it is for this very input."""
        key = self.input_key(page, syntax, text)
        if (ready := self.compiled_ahead(key)) is not None:
            return ready
        if not self.sourcemap_required():
            return self.compile(text, syntax), None
        stored_key = sass_cache.entry_key(key, _libsass().libsass_version)
        if (stored := sass_cache.lookup(self.disk_cache, stored_key, self.made_by_builds)) is not None:
            css, source_map, printed = stored
            print_as_libsass(printed)
            return css, source_map
        return self._compile_and_keep(text, page, stored_key)

    def _compile_and_keep(self, text: str, page: SassPage, stored_key: str) -> tuple[str, str]:
        """Compile with a source map, printing what libsass prints, and keep it all in the disk cache."""
        from jekyll_py.parallel import Captured, captured_output

        printed = Captured()
        try:
            with captured_output() as printed:
                css, source_map = self._compile_with_map(text, page)
        finally:  # printed as it was, also before an error
            print_as_libsass(printed.native)
            sys.stderr.write(printed.python.getvalue())
        searched = [*self._common()["include_paths"], os.getcwd()]
        entry = sass_cache.make_entry(css, source_map, printed.native, str(self.site.source), searched,
                                      self.made_by_builds)
        if entry is not None and not printed.python.getvalue():
            self.disk_cache.put(stored_key, entry)
        return css, source_map

    def _compile_with_map(self, text: str, page: SassPage) -> tuple[str, str]:
        import tempfile

        sass = _libsass()
        source = self.site.source
        with tempfile.TemporaryDirectory(prefix="jekyll-py-sass-") as tmp:
            # libsass-python makes source maps only from files: compile a copy of the rendered text.
            input_path = Path(tmp) / page.name
            input_path.write_text(text, encoding="utf-8")
            names = {str(input_path): page.name}
            try:
                css, source_map = sass.compile(
                    filename=str(input_path),
                    source_map_filename=str(source / f"{page.basename}.css.map"),
                    output_filename_hint=str(source / f"{page.basename}.css"),
                    source_map_contents=True,
                    **self._common(),
                )
            except sass.CompileError as err:
                raise self._error(str(err), names, page) from None
        return self._finish(css), self._rename_input(source_map, input_path, page.name)

    def compiled_ahead(self, key: InputKey) -> tuple[str, str | None] | None:
        """A worker's compilation of exactly this input, if one made it; what libsass printed while
        making it is printed now, where compiling it here would have printed it."""
        if self.pending is not None:
            pending, self.pending = self.pending, None
            self.precompiled.update(pending())
        made = self.precompiled.pop(key, None)
        if made is None:
            return None
        css, source_map, printed = made
        print_as_libsass(printed)
        return css, source_map

    @staticmethod
    def _rename_input(source_map: str, input_path: Path, name: str) -> str:
        """Point the map at the page's own name, as sassc does with Jekyll's `filename:`."""
        for entry in json.loads(source_map).get("sources", []):
            if entry.endswith(f"{input_path.parent.name}/{input_path.name}"):
                return source_map.replace(json.dumps(entry), json.dumps(name), 1)
        return source_map

    def _error(self, text: str, names: dict[str, str], page: SassPage | None = None) -> ConversionError:
        """A ConversionError naming the file, line and column libsass reports."""
        match = ERROR_LOCATION.search(text)
        message = text.split("\n", 1)[0]
        if match is None:
            return ConversionError(message)
        line, column, where = int(match[1]), int(match[2]), match[3].strip()
        absolute = os.path.abspath(where)
        if absolute in names or where == "stdin":
            if page is None:
                return ConversionError(message, line=line, column=column)
            return ConversionError(message, file=page.relative_path, line=line + page.body_line - 1, column=column)
        try:
            shown = str(Path(absolute).relative_to(self.site.source))
        except ValueError:
            shown = where
        return ConversionError(message, file=shown, line=line, column=column)


def print_as_libsass(printed: bytes) -> None:
    """What libsass printed while compiling (its warnings), written where it writes them: file descriptor 2
    (all of it: a pipe takes a large write in parts)."""
    sys.stdout.flush()
    sys.stderr.flush()
    rest = memoryview(printed)
    while rest:
        rest = rest[os.write(2, rest):]


class SourceMapPage(Page):
    """`NAME.css.map` beside the CSS, sharing the CSS page's data (Jekyll::SourceMapPage)."""

    def __init__(self, css_page: Page, source_map: str) -> None:
        super().__init__(css_page.site, css_page.dir, f"{css_page.basename}.css.map", read=False)
        self.data = css_page.data
        self.content = source_map

    def render_with_liquid(self) -> bool:
        return False

    def place_in_layout(self) -> bool:
        return False


class ScssConverter(Converter):
    """`.scss` pages → CSS; the page being rendered is set by the pages pre_render hook."""

    priority = 20  # Jekyll's :low
    syntax = "scss"
    extension = ".scss"

    def __init__(self, config: dict[str, Any], compiler: SassCompiler) -> None:
        super().__init__(config)
        self.compiler = compiler
        self.page: Page | None = None

    def matches(self, ext: str) -> bool:
        return ext.lower() == self.extension

    def output_ext(self, ext: str) -> str:
        return ".css"

    def convert(self, content: str) -> str:
        page = self.page
        if page is None:
            return self.compiler.compile(content, self.syntax)
        css, source_map = self.compiler.compile_page(content, page, self.syntax)
        if source_map is not None:
            # The map page joins site.pages while pages render, so the render loop still reaches it.
            page.site.pages.append(SourceMapPage(page, source_map))
        return css


class SassConverter(ScssConverter):
    syntax = "sass"
    extension = ".sass"


def _associate(page: Any, *_: Any) -> None:
    for converter in getattr(page, "converters", ()):
        if isinstance(converter, ScssConverter):
            converter.page = page if isinstance(page, Page) else None


def _dissociate(page: Any, *_: Any) -> None:
    for converter in getattr(page, "converters", ()):
        if isinstance(converter, ScssConverter):
            converter.page = None


def setup(plugin: Registry) -> None:
    """Install `site.sass` and both converters; Jekyll always loads jekyll-sass-converter."""
    site = plugin.site
    compiler = SassCompiler(site)
    site.sass = compiler  # type: ignore[attr-defined]
    for cls in (ScssConverter, SassConverter):
        plugin.converter(cls(site.config, compiler))
    plugin.hook("pages", "pre_render")(_associate)
    plugin.hook("pages", "post_render")(_dissociate)
