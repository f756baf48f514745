"""Live reload over the LiveReload protocol (official-7), so the usual browser extensions work too.

A separate small server on the live reload port (35729 by default, as Jekyll) answers
`GET /livereload.js` with our own client script and upgrades `/livereload` to a WebSocket. After the
`hello` handshake each build sends `{"command": "reload", "path": ..., "liveCSS": true}` per changed
file: the client swaps a changed stylesheet in place and reloads the page for anything else. A failed
build sends `alert`, which our client shows as an overlay instead of a dialog.
"""

from __future__ import annotations

import json
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from jekyll_py import log
from jekyll_py.server.overlay import OVERLAY_ID, OVERLAY_STYLE, TITLE
from jekyll_py.server.websocket import WebSocket, accept_key

PROTOCOL = "http://livereload.com/protocols/official-7"

CLIENT_JS = """\
(function () {
  "use strict";
  var script = document.currentScript;
  var query = script ? new URL(script.src, location.href).searchParams : new URLSearchParams();
  var host = query.get("host") || location.hostname || "localhost";
  var port = query.get("port") || "35729";
  var minDelay = Number(query.get("mindelay")) || 250;
  var maxDelay = Math.max(Number(query.get("maxdelay")) || 4000, minDelay);
  function overlay(text) {
    var panel = document.getElementById("__ID__");
    if (!panel) {
      panel = document.createElement("pre");
      panel.id = "__ID__";
      panel.setAttribute("style", "__STYLE__");
      (document.body || document.documentElement).appendChild(panel);
    }
    panel.textContent = "__TITLE__\\n\\n" + text + "\\n\\n(fix the file and save: the page reloads by itself)";
  }
  function swapStylesheets(path) {
    var swapped = false;
    document.querySelectorAll('link[rel~="stylesheet"][href]').forEach(function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin || !path.endsWith(url.pathname.replace(/^.*\\//, "/"))) return;
      url.searchParams.set("livereload", Date.now());
      var fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.onload = function () { link.remove(); };
      link.after(fresh);
      swapped = true;
    });
    return swapped;
  }
  function handle(message) {
    if (message.command === "hello") {
      window.jekyllPyLiveReload = "connected";
    } else if (message.command === "reload") {
      if (message.liveCSS && /\\.css$/i.test(message.path) && swapStylesheets(message.path)) return;
      location.reload();
    } else if (message.command === "alert") {
      overlay(message.message);
    }
  }
  function connect(delay) {
    var socket = new WebSocket("ws://" + host + ":" + port + "/livereload");
    socket.onopen = function () {
      delay = minDelay;
      socket.send(JSON.stringify({command: "hello", protocols: ["__PROTOCOL__"]}));
    };
    socket.onmessage = function (event) { handle(JSON.parse(event.data)); };
    socket.onclose = function () {
      window.jekyllPyLiveReload = "disconnected";
      setTimeout(function () { connect(Math.min(delay * 2, maxDelay)); }, delay);
    };
  }
  connect(minDelay);
})();
"""


def client_script() -> str:
    substitutions = {"__ID__": OVERLAY_ID, "__STYLE__": OVERLAY_STYLE, "__TITLE__": TITLE, "__PROTOCOL__": PROTOCOL}
    return re.sub("|".join(substitutions), lambda m: substitutions[m.group(0)], CLIENT_JS)


def snippet(host: str, port: int, min_delay: str | None = None, max_delay: str | None = None) -> str:
    """The tag put into every HTML page served: Jekyll's livereload.js tag, with our host and port and, as
    Jekyll passes them, `--livereload-min-delay`/`--livereload-max-delay` (the client's reconnection delays,
    in milliseconds as livereload.js reads them)."""
    delays = "".join(f"&amp;{name}={value}" for name, value in (("mindelay", min_delay), ("maxdelay", max_delay))
                     if value is not None)
    return f'<script src="http://{host}:{port}/livereload.js?snipver=1{delays}&amp;port={port}&amp;host={host}"></script>'


HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.IGNORECASE)
HTML = re.compile(r"<html(?:\s[^>]*)?>", re.IGNORECASE)
DOCTYPE = re.compile(r"\A\s*<!doctype[^>]*>", re.IGNORECASE)


def inject(page: str, markup: str) -> str:
    """Put `markup` at the start of `<head>`; without one after `<html>` or the doctype, else first.

    Jekyll only injects after `<head>`, which is why its live reload fails silently on pages
    without one (jekyll#7279)."""
    for pattern in (HEAD, HTML, DOCTYPE):
        match = pattern.search(page)
        if match:
            return page[: match.end()] + markup + page[match.end():]
    return markup + page


class LiveReloadServer:
    """The live reload port: `/livereload.js`, the WebSocket, and broadcasts to every open browser."""

    def __init__(self, host: str, port: int) -> None:
        self.clients: set[WebSocket] = set()
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer((host, port), _handler_for(self))
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), name="livereload",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        with self._lock:
            clients = list(self.clients)
        for client in clients:
            client.close()
        self.httpd.shutdown()
        self.httpd.server_close()

    def broadcast(self, message: dict[str, Any]) -> int:
        """Send `message` to every browser that said hello; returns how many got it."""
        text = json.dumps(message)
        with self._lock:
            clients = list(self.clients)
        sent = 0
        for client in clients:
            if client.send(text):
                sent += 1
            else:
                self.forget(client)
        return sent

    def reload(self, paths: list[str]) -> None:
        for path in paths:
            self.broadcast({"command": "reload", "path": path, "liveCSS": True})

    def alert(self, message: str) -> None:
        self.broadcast({"command": "alert", "message": message})

    def welcome(self, client: WebSocket) -> None:
        with self._lock:
            self.clients.add(client)

    def forget(self, client: WebSocket) -> None:
        with self._lock:
            self.clients.discard(client)


def _handler_for(server: LiveReloadServer) -> type[BaseHTTPRequestHandler]:
    class LiveReloadHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            path = self.path.split("?", 1)[0]
            if path == "/livereload.js":
                self._reply(HTTPStatus.OK, "application/javascript; charset=utf-8", client_script())
            elif self.headers.get("Upgrade", "").lower() == "websocket" and "Sec-WebSocket-Key" in self.headers:
                self._serve_websocket()
            else:
                self._reply(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8",
                            "This port serves livereload.js and the LiveReload WebSocket; "
                            "the site is on the server's own port.\n")

        def _reply(self, status: HTTPStatus, content_type: str, body: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def _serve_websocket(self) -> None:
            self.send_response(HTTPStatus.SWITCHING_PROTOCOLS)
            self.send_header("Upgrade", "websocket")
            self.send_header("Connection", "Upgrade")
            self.send_header("Sec-WebSocket-Accept", accept_key(self.headers["Sec-WebSocket-Key"]))
            self.end_headers()
            self.wfile.flush()
            socket = WebSocket(self.rfile, self.wfile)
            try:
                self._converse(socket)
            finally:
                server.forget(socket)
                self.close_connection = True

        def _converse(self, socket: WebSocket) -> None:
            while (text := socket.receive()) is not None:
                try:
                    message = json.loads(text)
                except ValueError:
                    continue
                if isinstance(message, dict) and message.get("command") == "hello":
                    socket.send(json.dumps({"command": "hello", "protocols": [PROTOCOL], "serverName": "jekyll-py"}))
                    server.welcome(socket)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
            log.debug("LiveReload:", format % args)

    return LiveReloadHandler
