"""Rendering and writing a site on two cores, with exactly the results of doing it in order.

Jekyll renders documents one after another, then pages, and a render may read what earlier renders left
behind (`post.content` is HTML once that post rendered, Markdown before; the same for
`site.pages[i].content`). So each phase splits its items in two runs: this process renders the first
run in order, as a sequential build would; a forked worker renders the rest in order, speculatively,
and watches every read of another item's render state. Its results are taken only when the worker's
run could not have seen a difference: it read no item outside its run, printed nothing but Liquid
syntax warnings this process printed too, filled no include cache and raised nothing. Otherwise this
process renders the worker's run itself, so errors, warnings and output are those of a sequential build.

The split point is chosen by the worker when it starts (half of what this process has not yet
claimed), so the two runs finish together. Before that, in the documents phase, the worker compiles
Sass pages ahead: their render later finds the CSS for its exact input (`SassCompiler.precompiled`).
Writing, once everything rendered, is split the same way (`write_files`).

`JEKYLL_PY_JOBS` (or `jobs:`) set to 1 turns all of this off; any larger number uses one worker.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import signal
import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jekyll_py import log
from jekyll_py.errors import ConfigError

JOBS_ENV = "JEKYLL_PY_JOBS"
# Below this many documents a fork and the result transfer cost more than the second core returns.
MIN_DOCUMENTS = 24
RENDER_STATE = frozenset({"content", "output"})
LIQUID_WARNING = log.format_line("Liquid Warning:")


def job_count(site: Any) -> int:
    """`JEKYLL_PY_JOBS`, else `jobs:` in the configuration, else the cores this process may use."""
    value = os.environ.get(JOBS_ENV) or site.config.get("jobs")
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


def worth_forking(site: Any, documents: list[Any]) -> bool:
    return (
        hasattr(os, "fork")
        and len(documents) >= MIN_DOCUMENTS
        and job_count(site) > 1
        and not foreign_code(site)
    )


DOCUMENTS, PAGES = "documents", "pages"


def render_in_order(site: Any, items: list[Any], phase: str) -> None:
    """Render `items` (all documents, or all pages) in order, a worker taking the later part when that
    pays and is exact. In the documents phase the worker also compiles Sass pages ahead."""
    if not worth_forking(site, items):
        for item in items:
            site.render_one(item)
        return
    split = Split(len(items))
    sass = getattr(site, "sass", None) if phase == DOCUMENTS else None
    if sass is not None:
        sass.precompiled.clear()  # a previous build's partials may have changed since
    prepare_shared_state(site)
    worker = Worker.start(lambda: work(site, items, split, phase))
    try:
        index = 0
        while split.claim(index):
            site.render_one(items[index])
            index += 1
        result = worker.result()
        rest = items[index:]
        if result is not None and acceptable(result, site, rest):
            apply(result, site, rest)
        else:
            for item in rest:
                site.render_one(item)
        if result is not None and sass is not None:
            sass.precompiled.update(result.sass)
    finally:
        worker.stop()


def prepare_shared_state(site: Any) -> None:
    """What both processes need, made once before the fork instead of twice after it: the `site` drop's
    lists, and the Markdown converter with the highlighter it imports (tens of milliseconds of imports)."""
    site.base_payload()["site"].computed  # noqa: B018
    with contextlib.suppress(Exception):  # a misconfigured converter fails where a sequential build fails
        site.markdown.engine  # noqa: B018
        import jekyll_py.highlight  # noqa: F401


class Split:
    """Where this process stops and the worker starts, agreed through shared memory under a lock."""

    def __init__(self, total: int) -> None:
        import multiprocessing

        self.total = total
        self.lock = multiprocessing.Lock()
        self.shared = multiprocessing.RawArray("q", [0, total])  # documents claimed here, limit

    def claim(self, index: int) -> bool:
        """This process may render document `index` (and has claimed it) unless the worker took it."""
        with self.lock:
            if index >= self.shared[1]:
                return False
            self.shared[0] = index + 1
            return True

    def take_rest(self) -> int:
        """The worker takes the later half of what this process has not claimed; returns its first index."""
        with self.lock:
            claimed = self.shared[0]
            start = claimed + (self.total - claimed + 1) // 2
            self.shared[1] = start
            return start


@dataclass
class Result:
    """What the worker sends back: its run's results and what this process needs to judge them."""

    start: int
    contents: list[str] = field(default_factory=list)
    outputs: list[str | None] = field(default_factory=list)
    excerpts: dict[int, str] = field(default_factory=dict)  # index in the run → excerpt output
    templates: dict[str, tuple[int, int, float]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    printed: str = ""
    sass: dict[tuple[str, str, str], tuple[str, str | None]] = field(default_factory=dict)
    exact: bool = True  # no read of render state outside the run, no include cache entry, no error


def acceptable(result: Result, site: Any, rest: list[Any]) -> bool:
    """The worker's run is what a sequential build would have produced."""
    if not result.exact or len(result.contents) != len(rest):
        return False
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
    if site.profiler is not None:
        site.profiler.merge(result.templates)


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


def write_files(site: Any, files: list[tuple[Path, Any]], write_one: Callable[[Path, Any, Any], None]) -> None:
    """Write every file, the second half in a worker when there are enough; whatever it did not finish,
    this process writes (writing is idempotent: identical files are left alone), so errors are its own."""
    from jekyll_py.writer import Folders

    half = len(files) // 2
    if len(files) < MIN_FILES or not hasattr(os, "fork") or job_count(site) < 2 or nested_targets(files):
        half = len(files)
    later = files[half:]
    worker = Worker.start(lambda: write_share(later, write_one)) if later else None
    try:
        folders = Folders()
        for target, item in files[:half]:
            write_one(target, item, folders)
        if worker is not None and worker.result() != len(later):
            for target, item in later:
                write_one(target, item, folders)
    finally:
        if worker is not None:
            worker.stop()


def nested_targets(files: list[tuple[Path, Any]]) -> bool:
    """A file where another needs a folder: which one wins depends on order, so one process writes."""
    targets = {target for target, _ in files}
    return any(parent in targets for target in targets for parent in target.parents)


def write_share(files: list[tuple[Path, Any]], write_one: Callable[[Path, Any, Any], None]) -> int:
    from jekyll_py.writer import Folders

    folders = Folders()
    for target, item in files:
        write_one(target, item, folders)
    return len(files)


# -- inside the worker -------------------------------------------------------------------------------
def work(site: Any, items: list[Any], split: Split, phase: str) -> Result:
    """Take the later items and render them, watching what they read (first, Sass pages ahead)."""
    log.take_warnings()
    sass = precompile_sass(site) if phase == DOCUMENTS else {}
    start = split.take_rest()
    result = Result(start, sass=sass)
    run = items[start:]
    if site.profiler is not None:
        site.profiler.templates = {}
    cache = getattr(site.liquid.env, "include_cache", None)
    cached_before = len(getattr(cache, "entries", ()))
    watch = watched_reads if phase == DOCUMENTS else watched_page_reads
    with captured_output() as printed, watch({id(item) for item in run}) as outside_reads:
        try:
            for item in run:
                site.render_one(item)
        except Exception:
            result.exact = False
    result.printed = printed.getvalue()
    result.warnings = log.take_warnings()
    grew = phase == PAGES and len(site.pages) != len(items)  # a Sass source map page joined the list
    exact = not outside_reads and not grew and len(getattr(cache, "entries", ())) == cached_before
    result.exact = result.exact and exact
    if result.exact:
        result.contents = [item.content for item in run]
        result.outputs = [item.output for item in run]
        result.excerpts = rendered_excerpts(run)
        if site.profiler is not None:
            result.templates = {path: (s.count, s.bytes, s.seconds) for path, s in site.profiler.templates.items()}
    return result


def rendered_excerpts(run: list[Any]) -> dict[int, str]:
    excerpts = {}
    for position, document in enumerate(run):
        holder = document.data.get("excerpt")
        output = getattr(holder, "__dict__", {}).get("output")
        if isinstance(output, str):
            excerpts[position] = output
    return excerpts


def precompile_sass(site: Any) -> dict[tuple[str, str, str], tuple[str, str | None]]:
    """Compile Sass pages now, keyed by page and rendered text; kept only when nothing was printed.

    A compilation is a function of the text and the partials, which a build does not change; the page's
    render later finds it in `site.sass.precompiled` when its Liquid gives the same text.
    """
    from jekyll_py.renderer import Renderer
    from jekyll_py.sass import ScssConverter

    compiler = getattr(site, "sass", None)
    if compiler is None:
        return {}
    profiler, site.profiler = site.profiler, None
    compiled: dict[tuple[str, str, str], tuple[str, str | None]] = {}
    try:
        with captured_output() as printed:
            for page in list(site.pages):
                converter = next((c for c in page.converters if isinstance(c, ScssConverter)), None)
                if converter is None:
                    continue
                renderer = Renderer(site, page)
                text = page.content
                if page.render_with_liquid():
                    text = renderer.render_liquid(text, renderer.payload(), page.relative_path, page.body_line - 1)
                syntax = converter.syntax
                compiled[(page.relative_path, syntax, text)] = compiler.compile_page(text, page, syntax)
    except Exception:
        return {}
    finally:
        site.profiler = profiler
        log.take_warnings()
    return {} if printed.getvalue() else compiled


@contextlib.contextmanager
def captured_output() -> Iterator[io.StringIO]:
    """Everything the worker prints, kept instead (this process decides what, if anything, is shown)."""
    buffer = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = buffer
    try:
        yield buffer
    finally:
        sys.stdout, sys.stderr = saved


@contextlib.contextmanager
def watched_reads(run: set[int]) -> Iterator[list[str]]:
    """Record reads of `content`/`output` of documents outside the run, and any made while an excerpt renders.

    An excerpt renders the first time something prints it; in a sequential build that may have been
    earlier, so render state it reads might have differed. Only the forked worker is patched.
    """
    from jekyll_py.document import Document, DocumentDrop
    from jekyll_py.renderer import Renderer

    reads: list[str] = []
    excerpt_depth = [0]
    original_method, original_str, original_run = DocumentDrop._method, Document.__str__, Renderer.run

    def note(doc: Any) -> None:
        if isinstance(doc, Document) and (id(doc) not in run or excerpt_depth[0]):
            reads.append(doc.relative_path)

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
def watched_page_reads(run: set[int]) -> Iterator[list[str]]:
    """Record reads of `content` of pages outside the run (`site.pages[i].content` changes when page i renders)."""
    from jekyll_py.drops import PageDrop

    reads: list[str] = []
    original = PageDrop.__getitem__

    def getitem(self: PageDrop, key: str) -> Any:
        if key == "content" and id(self.page) not in run:
            reads.append(self.page.relative_path)
        return original(self, key)

    PageDrop.__getitem__ = getitem  # type: ignore[method-assign]
    try:
        yield reads
    finally:
        PageDrop.__getitem__ = original  # type: ignore[method-assign]
