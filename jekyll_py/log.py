"""Jekyll-style console logging: a right-aligned topic, then the message.

Jekyll prints `            Source: /path` and `    Liquid Warning: ...`; we keep that shape so users and
scripts that read Jekyll's output read ours. Warnings and errors go to stderr, the rest to stdout.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from enum import IntEnum


class Level(IntEnum):
    DEBUG = 0
    INFO = 1
    WARN = 2
    ERROR = 3
    SILENT = 4


TOPIC_WIDTH = 20
_level = Level.INFO
_warnings: list[str] = []


def set_level(level: Level) -> None:
    """Choose the least severe level printed (`--quiet` is ERROR, `--verbose` is DEBUG)."""
    global _level
    _level = level


def format_line(topic: str, message: str = "") -> str:
    return (f"{topic} ".rjust(TOPIC_WIDTH) + message).rstrip()


def _emit(level: Level, topic: str, message: str) -> None:
    if level < _level:
        return
    stream = sys.stderr if level >= Level.WARN else sys.stdout
    print(format_line(topic, message), file=stream, flush=True)


def debug(topic: str, message: str = "") -> None:
    _emit(Level.DEBUG, topic, message)


def info(topic: str, message: str = "") -> None:
    _emit(Level.INFO, topic, message)


def warn(topic: str, message: str = "") -> None:
    """Print a warning and remember it, so tests and `serve` can show what a build warned about."""
    _warnings.append(format_line(topic, message))
    _emit(Level.WARN, topic, message)


def error(topic: str, message: str = "") -> None:
    _emit(Level.ERROR, topic, message)


def recent_warnings() -> list[str]:
    """The warnings printed since the last `take_warnings`, without forgetting them."""
    return list(_warnings)


def take_warnings() -> list[str]:
    """Return the warnings printed since the last call, and forget them."""
    taken = list(_warnings)
    _warnings.clear()
    return taken


@contextlib.contextmanager
def muted() -> Iterator[None]:
    """Nothing printed or remembered meanwhile: for work done ahead that the build does again, reporting
    what it has to say then (the configuration read before the command line is parsed)."""
    global _level
    level, remembered = _level, len(_warnings)
    _level = Level.SILENT
    try:
        yield
    finally:
        _level = level
        del _warnings[remembered:]
