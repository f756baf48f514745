"""`jekyll-py serve` (`server`, `s`): build, then serve the site, rebuild on change, reload the browser."""

from __future__ import annotations

import os
import threading
import webbrowser
from typing import Any

import click

from jekyll_py import log
from jekyll_py.commands._common import handles_errors, set_verbosity, site_options
from jekyll_py.errors import ConfigError


def serve_options(command: Any) -> Any:
    """Jekyll's serve flags (`jekyll serve --help`), on top of the shared site flags."""
    decorators = [
        click.option("-H", "--host", default="127.0.0.1", show_default=True, help="Host to bind to"),
        click.option("-P", "--port", default=4000, type=int, show_default=True, help="Port to listen on"),
        click.option("-l", "--livereload", is_flag=True, help="Use LiveReload to automatically refresh browsers"),
        click.option("--livereload-port", "livereload_port", default=35729, type=int, show_default=True,
                     help="Port for LiveReload to listen on"),
        click.option("-o", "--open-url", "open_url", is_flag=True, help="Launch your site in a browser"),
        click.option("--skip-initial-build", "skip_initial_build", is_flag=True,
                     help="Skips the initial site build which occurs before the server is started"),
        click.option("-w", "--watch/--no-watch", "watch", default=True,
                     help="Watch for changes and rebuild (default: watch)"),
        click.option("--force_polling", "force_polling", is_flag=True, help="Force watch to use polling"),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def bind(make: Any, what: str, host: str, port: int) -> Any:
    """Start listening, turning a busy port into a user-facing error."""
    try:
        return make()
    except OSError as exc:
        raise ConfigError(f"{what} could not listen on {host}:{port}: {exc.strerror or exc}",
                          hint="another server may be running there; pick another port with "
                               + ("--livereload-port" if what == "LiveReload" else "-P/--port")) from None


def server_address(host: str, port: int, baseurl: str) -> str:
    """Jekyll's `Server address:` line: http://host:port/baseurl/."""
    path = baseurl.strip("/")
    return f"http://{host}:{port}/{path + '/' if path else ''}"


@click.command()
@site_options
@serve_options
@handles_errors
def serve(**options: Any) -> None:
    """Serve your site locally, rebuilding exactly what changed and reloading the browser."""
    from jekyll_py.server.http import SiteServer, decorator
    from jekyll_py.server.livereload import LiveReloadServer, snippet
    from jekyll_py.server.session import ServeSession, development_url
    from jekyll_py.server.watcher import Watcher

    set_verbosity(options)
    host, port = options["host"], options["port"]
    development = os.environ.get("JEKYLL_ENV", "development") == "development"
    session = ServeSession(options, url=development_url(host, port) if development else None)
    site = session.site
    log.info("Source:", str(site.source))
    log.info("Destination:", str(site.dest))
    log.info("Incremental build:", "exact: only what a change affects is rendered again")

    livereload = None
    if options["livereload"]:
        livereload = bind(lambda: LiveReloadServer(host, options["livereload_port"]), "LiveReload",
                          host, options["livereload_port"])
        session.on_reload = livereload.reload
        session.on_error = livereload.alert
    tag = snippet(host, livereload.port) if livereload else None
    decorate = decorator(tag, lambda: session.error)
    http = bind(lambda: SiteServer(session.location, host, port, decorate=decorate), "The server", host, port)

    if not options["skip_initial_build"]:
        session.build_first()
    watcher = None
    if options["watch"]:
        watcher = Watcher(site.source, session.rebuild, session.ignored, polling=bool(options["force_polling"]))
        watcher.start()
        log.info("Auto-regeneration:", f"enabled for '{site.source}'")
    else:
        log.info("Auto-regeneration:", "disabled. Use --watch to enable.")
    if livereload:
        livereload.start()
        log.info("LiveReload address:", f"http://{host}:{livereload.port}")
    http.start()
    address = server_address(host, http.port, session.location()[1])
    log.info("Server address:", address)
    log.info("Server running...", "press ctrl-c to stop.")
    if options["open_url"]:
        threading.Thread(target=webbrowser.open, args=(address,), daemon=True).start()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        log.info("", "Shutting down...")
    finally:
        for part in (watcher, livereload, http):
            if part is not None:
                part.stop()
