"""Serving the built site: only files inside the destination, under `baseurl`, as Jekyll's WEBrick does.

Requests are decoded once and refused when any segment is `..` (also `%2e%2e`), holds a NUL or a
backslash, or when the real path (symlinks resolved) leaves the destination. Folders serve their
`index.html`; `/about` finds `about.html` (Jekyll's servlet); misses get the site's `404.html` with
status 404. HTML pages get the live reload tag and, while the last build failed, the error overlay.
"""

from __future__ import annotations

import mimetypes
import posixpath
import threading
from collections.abc import Callable
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit

from jekyll_py import log
from jekyll_py.server.livereload import inject

if TYPE_CHECKING:
    import ssl

INDEX_FILES = ("index.html", "index.htm", "index.xhtml", "index.xml", "index.json")
TEXT_TYPES = ("application/javascript", "application/json", "application/xml", "application/atom+xml",
              "application/rss+xml", "image/svg+xml")
# Jekyll's servlet: no caching, so a reload always shows the newest build
NO_CACHE = "private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate"
EXTRA_TYPES = {".js": "application/javascript", ".mjs": "application/javascript", ".json": "application/json",
               ".xml": "application/xml", ".atom": "application/atom+xml", ".rss": "application/rss+xml",
               ".svg": "image/svg+xml", ".webp": "image/webp", ".woff2": "font/woff2", ".woff": "font/woff",
               ".wasm": "application/wasm", ".md": "text/markdown", ".yml": "text/yaml", ".yaml": "text/yaml"}


def content_type(path: Path) -> str:
    """The type to send, with `charset=utf-8` for text (Jekyll's mime.types and its charset default)."""
    kind = EXTRA_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in TEXT_TYPES:
        return f"{kind}; charset=utf-8"
    return kind


def request_segments(raw_path: str, baseurl: str) -> list[str] | None:
    """The decoded path segments under `baseurl`; None when the request leaves the site or is malformed."""
    path = unquote(urlsplit(raw_path).path, errors="strict")
    prefix = "/" + baseurl.strip("/") if baseurl.strip("/") else ""
    if prefix:
        if path != prefix and not path.startswith(prefix + "/"):
            return None
        path = path[len(prefix):]
    segments = [s for s in path.split("/") if s not in ("", ".")]
    if any(s == ".." or "\\" in s or "\x00" in s for s in segments):
        return None
    return segments


def inside(path: Path, root: Path) -> bool:
    """Whether `path`, symlinks resolved, is `root` or below it."""
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return False
    return real == root or root in real.parents


def locate(root: Path, segments: list[str], *, listing: bool = False) -> tuple[Path | None, bool]:
    """(file to serve, whether the URL must gain a trailing slash first). With `listing` (Jekyll's
    `--show-dir-listing`) a folder is answered with itself, to be listed, instead of its index file."""
    target = root.joinpath(*segments)
    if target.is_dir() and inside(target, root):
        if listing:
            return target, True
        for name in INDEX_FILES:
            index = target / name
            if index.is_file() and inside(index, root):
                return index, True
        return None, False
    if target.is_file() and inside(target, root):
        return target, False
    if segments and not posixpath.splitext(segments[-1])[1]:
        html = target.with_name(segments[-1] + ".html")
        if html.is_file() and inside(html, root):
            return html, False
    return None, False


def listing_page(folder: Path, url_path: str) -> str:
    """A folder's index, as WEBrick's fancy indexing lists it: names only, `.ht*` and `~*` hidden."""
    names = sorted(entry.name + ("/" if entry.is_dir() else "") for entry in folder.iterdir()
                   if not entry.name.startswith((".ht", "~")))
    title = escape(f"Index of {url_path}")
    items = "".join(f'<li><a href="{quote(name)}">{escape(name)}</a></li>\n' for name in ["../", *names])
    return f"<!DOCTYPE html>\n<html><head><title>{title}</title></head>\n<body><h1>{title}</h1>\n<ul>\n{items}</ul>\n" \
           "</body></html>\n"


class SiteServer:
    """The preview HTTP server for one destination folder; HTTPS when given a TLS context (`--ssl-cert`)."""

    def __init__(self, location: Callable[[], tuple[Path, str]], host: str, port: int, *,
                 decorate: Callable[[str], str] | None = None, tls: ssl.SSLContext | None = None,
                 listing: bool = False) -> None:
        self.location = location  # (destination, baseurl) of the site now: a new configuration may move them
        self.decorate = decorate or (lambda page: page)  # adds the live reload tag and the error overlay
        self.listing = listing
        self.httpd = ThreadingHTTPServer((host, port), _handler_for(self))
        self.httpd.daemon_threads = True
        if tls is not None:  # the handshake happens on the first read, in the request's own thread
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True, do_handshake_on_connect=False)
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), name="http", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def serve_here(self) -> None:
        """Serve in the calling thread until the process ends (the detached server's whole life)."""
        self.httpd.serve_forever(0.05)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def root(self) -> Path:
        return self.location()[0].resolve()

    @property
    def baseurl(self) -> str:
        return self.location()[1]

    def body(self, path: Path, kind: str) -> bytes:
        data = path.read_bytes()
        if not kind.startswith("text/html"):
            return data
        return self.decorate(data.decode("utf-8", "replace")).encode("utf-8")


def _handler_for(server: SiteServer) -> type[BaseHTTPRequestHandler]:
    class SiteHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "jekyll-py"

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._respond(with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._respond(with_body=False)

        def _respond(self, *, with_body: bool) -> None:
            try:
                segments = request_segments(self.path, server.baseurl)
            except UnicodeDecodeError:
                segments = None
            if segments is None:
                if urlsplit(self.path).path in ("", "/") and server.baseurl.strip("/"):
                    return self._redirect("/" + server.baseurl.strip("/") + "/")
                return self._not_found(with_body)
            root = server.root
            found, needs_slash = locate(root, segments, listing=server.listing)
            path = urlsplit(self.path).path
            if found is None:
                return self._not_found(with_body)
            if needs_slash and not path.endswith("/"):
                return self._redirect(quote(path + "/"))
            if found.is_dir():
                return self._send_html(HTTPStatus.OK, listing_page(found, unquote(path)), with_body)
            self._send(HTTPStatus.OK, found, with_body)

        def _send(self, status: HTTPStatus, path: Path, with_body: bool) -> None:
            kind = content_type(path)
            try:
                body = server.body(path, kind)
            except OSError:
                body, status, kind = b"Not Found\n", HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8"
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", NO_CACHE)
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def _not_found(self, with_body: bool) -> None:
            page = server.root / "404.html"
            if page.is_file() and inside(page, server.root):
                return self._send(HTTPStatus.NOT_FOUND, page, with_body)
            self._send_html(HTTPStatus.NOT_FOUND, "<!doctype html><title>Not Found</title><h1>Not Found</h1>",
                            with_body)

        def _send_html(self, status: HTTPStatus, page: str, with_body: bool) -> None:
            body = server.decorate(page).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", NO_CACHE)
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def _redirect(self, location: str) -> None:
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
            log.debug("Server:", format % args)

    return SiteHandler


def decorator(snippet: str | None, error: Callable[[], str | None]) -> Callable[[str], str]:
    """What every served HTML page gets: the live reload tag, and the overlay while a build error lasts."""
    from jekyll_py.server.overlay import overlay_html

    def decorate(page: str) -> str:
        message = error()
        markup = (snippet or "") + (overlay_html(message) if message else "")
        return inject(page, markup) if markup else page

    return decorate
