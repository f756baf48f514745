"""Shared by the serve tests: copying a fixture site, building it cleanly, comparing trees."""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from jekyll_py import config as config_module
from jekyll_py import log
from jekyll_py.server.websocket import WebSocket, accept_key
from jekyll_py.site import Site

TESTS = Path(__file__).parent
SITES = TESTS / "sites"
ROOT = TESTS.parent
PINNED_TIME = SITES / "_golden_time.yml"
BUNDLED_SITE_PARTS = ("_config.yml", "_data", "_includes", "_layouts", "_pages", "assets", "images")


def copy_site(name: str, target: Path) -> Path:
    """A private copy of a fixture site (or of the bundled site at the repository root, `bundled`)."""
    if name != "bundled":
        shutil.copytree(SITES / name, target)
        return target
    target.mkdir(parents=True)
    for part in BUNDLED_SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    return target


def make_site(source: Path, dest: Path, **overrides: object) -> Site:
    """The site as the tests build it: `site.time` pinned, development environment."""
    files = [str(source / "_config.yml"), str(PINNED_TIME)]
    config = config_module.load(source, files, {"destination": str(dest), "quiet": True, **overrides})
    return Site(config)


@pytest.fixture
def quiet_log() -> Iterator[None]:
    """Builds in these tests print nothing; the level goes back for the tests that read the output."""
    before = log._level
    log.set_level(log.Level.ERROR)
    yield
    log.set_level(before)


def clean_build(source: Path, dest: Path) -> dict[str, bytes] | str:
    """The destination tree of a fresh full build, or the error's text when the build fails."""
    shutil.rmtree(dest, ignore_errors=True)
    try:
        make_site(source, dest).process()
    except Exception as exc:  # noqa: BLE001 - compared with the incremental build's failure
        return f"{type(exc).__name__}"
    return tree(dest)


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class WebSocketClient:
    """A minimal WebSocket client over our own frames (masked, as browsers do): LiveReload, DevTools."""

    def __init__(self, port: int, timeout: float = 5.0, path: str = "/livereload") -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
                          .encode())
        self.reader = self.sock.makefile("rb")
        head = b""
        while not head.endswith(b"\r\n\r\n"):
            head += self.reader.read(1)
        assert head.startswith(b"HTTP/1.1 101"), head
        assert f"Sec-WebSocket-Accept: {accept_key(key)}".encode() in head
        self.socket = WebSocket(self.reader, self.sock.makefile("wb"), client=True)

    def hello(self) -> dict:
        self.socket.send(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
        return self.receive()

    def receive(self) -> dict:
        text = self.socket.receive()
        assert text is not None, "the server closed the WebSocket"
        return json.loads(text)

    def close(self) -> None:
        self.socket.close()
        self.sock.close()
