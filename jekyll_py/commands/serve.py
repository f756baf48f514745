"""`jekyll-py serve` (`server`, `s`): build, then serve the site, rebuild on change, reload the browser."""

from __future__ import annotations

import os
import threading
import webbrowser
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from jekyll_py import log
from jekyll_py.commands._common import handles_errors, set_verbosity, site_options, watch_options
from jekyll_py.errors import ConfigError

if TYPE_CHECKING:
    import ssl

LIVERELOAD_PORT = 35729  # Jekyll's, and the LiveReload browser extensions'
LIVERELOAD_ONLY = ("livereload_ignore", "livereload_min_delay", "livereload_max_delay", "livereload_port")


def serve_options(command: Any) -> Any:
    """Jekyll's serve flags (`jekyll serve --help`), on top of the shared site flags."""
    decorators = [
        click.option("-H", "--host", default="127.0.0.1", show_default=True, help="Host to bind to"),
        click.option("-P", "--port", default=4000, type=int, show_default=True, help="Port to listen on"),
        click.option("-l", "--livereload", is_flag=True, help="Use LiveReload to automatically refresh browsers"),
        click.option("--livereload-port", "livereload_port", type=int, help="Port for LiveReload to listen on "
                     f"[default: {LIVERELOAD_PORT}]"),
        click.option("--livereload-ignore", "livereload_ignore", metavar="GLOB1[,GLOB2[,...]]",
                     help="Files for LiveReload to ignore. Remember to quote the values so your shell won't "
                          "expand them"),
        click.option("--livereload-min-delay", "livereload_min_delay", metavar="DELAY", help="Minimum reload delay"),
        click.option("--livereload-max-delay", "livereload_max_delay", metavar="DELAY", help="Maximum reload delay"),
        click.option("-o", "--open-url", "open_url", is_flag=True, help="Launch your site in a browser"),
        click.option("-B", "--detach", is_flag=True, help="Run the server in the background"),
        click.option("--ssl-cert", "ssl_cert", metavar="CERT", help="X.509 (SSL) certificate."),
        click.option("--ssl-key", "ssl_key", metavar="KEY", help="X.509 (SSL) Private Key."),
        click.option("--show-dir-listing", "show_dir_listing", is_flag=True,
                     help="Show a directory listing instead of loading your index file."),
        click.option("--skip-initial-build", "skip_initial_build", is_flag=True,
                     help="Skips the initial site build which occurs before the server is started"),
        *watch_options(default=True),
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


def server_address(host: str, port: int, baseurl: str, *, secure: bool = False) -> str:
    """Jekyll's `Server address:` line: http://host:port/baseurl/."""
    path = baseurl.strip("/")
    return f"{'https' if secure else 'http'}://{host}:{port}/{path + '/' if path else ''}"


def check_livereload_options(options: dict[str, Any]) -> None:
    """Jekyll's `validate_options`: live reload wins over `--detach`, refuses TLS and implies watching.
    Jekyll ignores the live reload flags without `--livereload`; we say so."""
    if options["livereload"]:
        if options["detach"]:
            log.warn("Warning:", "--detach and --livereload are mutually exclusive. Choosing --livereload")
            options["detach"] = False
        if options["ssl_cert"] or options["ssl_key"]:
            raise ConfigError("LiveReload does not support SSL",
                              hint="serve with either --livereload or --ssl-cert/--ssl-key, not both")
        options["watch"] = True
    elif any(options[name] is not None for name in LIVERELOAD_ONLY):
        log.warn("Warning:", "--livereload-min-delay, --livereload-max-delay, --livereload-ignore and "
                             "--livereload-port have no effect without --livereload")
    if options["livereload_port"] is None:
        options["livereload_port"] = LIVERELOAD_PORT


def tls_context(options: dict[str, Any], source: Path) -> ssl.SSLContext | None:
    """HTTPS for `--ssl-cert` and `--ssl-key`, both needed, read relative to the source as Jekyll reads them
    (an absolute path is taken as it is)."""
    cert, key = options["ssl_cert"], options["ssl_key"]
    if cert is None and key is None:
        return None
    if not (cert and key):
        raise ConfigError("Missing --ssl_cert or --ssl_key. Both are required.",
                          hint="give the certificate with --ssl-cert and its private key with --ssl-key")
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        context.load_cert_chain(source / cert, source / key)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"the certificate {source / cert} and key {source / key} could not be loaded: "
                          f"{getattr(exc, 'strerror', None) or exc}",
                          hint="give a PEM certificate and its matching PEM private key") from None
    return context


def detach(http: Any) -> None:
    """Jekyll's `--detach`: the server goes on in a child process of its own session and the command ends.
    As in Jekyll, nothing watches the source any more; the child writes nothing to the terminal."""
    if not hasattr(os, "fork"):
        raise ConfigError("--detach needs fork(), which this platform does not have",
                          hint="run `serve` without --detach in a terminal of its own")
    pid = os.fork()
    if pid == 0:  # the child: no terminal, no signals from it
        os.setsid()
        devnull = os.open(os.devnull, os.O_RDWR)
        for stream in (0, 1, 2):
            os.dup2(devnull, stream)
        try:
            http.serve_here()
        finally:
            os._exit(0)
    http.httpd.server_close()
    log.info(f"Server detached with pid '{pid}'.", f"Run `pkill -f jekyll' or `kill -9 {pid}' to stop the server.")


@click.command()
@site_options
@serve_options
@handles_errors
def serve(**options: Any) -> None:
    """Serve your site locally, rebuilding exactly what changed and reloading the browser."""
    from jekyll_py.server.http import SiteServer, decorator
    from jekyll_py.server.livereload import LiveReloadServer, snippet
    from jekyll_py.server.session import ServeSession, development_url

    set_verbosity(options)
    check_livereload_options(options)
    host, port = options["host"], options["port"]
    tls = tls_context(options, Path(options["source"] or "."))
    development = os.environ.get("JEKYLL_ENV", "development") == "development"
    session = ServeSession(options, url=development_url(host, port, secure=tls is not None) if development else None)
    session.announce()

    livereload = None
    if options["livereload"]:
        livereload = bind(lambda: LiveReloadServer(host, options["livereload_port"]), "LiveReload",
                          host, options["livereload_port"])
        session.on_reload = livereload.reload
        session.on_error = livereload.alert
    tag = snippet(host, livereload.port, options["livereload_min_delay"],
                  options["livereload_max_delay"]) if livereload else None
    decorate = decorator(tag, lambda: session.error)
    http = bind(lambda: SiteServer(session.location, host, port, decorate=decorate, tls=tls,
                                   listing=options["show_dir_listing"]), "The server", host, port)

    if not options["skip_initial_build"]:
        session.build_first()
    address = server_address(host, http.port, session.location()[1], secure=tls is not None)
    if options["detach"]:
        log.info("Auto-regeneration:", "disabled: a detached server serves the site as it is now built.")
        log.info("Server address:", address)
        return detach(http)
    watcher = None
    if options["watch"]:
        watcher = session.watch(polling=bool(options["force_polling"]))
    else:
        log.info("Auto-regeneration:", "disabled. Use --watch to enable.")
    if livereload:
        livereload.start()
        log.info("LiveReload address:", f"http://{host}:{livereload.port}")
    http.start()
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
