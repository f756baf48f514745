"""One `serve` session: the site, its rebuilder, and what each build tells the terminal and the browsers.

Builds run one at a time (the watcher thread, or the command for the first build). A change to a
configuration file or to `_plugins/` loads the configuration and the plugins again and renders
everything, which Jekyll's `serve` cannot do. A failed build never ends the session: the error goes to
the terminal and to the browsers, the last good site stays served, and the next good save recovers.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from jekyll_py import config as config_module
from jekyll_py import log
from jekyll_py.commands._common import load_site
from jekyll_py.errors import JekyllPyError
from jekyll_py.server.rebuild import BuildReport, Rebuilder
from jekyll_py.server.watcher import Watcher, ignorer

Notify = Callable[[list[str]], None]


def development_url(host: str, port: int, *, secure: bool = False) -> str:
    """Jekyll's `default_url`: `site.url` while serving in development (127.0.0.1 reads as localhost)."""
    address = "localhost" if host == "127.0.0.1" else host
    return f"{'https' if secure else 'http'}://{address}:{port}"


def page_url(rel: str, baseurl: str) -> str:
    """The URL a destination file is served at (`about/index.html` → `/about/`)."""
    prefix = "/" + baseurl.strip("/") if (baseurl or "").strip("/") else ""
    if rel == "index.html" or rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return f"{prefix}/{rel}"


class ServeSession:
    def __init__(self, options: dict[str, Any], *, url: str | None = None) -> None:
        self.options = options
        self.url = url
        self.error: str | None = None
        self.on_reload: Notify = lambda paths: None
        self.on_error: Callable[[str], None] = lambda message: None
        self._lock = threading.Lock()
        self.rebuilder = self._load()
        self._ignorer: tuple[Any, Callable[[Path], bool]] = (None, lambda path: False)

    # -- the site -------------------------------------------------------------------------------------
    def _load(self) -> Rebuilder:
        site = load_site(self.options)
        if self.url:
            site.config["url"] = self.url  # Jekyll sets it after reading the configuration, above every file
        return Rebuilder(site)

    @property
    def site(self) -> Any:
        return self.rebuilder.site

    def location(self) -> tuple[Path, str]:
        """Where the server finds the site now: its destination and baseurl."""
        return self.site.dest, str(self.site.config.get("baseurl") or "")

    def ignored(self, path: Path) -> bool:
        """Whether the watcher may leave a changed path alone, by the configuration now in force."""
        site = self.site
        if self._ignorer[0] is not site:
            self._ignorer = (site, ignorer(site.source, site.dest, site.config))
        return self._ignorer[1](path)

    def config_files(self) -> set[Path]:
        source = self.site.source
        requested = [f.strip() for f in str(self.options.get("config") or "").split(",") if f.strip()] or None
        files, _ = config_module.config_files(source, requested)
        return {Path(f).resolve() for f in files}

    def reloads_configuration(self, paths: set[Path]) -> bool:
        """A configuration file or a site plugin changed: the Site itself must be made again."""
        plugins = config_module.plugin_dirs(self.site.source, self.site.config)
        return bool(paths & self.config_files()) or any(folder in p.parents for p in paths for folder in plugins)

    def announce(self) -> None:
        """What Jekyll prints before the first build of a watching command."""
        log.info("Source:", str(self.site.source))
        log.info("Destination:", str(self.site.dest))
        log.info("Incremental build:", "exact: only what a change affects is rendered again")

    def watch(self, *, polling: bool) -> Watcher:
        """Rebuild on every change under the source from now on."""
        watcher = Watcher(self.site.source, self.rebuild, self.ignored, polling=polling)
        watcher.start()
        log.info("Auto-regeneration:", f"enabled for '{self.site.source}'")
        return watcher

    # -- building -------------------------------------------------------------------------------------
    def build_first(self) -> bool:
        """The initial build (Jekyll's `Generating...` block)."""
        log.info("Generating...")
        return self._build(lambda: self.rebuilder.build(full=True), announce=False)

    def rebuild(self, paths: set[Path]) -> bool:
        """A build for changed files, as the watcher reports them (Jekyll's `Regenerating:` block)."""
        source = self.site.source
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        log.info("Regenerating:", f"{len(paths)} file(s) changed at {stamp}")
        for path in sorted(paths)[:10]:
            log.info("", os.path.relpath(path, source))
        if self.reloads_configuration(paths):
            return self._build(self._reload_configuration, announce=True)
        return self._build(lambda: self.rebuilder.build(paths), announce=True)

    def _reload_configuration(self) -> BuildReport:
        log.info("", "configuration changed: reading it again and rendering everything")
        rebuilder = self._load()
        report = rebuilder.build(full=True)
        self.rebuilder = rebuilder
        return report

    def _build(self, run: Callable[[], BuildReport], *, announce: bool) -> bool:
        with self._lock:
            recovering = self.error is not None
            try:
                report = run()
            except JekyllPyError as exc:
                return self._failed(str(exc))
            except Exception as exc:  # noqa: BLE001 - a bug must not end the preview either
                return self._failed(f"jekyll-py failed unexpectedly: {type(exc).__name__}: {exc}")
            self.error = None
            prefix = "..." if announce else ""
            log.info("", f"{prefix}done in {report.seconds:.3f} seconds.")
            log.debug("Incremental:", f"rendered {len(report.rendered)}, wrote {len(report.written)}"
                                      f"{' (full)' if report.full else ''}")
            baseurl = self.location()[1]
            urls = [page_url(rel, baseurl) for rel in self.reloading(report)]
            if recovering and not urls:
                urls = [page_url("index.html", baseurl)]
            if urls:
                self.on_reload(urls)
            return True

    def reloading(self, report: BuildReport) -> list[str]:
        """The written files browsers are told about: those whose source matches no `--livereload-ignore`
        glob (Ruby's `File.fnmatch` without flags, which Jekyll applies to the source's relative path)."""
        globs = [g.strip() for g in str(self.options.get("livereload_ignore") or "").split(",") if g.strip()]
        ignored = {rel for rel in report.written if any(fnmatchcase(report.sources[rel], g) for g in globs)}
        if ignored:
            log.debug("LiveReload:", f"Ignoring {sorted(report.sources[rel] for rel in ignored)}")
        return [rel for rel in report.written if rel not in ignored]

    def _failed(self, message: str) -> bool:
        self.error = message
        log.error("Error:", "the site could not be built; the server keeps the last good build:")
        for line in message.splitlines():
            log.error("", line)
        self.on_error(message)
        return False
