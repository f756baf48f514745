"""The render context jekyll_py renders with: python-liquid's, with cheaper hot paths.

Every `{{ x.y }}` resolves its name through a chain of scopes and then each `.key` through
`get_item`, and every include, loop and template pushes a scope with `extend`; a 4000-post build
does each of these hundreds of thousands of times. The overrides below behave exactly like
python-liquid's (same lookups, same errors, same depth limit) and only skip work that cannot
change the result for the common case.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from liquid import RenderContext
from liquid.exceptions import ContextDepthError
from liquid.undefined import UNDEFINED, Undefined
from liquid.utils import ReadOnlyChainMap

if TYPE_CHECKING:
    from liquid.template import BoundTemplate
    from liquid.token import Token

_MISSING = object()

# Keys python-liquid's get_item treats specially (Ruby's `.size`, `.first`, `.last`).
SPECIAL_KEYS = frozenset({"size", "first", "last"})


class ScopeChain(ReadOnlyChainMap):
    """A read-only chain map that looks into plain dicts without raising KeyError for each miss.

    Names like `site` and `page` are found several scopes down (past the `include` and `partial`
    scopes of each include and the loop scopes); the base class raises and catches a KeyError in
    every scope it passes.
    """

    def __getitem__(self, key: str) -> object:
        value = self.lookup(key)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def lookup(self, key: str) -> object:
        """The value of `key` in the first scope that has it, else `_MISSING`."""
        for mapping in self._maps:
            if type(mapping) is dict:  # exactly dict: a subclass may define __missing__
                if key in mapping:  # an operator, cheaper than a .get call on the many misses
                    return mapping[key]
            else:
                try:
                    return mapping[key]
                except KeyError:
                    pass
        return _MISSING


class _Extension:
    """`RenderContext.extend` as a plain context manager: a generator-based one costs about twice
    as much, and two are entered per include."""

    __slots__ = ("context", "namespace", "template", "outer")

    def __init__(self, context: JekyllRenderContext, namespace: Mapping[str, object],
                 template: BoundTemplate | None) -> None:
        self.context = context
        self.namespace = namespace
        self.template = template
        self.outer: BoundTemplate | None = None

    def __enter__(self) -> JekyllRenderContext:
        context = self.context
        if context.scope.size() > context.env.context_depth_limit:
            raise ContextDepthError("maximum context depth reached, possible recursive include", token=None)
        self.outer = context.template
        if self.template:
            context.template = self.template
        context.scope.push(self.namespace)
        return context

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        context = self.context
        if self.template:
            context.template = self.outer  # type: ignore[assignment]
        context.scope.pop()


class JekyllRenderContext(RenderContext):
    """python-liquid's RenderContext with a faster scope chain, `extend` and `get_item`."""

    __slots__ = ("_filters",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.scope = ScopeChain(*self.scope._maps)
        self._filters: dict[str, Callable[..., object]] = {}

    def filter(self, name: str, token: Token | None) -> Callable[..., object]:
        """The filter `name`, bound to this context once per render rather than on every call
        (the base class makes a new partial for each use of a filter that takes the context)."""
        func = self._filters.get(name)
        if func is None:
            func = self._filters[name] = super().filter(name, token)
        return func

    def extend(self, namespace: Mapping[str, object],  # type: ignore[override]
               template: BoundTemplate | None = None) -> _Extension:
        """Push `namespace` (and make `template` current) for the `with` block."""
        return _Extension(self, namespace, template)

    def get(self, path: list[object], *, token: Token | None,  # type: ignore[override]
            default: object = UNDEFINED) -> object:
        """The base class's lookup of `a.b.c`, cheaper for found paths and for misses in lax mode.

        A miss yields `Undefined(root)` (or `default`) as in the base class, without the hint text the
        base class formats for it: only strict undefineds (strict_variables) ever show a hint, and
        their misses are still left to the base class. Sites look up many absent keys
        (`page.header.image`), so the hint cost more than the lookup.
        """
        root = path[0]
        if type(root) is str:
            try:
                obj = self.scope.lookup(root)
                if obj is not _MISSING:
                    for key in path[1:]:
                        obj = obj[key] if type(key) is str and key not in SPECIAL_KEYS else self.get_item(obj, key)
                    return obj
            except (KeyError, TypeError, IndexError):
                pass
            if self.env.undefined is Undefined:
                return Undefined(root, token=token) if default == UNDEFINED else default
        return super().get(path, token=token, default=default)

    def assign(self, key: str, val: Any) -> None:
        """python-liquid names assigned and captured variables with an `Identifier`, a str subclass with a
        Python-level `__eq__` that every later lookup of the variable would call (tens of thousands per
        build); the plain string is the same key."""
        super().assign(key if type(key) is str else str.__str__(key), val)

    def get_item(self, obj: Any, key: Any) -> Any:
        """A plain string key other than size/first/last is a subscript; the base class checks
        `__liquid__`, the special keys and string indexing first."""
        if type(key) is str and key not in SPECIAL_KEYS:
            return obj[key]
        return super().get_item(obj, key)
