"""Watching the source: watchdog events, filtered and debounced into one batch of changed paths.

The destination, caches, version control folders, `exclude:`d paths and editor scratch files never
trigger a build. A burst of events (an editor's write-rename-chmod, `git checkout`) becomes one call,
made once the source has been quiet for `quiet` seconds (at most `longest` after the first event).
Inotify (or the platform's observer) is used when it starts; polling otherwise or on request.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from jekyll_py import log
from jekyll_py.entry_filter import EntryFilter

ALWAYS_IGNORED = (".git", ".hg", ".svn", ".jekyll-cache", ".sass-cache", ".jekyll-metadata", "node_modules",
                  "__pycache__", ".venv")
SCRATCH_SUFFIXES = ("~", ".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload")


def ignorer(source: Path, dest: Path, config: dict) -> Callable[[Path], bool]:
    """Whether a changed path can be left alone: it is output, a cache, excluded, or editor scratch."""
    entry_filter = EntryFilter(source, config.get("include") or [], config.get("exclude") or [])
    source, dest = source.resolve(), dest.resolve()

    def ignored(path: Path) -> bool:
        if path == dest or dest in path.parents:
            return True
        try:
            rel = path.relative_to(source)
        except ValueError:
            return True
        name = path.name
        if any(part in ALWAYS_IGNORED for part in rel.parts) or name.endswith(SCRATCH_SUFFIXES):
            return True
        if name.startswith(".#") or name == "4913":  # Emacs lock files; Vim's write test
            return True
        return entry_filter.excluded(rel.as_posix()) and not entry_filter.included(name)

    return ignored


class Watcher:
    """Calls `on_change(paths)` from its own thread after each quiet burst of relevant changes."""

    def __init__(self, source: Path, on_change: Callable[[set[Path]], None], ignored: Callable[[Path], bool],
                 *, polling: bool = False, quiet: float = 0.02, longest: float = 0.25) -> None:
        self.source = source.resolve()
        self.on_change = on_change
        self.ignored = ignored
        self.quiet = quiet
        self.longest = longest
        self._pending: set[Path] = set()
        self._last_event = 0.0
        self._first_event = 0.0
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._stopping = False
        self.observer = self._observer(polling)
        self._worker = threading.Thread(target=self._run, name="watcher", daemon=True)

    def _observer(self, polling: bool) -> Observer:
        handler = _Forward(self._event)
        if not polling:
            try:
                observer = Observer()
                observer.schedule(handler, str(self.source), recursive=True)
                return observer
            except OSError as exc:  # e.g. the inotify watch limit
                log.warn("Auto-regeneration:", f"falling back to polling ({exc})")
        observer = PollingObserver(timeout=0.25)
        observer.schedule(handler, str(self.source), recursive=True)
        return observer

    def start(self) -> None:
        self.observer.start()
        self._worker.start()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        self.observer.stop()
        self.observer.join(timeout=2)
        self._worker.join(timeout=2)

    def _event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write") or (event.is_directory and event.event_type == "modified"):
            return
        paths = [event.src_path, getattr(event, "dest_path", "")]
        relevant = {Path(os.fsdecode(p)) for p in paths if p}
        relevant = {p for p in relevant if not self.ignored(p)}
        if not relevant:
            return
        now = time.monotonic()
        with self._lock:
            if not self._pending:
                self._first_event = now
            self._pending |= relevant
            self._last_event = now
        self._wake.set()

    def _take_when_quiet(self) -> set[Path]:
        while not self._stopping:
            now = time.monotonic()
            wait = min(self._last_event + self.quiet, self._first_event + self.longest) - now
            if wait <= 0:
                break
            time.sleep(wait)
        with self._lock:
            taken, self._pending = self._pending, set()
        return taken

    def _run(self) -> None:
        while not self._stopping:
            self._wake.wait()
            self._wake.clear()
            if self._stopping:
                return
            paths = self._take_when_quiet()
            if paths:
                try:
                    self.on_change(paths)
                except Exception as exc:  # noqa: BLE001 - the watcher must outlive any bug in a build
                    log.error("Auto-regeneration:", f"{type(exc).__name__}: {exc}")


class _Forward(FileSystemEventHandler):
    def __init__(self, callback: Callable[[FileSystemEvent], None]) -> None:
        self.callback = callback

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.callback(event)
