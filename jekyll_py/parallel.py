"""Rendering and writing a site on two cores, with exactly the results of doing it in order.

Jekyll renders documents one after another, then pages, and a render may read what earlier renders left
behind (`post.content` is HTML once that post rendered, Markdown before; the same for
`site.pages[i].content`; a Sass page adds its source map to `site.pages`). So each phase splits its
items in two runs, claimed one item at a time until they meet, so that both finish together whatever
each item costs (the heavy pages of a site are often its first ones, archives and listings): this
process renders from the first item on, in order, as a sequential build would; a forked worker renders
from the last one backwards, speculatively, and watches every read of another item's render state.
Rendered backwards, an item's render is the sequential one only when it read no other item's render
state at all (nor the page lists, if this process's run added to them), filled no include cache and
raised nothing: the worker stops at the first item that did, which this process then renders itself,
as it does the worker's whole run when that printed anything but Liquid syntax warnings this process
printed too. So errors, warnings and output are those of a sequential build.

Sass pages, whose libsass compilation can outlast all other rendering, get a worker of their own: from
the moment `build` has the configuration for pages without Liquid (jekyll_py/early_sass.py), as soon
as rendering starts for the others (`sass_ahead`); this process takes their compilations when the pages
phase reaches them, keyed by exact input (`SassCompiler.compiled_ahead`), and meanwhile renders
documents and pages. While it compiles, no documents worker is forked (the second core is the Sass
worker's), and a pages worker claims the pages after the last Sass page. Writing, once everything
rendered, is split in two halves (`write_files`).

`JEKYLL_PY_JOBS` (or `jobs:`) set to 1 turns all of this off; any larger number uses one worker.
"""

from __future__ import annotations

import contextlib
import io
import mmap
import os
import pickle
import signal
import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_py import log
from jekyll_py.errors import ConfigError

if TYPE_CHECKING:
    from jekyll_py.sass import Compiled

JOBS_ENV = "JEKYLL_PY_JOBS"
# Below this many documents a fork and the result transfer cost more than the second core returns.
MIN_DOCUMENTS = 24
RENDER_STATE = frozenset({"content", "output"})
LIQUID_WARNING = log.format_line("Liquid Warning:")


def job_count(config: dict[str, Any]) -> int:
    """`JEKYLL_PY_JOBS`, else `jobs:` in the configuration, else the cores this process may use."""
    value = os.environ.get(JOBS_ENV) or config.get("jobs")
    if value in (None, ""):
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        jobs = int(value)
    except (TypeError, ValueError):
        hint = f"set {JOBS_ENV} or `jobs:` to 1 or more"
        raise ConfigError(f"Invalid number of jobs: {value!r}", hint=hint) from None
    return max(jobs, 1)


OWN_CODE = ("jekyll_py.", "liquid.")


def origin(fn: Any) -> str:
    """The module a hook, filter or tag comes from (for a partial, its function; an instance, its class)."""
    target = getattr(fn, "func", fn)
    if not isinstance(target, type | types.FunctionType | types.MethodType | types.BuiltinFunctionType):
        target = type(target)
    return str(getattr(target, "__module__", "") or "")


def foreign_code(site: Any) -> bool:
    """Hooks, tags or filters from outside jekyll_py may keep state of their own that a worker would lose."""
    callables = [*site.hooks.callbacks(), *site.liquid.env.filters.values(), *site.liquid.env.tags.values()]
    return any(not origin(fn).startswith(OWN_CODE) for fn in callables)


def can_fork(site: Any) -> bool:
    return hasattr(os, "fork") and job_count(site.config) > 1 and not foreign_code(site)


def worth_forking(site: Any, items: list[Any], phase: str) -> bool:
    """Enough items to pay for a worker; or pages after a Sass page whose compilation is still under way,
    which a worker renders while this process waits for it."""
    if not can_fork(site):
        return False
    if len(items) >= MIN_DOCUMENTS:
        return True
    return phase == PAGES and sass_floor(items) < len(items) and sass_busy(site)


DOCUMENTS, PAGES = "documents", "pages"


def render_in_order(site: Any, items: list[Any], phase: str) -> None:
    """Render `items` (all documents, or all pages) in order, a worker taking the later part when that
    pays and is exact.

    While the Sass worker compiles, the second core is busy: the documents' worker is forked only once it
    is done, between two renders here, so it starts with every template parsed and every regex compiled
    that this process's renders needed so far."""
    if not worth_forking(site, items, phase):
        for item in items:
            site.render_one(item)
        return
    split = split_for(items)
    prepare_shared_state(site)
    worker: Worker | None = None
    try:
        index = 0
        while split.claim(index):
            if worker is None and not (phase == DOCUMENTS and sass_busy(site)):
                worker = Worker.start(lambda: work(site, items, split, phase))
            site.render_one(items[index])
            index += 1
        if worker is not None and index < len(items):  # else the worker took nothing: its result is not needed
            finish_with(worker.result(), site, items, index)
    finally:
        if worker is not None:
            worker.stop()
        split.close()


def finish_with(result: Result | None, site: Any, items: list[Any], index: int) -> None:
    """Render the items from `index` on that the worker did not send (one it gave back once this process
    had stopped claiming; all of them if it died), then take its results for the others if a sequential
    build would have produced them, else render those too."""
    taken = len(items) if result is None else result.start
    if result is not None:
        site.disk_caches.merge(result.disk_cache)
    for item in items[index:taken]:
        site.render_one(item)
    if result is not None and taken < len(items) and acceptable(result, site, len(items)):
        apply(result, site, items[taken:])
    else:
        for item in items[taken:]:
            site.render_one(item)


def sass_converter(page: Any) -> Any:
    from jekyll_py.sass import ScssConverter

    return next((c for c in getattr(page, "converters", ()) if isinstance(c, ScssConverter)), None)


class SassAhead:
    """The Sass workers' compilations (`SassCompiler.pending`), taken by this process only: a render
    worker forked meanwhile compiles for itself."""

    def __init__(self, workers: list[Worker], disk_caches: Any) -> None:
        self.workers = workers
        self.disk_caches = disk_caches
        self.owner = os.getpid()

    def __call__(self) -> Compiled:
        """Their compilations; the disk-cache entries they used or made join this process's."""
        compiled: Compiled = {}
        if os.getpid() == self.owner:
            for worker in self.workers:
                made, disk_cache = worker.result() or ({}, {})
                compiled.update(made)
                self.disk_caches.merge(disk_cache)
        return compiled

    def unfinished(self) -> list[Worker]:
        return [worker for worker in self.workers if not worker.done and not worker.finished()]


@contextlib.contextmanager
def sass_ahead(site: Any) -> Iterator[None]:
    """Compile Sass pages in workers while this process renders documents and pages; a Sass page's
    render takes the result, waiting for it if need be. Pages without Liquid come from the worker
    started with the build (`site.early_sass`), the others from one started now."""
    compiler = getattr(site, "sass", None)
    early = site.early_sass
    sass_pages = [page for page in site.pages if sass_converter(page) is not None] if compiler else []
    from_early = {id(page) for page in sass_pages if early is not None and early.compiles(page)}
    workers = [early.worker] if from_early else []
    rest = [page for page in sass_pages if id(page) not in from_early]
    if rest and can_fork(site):
        workers.append(Worker.start(lambda: precompile_sass(site, rest)))
    if compiler is not None:
        compiler.precompiled.clear()  # a previous build's partials may have changed since
        compiler.pending = SassAhead(workers, site.disk_caches) if workers else None
    try:
        yield
    finally:
        if compiler is not None:
            compiler.pending = None
        for worker in workers:
            worker.stop()


def split_for(items: list[Any]) -> Split:
    """The render worker claims nothing up to the last Sass page: its compilation is sent here by the Sass
    worker (the render worker would compile it again) and its render adds a source map to `site.pages`.
    While this process waits for that compilation, the render worker claims the pages after it."""
    return Split(len(items), sass_floor(items))


def sass_floor(items: list[Any]) -> int:
    """The index after the last Sass page (0 without one)."""
    return max((index + 1 for index, item in enumerate(items) if sass_converter(item) is not None), default=0)


def prepare_shared_state(site: Any) -> None:
    """What both processes need, made once before the fork instead of twice after it: the `site` drop's
    lists, and the Markdown converter with the highlighter it imports (~10 ms of imports), unless the disk
    cache holds conversions: a rebuild takes most of them from there and may not need the converter."""
    site.base_payload()["site"].computed  # noqa: B018
    with contextlib.suppress(Exception):  # a misconfigured converter fails where a sequential build fails
        markdown = site.markdown
        if not markdown.disk.entries:
            markdown.engine  # noqa: B018
            import jekyll_py.highlight  # noqa: F401


class Split:
    """The items claimed by this process (from the first on) and by the worker (from the last backwards),
    one at a time through shared memory under a lock, until the two meet.

    The memory is an anonymous shared mapping; the lock is a pipe holding one token byte, which whoever
    holds the lock has read. That is what `multiprocessing` would give, without importing it (~6 ms).
    """

    def __init__(self, total: int, floor: int = 0) -> None:
        self.floor = min(floor, total)  # the worker claims nothing before this index
        self.memory = mmap.mmap(-1, 16)
        self.shared = memoryview(self.memory).cast("q")  # first index unclaimed here, first the worker's
        self.shared[0], self.shared[1] = 0, total
        self.token_reader, self.token_writer = os.pipe()
        os.write(self.token_writer, b"t")

    @property
    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        os.read(self.token_reader, 1)
        try:
            yield
        finally:
            os.write(self.token_writer, b"t")

    def close(self) -> None:
        os.close(self.token_reader)
        os.close(self.token_writer)
        self.shared.release()
        self.memory.close()

    def claim(self, index: int) -> bool:
        """This process may render item `index` (and has claimed it) unless the worker took it."""
        with self.lock:
            if index >= self.shared[1]:
                return False
            self.shared[0] = index + 1
            return True

    def claim_last(self) -> int | None:
        """The worker's next item: the last one unclaimed, or None once the claims meet (or reach the floor)."""
        with self.lock:
            index = self.shared[1] - 1
            if index < max(self.shared[0], self.floor):
                return None
            self.shared[1] = index
            return index

    def give_back(self, index: int) -> None:
        """The worker's last claim is this process's to render after all (claimed or not by now)."""
        with self.lock:
            self.shared[1] = index + 1


@dataclass
class Result:
    """What the worker sends back: its run's results and what this process needs to judge them."""

    start: int  # its run is items[start:]: those it rendered before the claims met or it gave one back
    contents: list[str] = field(default_factory=list)
    outputs: list[str | None] = field(default_factory=list)
    excerpts: dict[int, str] = field(default_factory=dict)  # index in the run → excerpt output
    urls: dict[int, str] = field(default_factory=dict)  # index in the run → URL, when the render computed it
    templates: dict[str, tuple[int, int, float]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    printed: str = ""
    pages_added: list[str] | None = None  # pages it saw after the phase's, when it read the page lists
    disk_cache: dict[str, dict[str, Any]] = field(default_factory=dict)  # DiskCaches.report(), kept either way


def acceptable(result: Result, site: Any, phase_size: int) -> bool:
    """The worker's run is what a sequential build would have produced."""
    added_here = [page.relative_path for page in site.pages[phase_size:]]
    if result.pages_added not in (None, added_here):
        return False  # the page lists it read differ from those this process's run left (Sass source maps)
    printed_here = set(log.recent_warnings())
    if any(not line.startswith(LIQUID_WARNING) or line not in printed_here for line in result.warnings):
        return False  # a warning this process did not print would be lost, or printed out of order
    return result.printed.strip() == "\n".join(result.warnings).strip() or not result.printed.strip()


def apply(result: Result, site: Any, rest: list[Any]) -> None:
    """Give the worker's documents their render state, as if they had rendered here."""
    for position, document in enumerate(rest):
        document.content = result.contents[position]
        document.output = result.outputs[position]
        excerpt = result.excerpts.get(position)
        holder = document.data.get("excerpt")
        if excerpt is not None and holder is not None and "output" not in holder.__dict__:
            holder.__dict__["output"] = excerpt
        if position in result.urls:  # computed once (a cached property), as the render here would have
            document.__dict__.setdefault("url", result.urls[position])
    if site.profiler is not None:
        site.profiler.merge(result.templates)


def widen(pipe: int) -> None:
    """Let a result of up to 1 MB (a theme's CSS and source map) fit in the pipe at once, so the worker can
    write it and exit as soon as it is done rather than when this process gets round to reading it
    (Linux; the default buffer elsewhere)."""
    with contextlib.suppress(ImportError, OSError, AttributeError):
        import fcntl

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, 1 << 20)


class Worker:
    """A forked copy of the build that runs one task and sends its result back through a pipe."""

    def __init__(self, pid: int, reader: int) -> None:
        self.pid = pid
        self.reader = reader
        self.done = False

    @classmethod
    def start(cls, task: Callable[[], Any]) -> Worker:
        sys.stdout.flush()
        sys.stderr.flush()
        reader, writer = os.pipe()
        widen(writer)
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            os.close(reader)
            code = 0
            try:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                data = pickle.dumps(task(), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(writer, "wb") as pipe:
                    pipe.write(data)
            except BaseException:
                code = 1
            os._exit(code)
        os.close(writer)
        return cls(pid, reader)

    def result(self) -> Any:
        """The task's result, or None when the worker died without one."""
        with os.fdopen(self.reader, "rb") as pipe:
            data = pipe.read()
        self.done = True
        _, status = os.waitpid(self.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0 or not data:
            return None
        try:
            return pickle.loads(data)
        except Exception:  # whatever went wrong, this process can still do the work itself
            return None

    def finished(self, timeout: float = 0) -> bool:
        """The worker has begun sending its result (it is done computing it); waits up to `timeout` seconds."""
        import select

        return bool(select.select([self.reader], [], [], timeout)[0])

    def stop(self) -> None:
        """Reap the worker; kill it first when this process gave up on it (an error here)."""
        if self.done:
            return
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.close(self.reader)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        self.done = True


# -- writing ---------------------------------------------------------------------------------------
# Creating folders and files costs system time per entry (0.3 ms on an ext4 VM disk); two processes halve it.
MIN_FILES = 128


def write_files(site: Any, dest: Path, files: dict[str, Any], write_one: Callable[[Path, Any, Any], None]) -> None:
    """Write every file (path in `dest` → item), the second half in a worker when there are enough;
    whatever it did not finish, this process writes (writing is idempotent: identical files are left
    alone), so errors are its own."""
    items = list(files.items())
    half = len(items) // 2
    if len(items) < MIN_FILES or not hasattr(os, "fork") or job_count(site.config) < 2 or nested_targets(files):
        half = len(items)
    later = items[half:]
    worker = Worker.start(lambda: write_share(dest, later, write_one)) if later else None
    try:
        write_share(dest, items[:half], write_one)
        if worker is not None and worker.result() != len(later):
            write_share(dest, later, write_one)
    finally:
        if worker is not None:
            worker.stop()


def nested_targets(files: dict[str, Any]) -> bool:
    """A file where another needs a folder: which one wins depends on order, so one process writes."""
    folders = {rel[:end] for rel in files for end in range(len(rel)) if rel[end] == "/"}
    return not folders.isdisjoint(files)


def write_share(dest: Path, files: list[tuple[str, Any]], write_one: Callable[[Path, Any, Any], None]) -> int:
    from jekyll_py.writer import Folders

    folders = Folders()
    for rel, item in files:
        write_one(dest / rel, item, folders)
    return len(files)


# -- inside the worker -------------------------------------------------------------------------------
def work(site: Any, items: list[Any], split: Split, phase: str) -> Result:
    """Claim items from the last backwards and render them, watching what they read, until the claims
    meet or an item's render may have depended on the order."""
    log.take_warnings()
    source_maps = expected_source_maps(site, items[: split.floor]) if phase == PAGES else []
    site.pages.extend(source_maps)
    if site.profiler is not None:
        site.profiler.templates = {}
    result = Result(len(items))
    watch = watched_reads if phase == DOCUMENTS else watched_page_reads
    with captured_output() as printed, watch() as reads:
        excerpts = render_backwards(site, items, split, reads, result)
    result.printed = printed.text()
    result.warnings = log.take_warnings()
    result.disk_cache = site.disk_caches.report()
    if reads.page_lists:
        result.pages_added = [page.relative_path for page in source_maps]
    run = items[result.start :]
    result.contents = [item.content for item in run]
    result.outputs = [item.output for item in run]
    result.excerpts = {index - result.start: excerpt for index, excerpt in excerpts.items()}
    result.urls = computed_urls(run)
    return result


def render_backwards(site: Any, items: list[Any], split: Split, reads: Reads, result: Result) -> dict[int, str]:
    """Render the items the worker claims, moving `result.start` down over those it keeps; returns their
    excerpts rendered by the end of their own renders (by item index): not those a render it gave back
    made, which may have read render state."""
    excerpts: dict[int, str] = {}
    while (index := split.claim_last()) is not None:
        if not rendered_alone(site, items[index], reads):
            split.give_back(index)  # this process renders it after all, as it does what it claims
            break
        result.start = index
        if (excerpt := rendered_excerpt(items[index])) is not None:
            excerpts[index] = excerpt
        if site.profiler is not None:
            result.templates = {path: (s.count, s.bytes, s.seconds) for path, s in site.profiler.templates.items()}
    return excerpts


def rendered_alone(site: Any, item: Any, reads: Reads) -> bool:
    """Render `item` here; True when that is its render in a sequential build whatever was rendered
    before it: it read no other item's render state, added no page, filled no include cache, raised nothing."""
    cache = getattr(site.liquid.env, "include_cache", None)
    cached_before, pages_before = len(getattr(cache, "entries", ())), len(site.pages)
    reads.current = id(item)
    try:
        site.render_one(item)
    except Exception:
        return False
    same_cache = len(getattr(cache, "entries", ())) == cached_before
    return not reads.others and len(site.pages) == pages_before and same_cache


def computed_urls(run: list[Any]) -> dict[int, str]:
    """The URLs the run's renders computed, so this process need not compute them again to write."""
    return {position: item.__dict__["url"] for position, item in enumerate(run) if "url" in item.__dict__}


def expected_source_maps(site: Any, earlier: list[Any]) -> list[Any]:
    """The source map pages this process's run adds to `site.pages` as its Sass pages render (all of them
    come before the worker's floor), for the page lists the worker's run sees. Their content is unknown
    here: reading it is a read of another page's render state."""
    from jekyll_py.sass import SourceMapPage

    compiler = getattr(site, "sass", None)
    if compiler is None or not compiler.sourcemap_required():
        return []
    return [SourceMapPage(page, "") for page in earlier if sass_converter(page) is not None]


def sass_busy(site: Any) -> bool:
    ahead = getattr(getattr(site, "sass", None), "pending", None)
    return isinstance(ahead, SassAhead) and bool(ahead.unfinished())


def rendered_excerpt(document: Any) -> str | None:
    output = getattr(document.data.get("excerpt"), "__dict__", {}).get("output")
    return output if isinstance(output, str) else None


def precompile_sass(site: Any, pages: list[Any]) -> tuple[Compiled, dict[str, Any]]:
    """Compile these Sass pages now, keyed by exact input, with the disk-cache entries used or made.

    A compilation is a function of the text, the settings and the partials, which a build does not
    change; the page's render later finds it (`SassCompiler.compiled_ahead`) when its Liquid gives the
    same text. What the Liquid printed here is not kept: the page's render prints it again.
    """
    from jekyll_py.renderer import Renderer

    compiled: Compiled = {}
    with captured_output():
        for page in pages:
            try:
                renderer = Renderer(site, page)
                text = page.content
                if page.render_with_liquid():
                    text = renderer.render_liquid(text, renderer.payload(), page.relative_path, page.body_line - 1)
                syntax = sass_converter(page).syntax
                made = compiled_quietly(lambda: site.sass.compile_page(text, page, syntax))  # noqa: B023
            except Exception:  # the page's render reports it
                continue
            if made is not None:
                compiled[site.sass.input_key(page, syntax, text)] = made
    return compiled, site.disk_caches.report()


def compiled_quietly(compile_page: Callable[[], tuple[str, str | None]]) -> tuple[str, str | None, bytes] | None:
    """A compilation made in a worker, with what libsass printed itself, for the page's render to print
    where a sequential build prints it; None when Python code printed too (its place would be lost)."""
    with captured_output() as printed:
        css, source_map = compile_page()
    if printed.python.getvalue():
        return None
    return css, source_map, printed.native


class Captured:
    """What a stretch of a worker's run printed: through `sys.stdout`/`sys.stderr` (`python`), and straight
    to file descriptors 1 and 2 (`native`: libsass' warnings, `@warn` and `@debug`), filled in at its end."""

    def __init__(self) -> None:
        self.python = io.StringIO()
        self.native = b""

    def text(self) -> str:
        return self.python.getvalue() + self.native.decode("utf-8", "replace")


@contextlib.contextmanager
def captured_output() -> Iterator[Captured]:
    """Everything printed meanwhile, kept instead: in a worker (the build decides what, if anything, is
    shown), or around a libsass compilation (to keep what it printed with the result)."""
    import tempfile

    captured = Captured()
    saved = sys.stdout, sys.stderr
    saved_descriptors = os.dup(1), os.dup(2)
    with tempfile.TemporaryFile() as native:
        os.dup2(native.fileno(), 1)
        os.dup2(native.fileno(), 2)
        sys.stdout = sys.stderr = captured.python
        try:
            yield captured
        finally:
            sys.stdout, sys.stderr = saved
            for descriptor, saved_descriptor in zip((1, 2), saved_descriptors, strict=True):
                os.dup2(saved_descriptor, descriptor)
                os.close(saved_descriptor)
            native.seek(0)
            captured.native = native.read()


@dataclass
class Reads:
    """What the worker's renders read: other items' render state (their paths), the page lists."""

    current: int = 0  # id() of the item rendering, whose own render state it may read
    others: list[str] = field(default_factory=list)
    page_lists: bool = False


@contextlib.contextmanager
def watched_reads() -> Iterator[Reads]:
    """Record reads of `content`/`output` of documents other than the one rendering, and any made while
    an excerpt renders.

    An excerpt renders the first time something prints it; in a sequential build that may have been
    earlier, so render state it reads might have differed. Only the forked worker is patched.
    """
    from jekyll_py.document import Document, DocumentDrop
    from jekyll_py.renderer import Renderer

    reads = Reads()
    excerpt_depth = [0]
    original_method, original_str, original_run = DocumentDrop._method, Document.__str__, Renderer.run

    def note(doc: Any) -> None:
        if isinstance(doc, Document) and (id(doc) != reads.current or excerpt_depth[0]):
            reads.others.append(doc.relative_path)

    def method(self: DocumentDrop, key: str) -> Any:
        if key in RENDER_STATE:
            note(self.doc)
        return original_method(self, key)

    def as_text(self: Document) -> str:
        note(self)
        return original_str(self)

    def render(self: Renderer) -> str:
        excerpt = getattr(self.document, "type", None) == "excerpts"
        excerpt_depth[0] += excerpt
        try:
            return original_run(self)
        finally:
            excerpt_depth[0] -= excerpt

    DocumentDrop._method, Document.__str__, Renderer.run = method, as_text, render  # type: ignore[method-assign]
    try:
        yield reads
    finally:
        DocumentDrop._method, Document.__str__, Renderer.run = original_method, original_str, original_run  # type: ignore[method-assign]


@contextlib.contextmanager
def watched_page_reads() -> Iterator[Reads]:
    """Record reads of `content` of pages other than the one rendering (`site.pages[i].content` changes
    when page i renders), and reads of the page lists themselves, which grow when a Sass page renders."""
    from jekyll_py.drops import PageDrop, SiteDrop

    reads = Reads()
    original_getitem, original_lists = PageDrop.__getitem__, SiteDrop.page_lists

    def getitem(self: PageDrop, key: str) -> Any:
        if key == "content" and id(self.page) != reads.current:
            reads.others.append(self.page.relative_path)
        return original_getitem(self, key)

    def page_lists(self: SiteDrop) -> dict[str, list[PageDrop]]:
        reads.page_lists = True
        return original_lists(self)

    PageDrop.__getitem__, SiteDrop.page_lists = getitem, page_lists  # type: ignore[method-assign]
    try:
        yield reads
    finally:
        PageDrop.__getitem__, SiteDrop.page_lists = original_getitem, original_lists  # type: ignore[method-assign]
