"""A progress bar for long builds, so a site of thousands of documents does not look hung.

It listens to the site's hooks instead of living in the render loop: `site pre_render` counts what
will render, each document's and page's `post_render` moves the bar, `site post_render` clears it
before Jekyll's "done in" line. It draws only on a terminal, for builds of more than a few hundred
documents, and never in CI, in pipes or with `--quiet` — there it would only be noise in logs.

The parallel renderer renders part of the documents (and pages) in a forked worker: their
`post_render` hooks fire in the worker, not here, and their results are applied without hooks. So the
bar stays silent in any other process than the one it was attached in (the worker's printing would
also make its results unusable), and catches up when the next phase starts: once pages render, every
document has rendered.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from jekyll_py.site import Site

# "More than a few hundred documents": below this a build takes about a second anyway.
MIN_ITEMS = 300
BAR_WIDTH = 30
REDRAW_SECONDS = 0.1
CLEAR_LINE = "\r\x1b[K"


def wanted(stream: TextIO, *, quiet: bool = False, environ: Mapping[str, str] = os.environ) -> bool:
    """A bar only helps a person watching a terminal: not with --quiet, in CI, in pipes or on a dumb TERM."""
    if quiet or environ.get("CI") or environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class ProgressBar:
    """Counts rendered documents and pages of one build and redraws one terminal line."""

    def __init__(self, stream: TextIO, *, min_items: int = MIN_ITEMS, clock: Any = time.monotonic) -> None:
        self.stream = stream
        self.min_items = min_items
        self.clock = clock
        self.pid = os.getpid()
        self.total = 0
        self.done = 0
        self.documents = 0
        self.active = False
        self.drawn = False
        self.last_draw = float("-inf")

    # -- hooks -------------------------------------------------------------------------------------
    def start(self, site: Site, *_: Any) -> None:
        """`site pre_render`: decide from the number of documents and pages whether to draw at all."""
        self.documents = sum(1 for _ in site.documents_to_render())
        self.total = self.documents + len(site.pages)
        self.done = 0
        self.drawn = False
        self.last_draw = float("-inf")
        self.active = self.total > self.min_items

    def document_rendered(self, *_: Any) -> None:
        self.advance(self.done + 1)

    def page_rendered(self, *_: Any) -> None:
        """Pages render after every document, including those a worker rendered without our hooks."""
        self.advance(max(self.done, self.documents) + 1)

    def finish(self, *_: Any) -> None:
        """`site post_render`: wipe the bar, so the next line starts on a clean line."""
        if self.drawn and self.here():
            self.stream.write(CLEAR_LINE)
            self.stream.flush()
        self.active = self.drawn = False

    # -- drawing -----------------------------------------------------------------------------------
    def here(self) -> bool:
        """False in a forked render worker, whose output must stay empty."""
        return os.getpid() == self.pid

    def advance(self, done: int) -> None:
        if not self.active or not self.here():
            return
        self.done = min(done, self.total)
        now = self.clock()
        if now - self.last_draw >= REDRAW_SECONDS or self.done == self.total:
            self.last_draw = now
            self.draw()

    def draw(self) -> None:
        self.stream.write("\r" + render_line(self.done, self.total))
        self.stream.flush()
        self.drawn = True


def render_line(done: int, total: int, width: int = BAR_WIDTH) -> str:
    """`      Rendering: [#########.....]  312/1000  31%`, aligned like Jekyll's topics."""
    filled = width * done // total if total else width
    percent = 100 * done // total if total else 100
    bar = "#" * filled + "." * (width - filled)
    return f"{'Rendering:':>19} [{bar}] {done:>{len(str(total))}}/{total} {percent:>3}%"


def attach(site: Site, stream: TextIO | None = None, *, quiet: bool = False) -> ProgressBar | None:
    """Hook a progress bar into `site` when the output is a terminal; None (nothing hooked) otherwise."""
    stream = stream if stream is not None else sys.stdout
    if not wanted(stream, quiet=quiet):
        return None
    bar = ProgressBar(stream)
    site.hooks.register("site", "pre_render", bar.start)
    site.hooks.register("documents", "post_render", bar.document_rendered)
    site.hooks.register("pages", "post_render", bar.page_rendered)
    site.hooks.register("site", "post_render", bar.finish)
    return bar
