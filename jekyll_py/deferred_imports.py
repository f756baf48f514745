"""Modules a build imports but never uses, loaded only when something first reads one of their attributes.

python-liquid imports `asyncio` (for its async loaders) and `dateutil.parser` (for one fallback of the
`date` filter) when `liquid` is imported: about 20 ms of every start, for code a Jekyll build does not run.
`defer(name)` puts a module object in `sys.modules` without running the module; `import name` returns it
as usual, and the first access to any other attribute than the import system's own (`__spec__`,
`__path__`, ...) runs the module's code in that same object, so every reference sees the real module.

`importlib.util.LazyLoader` does the same but loads on any attribute, `__spec__` included, which the import
system reads on every later `import name`: the load would happen at once.

`defer(name, functions=...)` serves `from name import f` for those callables without running the module:
`f` stands in for the module's own, which it runs the module to call. python-liquid imports its `extra`
package's registration function this way (called only for `extra=True` environments, which jekyll_py's are
not) and its message-extraction API: together ~18 ms of Babel, pytz and tags a build never uses.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
from types import ModuleType
from typing import Any

# what the import system reads from a module in sys.modules without using the module's code
IMPORT_SYSTEM_ATTRIBUTES = frozenset(
    {"__spec__", "__name__", "__path__", "__file__", "__cached__", "__loader__", "__package__", "__dict__", "__class__"}
)
_lock = threading.RLock()
_loading: set[int] = set()
_stand_ins: dict[int, frozenset[str]] = {}  # id(deferred module) → names of its stand-in functions


def _after_fork_in_child() -> None:
    """A worker forked while another thread ran a deferred module must not inherit that thread's lock."""
    global _lock
    _lock = threading.RLock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


class DeferredModule(ModuleType):
    """A module whose code has not run yet; it runs, once, on the first real attribute access."""

    def __getattribute__(self, name: str) -> Any:
        if name not in IMPORT_SYSTEM_ATTRIBUTES and name not in _stand_ins.get(id(self), ()):
            _run(self)
        return ModuleType.__getattribute__(self, name)


def _run(module: ModuleType) -> None:
    with _lock:
        if type(module) is not DeferredModule or id(module) in _loading:
            return  # already run, or being run by this thread (its own imports look at it)
        spec = ModuleType.__getattribute__(module, "__spec__")
        _loading.add(id(module))
        try:
            spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(spec.name, None)  # as a failed import leaves it
            raise
        finally:
            _loading.discard(id(module))
        module.__class__ = ModuleType


def stand_in(module: ModuleType, name: str) -> Any:
    """A function standing in for `module.name` until the module has run."""

    def call(*args: Any, **kwargs: Any) -> Any:
        _run(module)
        return getattr(module, name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def defer(name: str, functions: tuple[str, ...] = ()) -> None:
    """Make `import name` cheap until the module is used; nothing happens if it is imported already."""
    if name in sys.modules:
        return
    parent, _, child = name.rpartition(".")
    if parent:
        defer(parent)  # else finding the submodule would run the package
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return
    module = importlib.util.module_from_spec(spec)
    for function in functions:
        setattr(module, function, stand_in(module, function))
    _stand_ins[id(module)] = frozenset(functions)
    module.__class__ = DeferredModule
    sys.modules[name] = module
    if parent:
        setattr(sys.modules[parent], child, module)  # as an import binds a submodule to its package
