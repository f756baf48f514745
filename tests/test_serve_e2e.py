"""`jekyll-py serve` end to end: the real command on free loopback ports, a file edit, the new page
served and a LiveReload `reload` on the WebSocket; a broken save shows the error and the next save recovers."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.test_serve_helpers import ROOT, WebSocketClient, copy_site, free_port

DEADLINE = 15.0


@dataclass
class Served:
    source: Path
    port: int
    livereload_port: int
    process: subprocess.Popen[str]

    def get(self, path: str = "/") -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=5) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")


def wait_for(condition: object, what: str, timeout: float = DEADLINE) -> None:
    limit = time.monotonic() + timeout
    while time.monotonic() < limit:
        try:
            if condition():  # type: ignore[operator]
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def reload_of(client: WebSocketClient, path: str) -> dict:
    """The first `reload` message for `path` (an editor's save may arrive as two builds)."""
    while True:
        message = client.receive()
        if message.get("command") == "reload" and message.get("path") == path:
            return message


def start_serving(source: Path, *extra: str) -> Served:
    port, livereload_port = free_port(), free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("JEKYLL_ENV", None)
    command = [sys.executable, "-m", "jekyll_py", "serve", "-s", str(source), "-P", str(port), "-l",
               "--livereload-port", str(livereload_port), *extra]
    process = subprocess.Popen(command, cwd=source, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    served = Served(source, port, livereload_port, process)
    wait_for(lambda: process.poll() is not None or served.get()[0] == 200, "the server to answer")
    assert process.poll() is None, process.communicate()[0]
    return served


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    served = start_serving(copy_site("bundled", tmp_path / "site"))
    yield served
    served.process.terminate()
    try:
        served.process.communicate(timeout=5)
    except subprocess.TimeoutExpired:
        served.process.kill()
        served.process.communicate()


def test_edit_is_served_and_announced_on_the_websocket(served: Served) -> None:
    status, home = served.get("/")
    assert status == 200 and "livereload.js" in home
    assert 'href="http://localhost:' in home  # site.url is the server's address in development
    client = WebSocketClient(served.livereload_port)
    try:
        assert client.hello()["command"] == "hello"
        about = served.source / "_pages" / "about.md"
        about.write_text(about.read_text() + "\nA sentence added while serving.\n")
        assert reload_of(client, "/") == {"command": "reload", "path": "/", "liveCSS": True}
        wait_for(lambda: "A sentence added while serving." in served.get("/")[1], "the edited page")
    finally:
        client.close()


def test_a_broken_save_shows_the_error_and_the_next_save_recovers(served: Served) -> None:
    client = WebSocketClient(served.livereload_port)
    try:
        client.hello()
        about = served.source / "_pages" / "about.md"
        good = about.read_text()
        about.write_text(good + "\n{% nosuchtag %}\n")
        message = client.receive()
        assert message["command"] == "alert" and "nosuchtag" in message["message"]
        status, page = served.get("/")
        assert status == 200 and 'id="jekyll-py-error"' in page  # the last good page, under the overlay
        about.write_text(good + "\nRecovered.\n")
        reload_of(client, "/")
        wait_for(lambda: "Recovered." in served.get("/")[1], "the recovered page")
        assert 'id="jekyll-py-error"' not in served.get("/")[1]
    finally:
        client.close()


def test_config_edit_is_picked_up_without_restarting(served: Served) -> None:
    client = WebSocketClient(served.livereload_port)
    try:
        client.hello()
        config = served.source / "_config.yml"
        config.write_text(config.read_text().replace('title: "Hongyu Wang"', 'title: "Renamed Site"'))
        reload_of(client, "/")
        wait_for(lambda: "Renamed Site" in served.get("/")[1], "the renamed site")
    finally:
        client.close()
