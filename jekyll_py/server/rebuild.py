"""Exact incremental rebuilds: re-read the whole site, render again only what read something that changed.

Reading is cheap and always complete, so the model is never stale; rendering is what costs. Each pass
walks the items in the order a full build renders them. An item whose recorded inputs (its own
source, its layout chain, includes, `site.data` keys, `site` keys and lists, neighbours) are all
unchanged gets its previous results back at its turn — content, output and the excerpts its render
produced — so everything rendered after it sees exactly what a full build would show. An item whose
results differ from last time is itself a change for every later reader. The outcome equals a clean
build; `tests/test_serve_incremental.py` checks that against random edit sequences.

Two things keep this honest: a changed file the model cannot account for (a Sass partial, a plugin
file) makes the pass render everything, and so does a site with plugins of its own, whose reads no
hook sees. `site.time` stays the time of the session's first build, as pages Jekyll's incremental
mode skips keep theirs.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jekyll_py import writer
from jekyll_py.config import plugin_dirs
from jekyll_py.server.dependencies import (
    ALL,
    ItemKey,
    Recorder,
    RecordingIncludeCache,
    RecordingSiteDrop,
    Trace,
    digest,
    file_digest,
    file_signature,
    item_key,
    recording_drop,
    source_fingerprint,
)
from jekyll_py.static_file import StaticFile

MISSING = object()
# tags that read the site model themselves, past the recording `site` drop
SITE_LOOKUP_TAGS = re.compile(r"\{%-?\s*(?:link|post_url)\b")

# `site` keys that show one of the model's lists (site key → groups of items behind it)
LIST_KEYS = {
    "pages": ("pages",), "html_pages": ("pages",),
    "static_files": ("static_files",), "html_files": ("static_files",),
    "posts": ("docs:posts",), "categories": ("docs:posts",), "tags": ("docs:posts",),
    "related_posts": ("docs:posts",),
}
EVERY_COLLECTION = ("documents", "collections")


@dataclass
class Rendered:
    """One item's last render: what it read and what it left behind."""

    fingerprint: bytes
    trace: Trace
    layouts: tuple[tuple[str, bytes | None], ...]
    content: str
    output: str | None
    excerpts: dict[ItemKey, str]


@dataclass
class BuildState:
    """What the last successful build knew, to compare the next one with."""

    records: dict[ItemKey, Rendered] = field(default_factory=dict)
    groups: dict[str, tuple[ItemKey, ...]] = field(default_factory=dict)
    fingerprints: dict[ItemKey, bytes] = field(default_factory=dict)
    signatures: dict[ItemKey, tuple[int, int, int]] = field(default_factory=dict)
    layouts: dict[str, bytes] = field(default_factory=dict)
    data_tokens: dict[str, bytes] = field(default_factory=dict)
    site_tokens: dict[str, bytes] = field(default_factory=dict)
    includes: dict[Path, bytes | None] = field(default_factory=dict)
    destinations: dict[str, ItemKey] = field(default_factory=dict)
    known_paths: set[Path] = field(default_factory=set)


@dataclass
class BuildReport:
    rendered: list[ItemKey]
    written: list[str]  # destination paths, relative to the destination
    sources: dict[str, str]  # each written path's source file, relative to the source (LiveReload's filter)
    removed: list[str]
    full: bool
    seconds: float


def item_groups(site: Any) -> dict[str, tuple[ItemKey, ...]]:
    """The model's lists, as sequences of item keys (their order is part of what templates see)."""
    groups = {
        "pages": tuple(item_key(page) for page in site.pages),
        "static_files": tuple(item_key(static) for static in site.static_files),
    }
    for label, collection in site.collections.items():
        groups[f"docs:{label}"] = tuple(item_key(doc) for doc in collection.docs)
        groups[f"files:{label}"] = tuple(item_key(static) for static in collection.files)
    return groups


def groups_behind(key: str, groups: Iterable[str]) -> tuple[str, ...]:
    """Which lists a `site.<key>` read depends on (empty for configuration and plugin keys)."""
    if key in LIST_KEYS:
        return LIST_KEYS[key]
    if key in EVERY_COLLECTION:
        return tuple(g for g in groups if g.startswith(("docs:", "files:")))
    return (f"docs:{key}",) if f"docs:{key}" in groups else ()


def layout_digests(site: Any) -> dict[str, bytes]:
    return {name: digest([layout.relative_path, layout.data, layout.content]) for name, layout in site.layouts.items()}


def layout_chain(item: Any, layouts: dict[str, Any], digests: dict[str, bytes]) -> tuple[tuple[str, bytes | None], ...]:
    """The layouts a render looks up, as the Renderer walks them: the payload's, then parent by parent."""
    requested = item.setting("layout") if not isinstance(item, StaticFile) else None
    names = [str(requested)]
    layout = layouts.get(names[0]) if requested is not None else None
    seen = []
    while layout is not None and layout not in seen:
        seen.append(layout)
        parent = layout.data.get("layout")
        if parent is None:
            break
        names.append(str(parent))
        layout = layouts.get(str(parent))
    return tuple((name, digests.get(name)) for name in names)


def uses_own_plugins(site: Any) -> bool:
    """A site plugin (`_plugins/*.py`) may read anything: such sites render everything on each pass."""
    if site.config.get("safe"):
        return False
    return any(any(directory.glob("*.py")) for directory in plugin_dirs(site.source, site.config))


class Rebuilder:
    """Builds one site again and again, each time rendering only what must be rendered."""

    def __init__(self, site: Any) -> None:
        self.site = site
        self.recorder = Recorder()
        self.state: BuildState | None = None
        self.time = site.time
        self.always_full = uses_own_plugins(site)
        self._install_page_hooks()

    def _install_page_hooks(self) -> None:
        """Every render's `page` becomes a drop that records its neighbours (pre_render hooks)."""
        owners = {"excerpts", "pages", *self.site.collections}
        for owner in owners:
            self.site.hooks.register(owner, "pre_render", self._record_page)

    def _record_page(self, item: Any, payload: dict[str, Any]) -> None:
        trace = self.recorder.current
        if trace is None:
            return
        page = payload.get("page")
        if isinstance(page, Mapping) and hasattr(page, "doc"):
            payload["page"] = recording_drop(page, self.recorder)
        if not isinstance(payload.get("site"), RecordingSiteDrop) or payload.get("paginator") is not None:
            trace.opaque = True  # reads no hook sees: a pager's posts, a site drop not ours

    # -- a pass ---------------------------------------------------------------------------------------
    def build(self, changed_paths: Iterable[Path] = (), *, full: bool = False) -> BuildReport:
        """Read everything, render what must be rendered, write what changed. On failure the last good
        state stays, so the next pass compares with what is in the destination."""
        started = time.perf_counter()
        site = self.site
        writer.check_destination(site.source, site.dest)
        self._read()
        old = self.state
        full = full or old is None or self.always_full or self._unaccounted(changed_paths, old)
        render_pass = RenderPass(self, old if not full else None)
        render_pass.run()
        sources, removed = render_pass.write()
        self.state = render_pass.new_state
        return BuildReport(render_pass.rendered, list(sources), sources, removed, full,
                           time.perf_counter() - started)

    def _read(self) -> None:
        site = self.site
        site.reset()
        site.time = self.time
        site._site_drop = RecordingSiteDrop(site, self.recorder)  # base_payload() hands out this one
        site.liquid.env.inclusions = RecordingIncludeCache(self.recorder)  # include.load_partial's cache
        site.read()
        site.generate()

    def _unaccounted(self, paths: Iterable[Path], old: BuildState) -> bool:
        """Whether a changed file is neither an item, a layout, an include nor data (then render all)."""
        site = self.site
        # data is compared key by key; an include nobody read cannot matter (one that failed failed the build)
        folders = [site.source / str(site.config["data_dir"]), *map(Path, site.includes_load_paths)]
        known = old.known_paths | known_paths(site)
        for path in map(Path, paths):
            if path in known or any(path == f or f in path.parents for f in folders):
                continue
            return True
        return False


def neighbours(site: Any) -> dict[tuple[ItemKey, str], ItemKey | None]:
    """Each document's `next` and `previous` (Document#next_doc / #previous_doc), for all at once."""
    found: dict[tuple[ItemKey, str], ItemKey | None] = {}
    for collection in site.collections.values():
        keys = [item_key(doc) for doc in collection.docs]
        for i, key in enumerate(keys):
            found[(key, "next")] = keys[i + 1] if i + 1 < len(keys) else None
            found[(key, "previous")] = keys[i - 1] if i > 0 else None
    return found


def known_paths(site: Any) -> set[Path]:
    """Source files the model accounts for: items and layouts (includes are added from the traces)."""
    paths = {Path(item.path) for item in site.pages}
    paths |= {Path(static.path) for static in site.static_files}
    for collection in site.collections.values():
        paths |= {Path(doc.path) for doc in collection.docs}
    paths |= {Path(layout.path) for layout in site.layouts.values()}
    return {p if p.is_absolute() else site.source / p for p in paths}


class RenderPass:
    """One render phase: items in build order, each rendered or given its previous results."""

    def __init__(self, rebuilder: Rebuilder, old: BuildState | None) -> None:
        self.rebuilder = rebuilder
        self.site = site = rebuilder.site
        self.recorder = rebuilder.recorder
        self.old = old
        self.new_state = BuildState()
        new = self.new_state
        new.groups = item_groups(site)
        new.layouts = layout_digests(site)
        self.items = list(site.renderables())
        everything = [*self.items, *site.static_files, *(f for c in site.collections.values() for f in c.files)]
        for item in everything:
            self._fingerprint(item_key(item), item)
        self.neighbours = neighbours(site)
        self.member_of: dict[ItemKey, list[str]] = {}
        for name, members in new.groups.items():
            for key in members:
                self.member_of.setdefault(key, []).append(name)
        self.changed: set[ItemKey] = set()
        self.dirty_groups = {name for name, members in new.groups.items()
                             if old is None or old.groups.get(name) != members}
        for key, fingerprint in new.fingerprints.items():
            if old is None or old.fingerprints.get(key) != fingerprint:
                self.flag(key)
        self.pending_excerpts = self._excerpts()
        self.rendered: list[ItemKey] = []
        self._include_now: dict[Path, bytes | None] = {}
        self._data_now: dict[str, bytes] = {}
        self._site_now: dict[str, bytes] = {}

    def _fingerprint(self, key: ItemKey, item: Any) -> None:
        """The item's fingerprint; an unchanged file's read gives the last one (a config change renders all)."""
        new, old = self.new_state, self.old
        signature = file_signature(item)
        if signature is not None:
            new.signatures[key] = signature
            if old is not None and old.signatures.get(key) == signature and key in old.fingerprints:
                new.fingerprints[key] = old.fingerprints[key]
                return
        new.fingerprints[key] = source_fingerprint(item)

    def flag(self, key: ItemKey) -> None:
        """`key` differs from the last build from here on: its lists are changed for later readers."""
        if key in self.changed:
            return
        self.changed.add(key)
        self.dirty_groups.update(self.member_of.get(key, ()))

    def _excerpts(self) -> dict[ItemKey, Any]:
        found = {}
        for collection in self.site.collections.values():
            for doc in collection.docs:
                excerpt = doc.data.get("excerpt")
                if type(excerpt).__name__ == "Excerpt":
                    found[item_key(doc)] = excerpt
        return found

    # -- rendering ------------------------------------------------------------------------------------
    def run(self) -> None:
        site = self.site
        site.hooks.trigger("site", "pre_render", site)
        for item in self.items:
            key = item_key(item)
            record = self.old.records.get(key) if self.old is not None else None
            if record is not None and self.unchanged(item, key, record):
                self.reuse(item, key, record)
            else:
                self.render(item, key, record)
        site.hooks.trigger("site", "post_render", site)
        self._remember_tokens()

    def render(self, item: Any, key: ItemKey, old: Rendered | None) -> None:
        trace = Trace(items={key})
        source = item.content
        with self.recorder.recording(trace):
            self.site.render_one(item)
        excerpts = self._take_excerpts()
        trace.opaque = trace.opaque or self._reads_site_directly(source, item, trace)
        record = Rendered(self.new_state.fingerprints[key], trace, self._chain(item), item.content, item.output,
                          excerpts)
        self.new_state.records[key] = record
        self.rendered.append(key)
        if old is None or (old.content, old.output) != (item.content, item.output):
            self.flag(key)
        before = old.excerpts if old is not None else {}
        for doc_key in before.keys() | excerpts.keys():
            if before.get(doc_key) != excerpts.get(doc_key):
                self.flag(doc_key)

    def _reads_site_directly(self, source: str, item: Any, trace: Trace) -> bool:
        """Whether a template of this render uses a tag that looks the site up without `site`
        (`link`, `post_url`): its inputs are then unknown, so it renders on every pass."""
        layouts = self.site.layouts
        texts = [source, *(layouts[name].content for name, _ in self._chain(item) if name in layouts)]
        texts += [self._include_text(path) for path in trace.includes]
        return any(SITE_LOOKUP_TAGS.search(text) for text in texts)

    def _include_text(self, path: Path) -> str:
        try:
            return path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def reuse(self, item: Any, key: ItemKey, record: Rendered) -> None:
        item.content = record.content
        item.output = record.output
        for doc_key, output in record.excerpts.items():
            excerpt = self.pending_excerpts.pop(doc_key, None)
            if excerpt is not None:
                excerpt.__dict__["output"] = output  # what the render that printed it first left there
        self.new_state.records[key] = record

    def _take_excerpts(self) -> dict[ItemKey, str]:
        """Excerpts first rendered during the render that just ended (they are part of its results)."""
        done = {key: excerpt for key, excerpt in self.pending_excerpts.items() if "output" in excerpt.__dict__}
        for key in done:
            del self.pending_excerpts[key]
        return {key: excerpt.output for key, excerpt in done.items()}

    def _chain(self, item: Any) -> tuple[tuple[str, bytes | None], ...]:
        return layout_chain(item, self.site.layouts, self.new_state.layouts)

    # -- deciding ------------------------------------------------------------------------------------
    def unchanged(self, item: Any, key: ItemKey, record: Rendered) -> bool:
        trace = record.trace
        if trace.opaque or key in self.changed or any(k in self.changed for k in trace.items):
            return False
        if record.layouts != self._chain(item):
            return False
        if any(self._include_digest(path) != self.old.includes.get(path) for path in trace.includes):
            return False
        if any(self._data_token(k) != self.old.data_tokens.get(k) for k in trace.data_keys):
            return False
        if any(self._site_key_changed(k) for k in trace.site_keys):
            return False
        return all(self._relation(owner, name) == target for (owner, name), target in trace.relations.items())

    def _include_digest(self, path: Path) -> bytes | None:
        if path not in self._include_now:
            self._include_now[path] = file_digest(path)
        return self._include_now[path]

    def _data_token(self, key: str) -> bytes:
        if key not in self._data_now:
            data = self.site.base_payload()["site"].computed["data"]
            self._data_now[key] = digest(data if key == ALL else data.get(key, MISSING))
        return self._data_now[key]

    def _site_token(self, key: str) -> bytes:
        if key not in self._site_now:
            drop = self.site.base_payload()["site"]
            try:
                value = plain_site_value(drop, key)
            except KeyError:
                value = MISSING
            self._site_now[key] = digest(value)
        return self._site_now[key]

    def _site_key_changed(self, key: str) -> bool:
        if key == ALL:
            return True
        groups = groups_behind(key, self.new_state.groups)
        if groups:
            return any(g in self.dirty_groups for g in groups)
        return self._site_token(key) != self.old.site_tokens.get(key)

    def _relation(self, owner: ItemKey, name: str) -> ItemKey | None:
        return self.neighbours.get((owner, name), ("missing", ""))

    def _remember_tokens(self) -> None:
        """Digests of the includes, data keys and plain site keys read, for the next pass. A reused
        render's inputs were just found equal to the last pass's, so those digests carry over."""
        new, old = self.new_state, self.old
        if old is not None:
            new.includes, new.data_tokens, new.site_tokens = dict(old.includes), dict(old.data_tokens), dict(
                old.site_tokens)
        include_cache = self.site.liquid.env.inclusions
        for key in self.rendered:
            trace = new.records[key].trace
            for path in trace.includes:
                new.includes[path] = include_cache.digests.get(path, self._include_digest(path))
            for k in trace.data_keys:
                new.data_tokens[k] = self._data_token(k)
            for k in trace.site_keys:
                if not groups_behind(k, new.groups):
                    new.site_tokens[k] = self._site_token(k)
        new.known_paths = known_paths(self.site) | set(new.includes)

    # -- writing --------------------------------------------------------------------------------------
    def write(self) -> tuple[dict[str, str], list[str]]:
        """Write what a full build would write differently from what is there; clean only when the set
        of destination files changed. Answers with each written path's source file, and what was removed."""
        site = self.site
        files = site.files_to_write()
        old_destinations = self.old.destinations if self.old is not None else None
        rendered = set(self.rendered)
        written: dict[str, str] = {}
        for rel, item in files.items():
            key = item_key(item)
            target = site.dest / rel
            fresh = old_destinations is None or old_destinations.get(rel) != key
            if isinstance(item, StaticFile):
                changed = writer.copy_file(item.path, target)
            else:
                changed = (fresh or key in rendered) and writer.write_bytes(target, (item.output or "").encode("utf-8"))
            if changed:
                written[rel] = item.relative_path.lstrip("/")
        self.new_state.destinations = {rel: item_key(item) for rel, item in files.items()}
        removed: list[str] = []
        if old_destinations is None or old_destinations.keys() != files.keys():
            removed = writer.clean(site.dest, set(files), [str(k) for k in site.config.get("keep_files") or []])
        site.hooks.trigger("site", "post_write", site)
        return written, removed


def plain_site_value(drop: Any, key: str) -> Any:
    """A `site` key's value read without recording it (comparisons are not template reads)."""
    computed = drop.computed
    return computed[key] if key in computed else drop.site.config[key]
