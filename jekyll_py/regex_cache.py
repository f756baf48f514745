"""Compiled regular expressions kept between runs, like the bytecode Python keeps for modules.

Python caches a module's bytecode, but every process compiles its regular expressions again: `re` turns
each pattern into a program for its C matcher (`_sre`) in pure Python. A rebuild compiles 130–390
patterns (ours, python-liquid's, PyYAML's, the standard library's) in 20–35 ms, a sixth of the whole
rebuild of a small site. The program depends only on the pattern, its flags and the Python build, so it is
stored under those and handed to `_sre.compile` directly the next time.

The file lives in the user's cache folder, one per Python build (`regex-cpython-311.marshal`); deleting it
only costs the next run those milliseconds. A file that is unreadable, from another Python or damaged is
ignored and replaced. Anything `re` does not compile through `re._compiler.compile` is left alone.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import threading
from array import array
from typing import Any

# Kept: the programs used by the last KEPT_RUNS runs that stored new ones, at most MAX_PATTERNS of them (most
# recent first). A run's patterns include some made from its site (the entry filter's, with absolute paths):
# builds of many sites (a test suite's temporary ones) would otherwise fill the store and slow every load.
KEPT_RUNS = 8
MAX_PATTERNS = 1024
CODE_TYPE = "I"  # an unsigned C int: _sre's code unit where its CODESIZE is 4 (install checks)
_DEBUG_FLAG = 128  # re.DEBUG prints the program while compiling: always compiled for real


def cache_path() -> str | None:
    """The file in the user's cache folder as each platform names it (without a dependency for it); None
    when there is no home to find it in: a relative path would put the cache in the site."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Caches")
    else:  # a relative XDG_CACHE_HOME is to be ignored (XDG Base Directory Specification)
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = xdg if os.path.isabs(xdg) else os.path.expanduser("~/.cache")
    if not os.path.isabs(base):
        return None
    return os.path.join(base, "jekyll-py", f"regex-{sys.implementation.cache_tag}.marshal")


def _plain(value: Any) -> Any:
    """The value with `re`'s named int constants as plain ints, which marshal can store."""
    if isinstance(value, bool) or not isinstance(value, (int, tuple, dict)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return tuple(_plain(item) for item in value)


def packed(args: tuple) -> tuple[tuple[int, ...], tuple]:
    """`_sre.compile`'s arguments as stored: each list (the program) as the bytes of an array, which
    marshal reads at memory speed rather than an int object at a time (1 ms for 700 patterns, not 5)."""
    lists = tuple(position for position, arg in enumerate(args) if isinstance(arg, list))
    return lists, tuple(array(CODE_TYPE, arg).tobytes() if position in lists else _plain(arg)
                        for position, arg in enumerate(args))


def unpacked(entry: tuple[tuple[int, ...], tuple]) -> tuple:
    lists, args = entry
    return tuple(array(CODE_TYPE, arg).tolist() if position in lists else arg for position, arg in enumerate(args))


class _RecordingSre:
    """Stands in for `_sre` inside `re._compiler`, keeping the arguments of the last `compile` call."""

    def __init__(self, sre: Any) -> None:
        self._sre = sre
        self.last_args: tuple = ()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sre, name)

    def compile(self, *args: Any) -> Any:
        self.last_args = args
        return self._sre.compile(*args)


class RegexCache:
    """`re._compiler.compile` answered from stored programs; new programs are noted for `save`."""

    def __init__(self, path: str) -> None:
        from re import _compiler

        self.path = path
        self._compiler = _compiler
        self._original = _compiler.compile
        self._sre = _compiler._sre
        self._recorder = _RecordingSre(self._sre)
        self._lock = threading.Lock()
        self.run = 0  # the number of the last run that stored programs
        self.stored: dict[tuple, tuple] = {}  # (pattern, flags) -> (run that last used it, packed arguments)
        self._load()
        self.used: dict[tuple, tuple] = {}  # (pattern, flags) -> packed arguments
        self.new_patterns = 0

    def _version(self) -> tuple:
        return (sys.version, self._sre.MAGIC, self._sre.CODESIZE, array(CODE_TYPE).itemsize)

    def _load(self) -> None:
        try:
            with open(self.path, "rb") as handle:
                # loads, not load: marshal reads a file object a few bytes per call (15 ms instead of 1)
                version, run, programs = marshal.loads(handle.read())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if version == self._version() and isinstance(run, int) and isinstance(programs, dict):
            self.run, self.stored = run, programs

    def install(self) -> None:
        self._compiler._sre = self._recorder
        self._compiler.compile = self.compile
        if hasattr(os, "register_at_fork"):  # a worker forked while a thread compiled must not inherit the lock
            os.register_at_fork(after_in_child=self._new_lock)

    def _new_lock(self) -> None:
        self._lock = threading.Lock()

    def uninstall(self) -> None:
        self._compiler._sre = self._sre
        self._compiler.compile = self._original

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & _DEBUG_FLAG:
            return self._original(pattern, flags)
        key = (pattern, flags)
        kept = self.stored.get(key)
        if kept is not None:
            entry = kept[1]
            try:
                compiled = self._sre.compile(*unpacked(entry))
            except (TypeError, ValueError, RuntimeError):  # a damaged entry: compile for real
                pass
            else:
                self.used[key] = entry
                return compiled
        with self._lock:  # the recorder holds one call's arguments
            compiled = self._original(pattern, flags)
            self.used[key] = packed(self._recorder.last_args)
        self.new_patterns += 1
        return compiled

    def save(self) -> None:
        """If this run compiled a new pattern, write its programs and those of the last KEPT_RUNS runs, as
        this run's number. Written whole under a temporary name and renamed, so a concurrent run reads one
        file or the other."""
        if not self.new_patterns:
            return
        run = self.run + 1
        recent = {key: kept for key, kept in self.stored.items() if kept[0] > run - KEPT_RUNS and key not in self.used}
        programs = {key: (run, entry) for key, entry in self.used.items()}
        for key, kept in sorted(recent.items(), key=lambda item: -item[1][0])[: max(0, MAX_PATTERNS - len(programs))]:
            programs[key] = kept
        temporary = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temporary, "wb") as handle:
                marshal.dump((self._version(), run, programs), handle)
            os.replace(temporary, self.path)
        except (OSError, ValueError):  # a read-only home or an unmarshallable pattern: next run compiles
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def install() -> RegexCache | None:
    """Answer compilations from the stored programs from now on in this process; None where `re` has no
    `_compiler.compile` to stand in for (another Python implementation or version), its code unit is not
    a C unsigned int, or the user has no cache folder."""
    try:
        from re import _compiler

        path = cache_path()
        if path is None or array(CODE_TYPE).itemsize != _compiler._sre.CODESIZE:
            return None
        cache = RegexCache(path)
    except (ImportError, AttributeError):
        return None
    cache.install()
    return cache
