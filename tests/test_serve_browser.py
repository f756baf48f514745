"""Live reload in a real browser: headless Chromium loads a served page, the source is edited, and the
page reloads by itself (our livereload.js, the WebSocket, the rebuild and the server, all on loopback).

Chromium is driven through the DevTools protocol over the test's own WebSocket client. Skipped when
Debian's `chromium` is not installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_serve_e2e import Served, served, wait_for  # noqa: F401 - `served` is a fixture
from tests.test_serve_helpers import WebSocketClient, free_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless browser test needs Debian's `chromium` "
                                                         "(apt-get install chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio"]


class Browser:
    """One headless Chromium with one page, evaluated through DevTools."""

    def __init__(self, url: str, profile: Path) -> None:
        self.port = free_port()
        self.process = subprocess.Popen(
            [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", f"--remote-debugging-port={self.port}", url],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: self._page_target() is not None, "Chromium's DevTools", timeout=20)
        target = self._page_target()
        assert target is not None
        path = "/" + target["webSocketDebuggerUrl"].split("/", 3)[3]
        self.devtools = WebSocketClient(self.port, timeout=10, path=path)
        self._ids = 0

    def _page_target(self) -> dict[str, Any] | None:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list", timeout=2) as response:
            targets = json.load(response)
        return next((t for t in targets if t.get("type") == "page"), None)

    def evaluate(self, expression: str) -> Any:
        self._ids += 1
        self.devtools.socket.send(json.dumps({"id": self._ids, "method": "Runtime.evaluate",
                                              "params": {"expression": expression, "returnByValue": True}}))
        while True:
            message = self.devtools.receive()
            if message.get("id") == self._ids:
                return message.get("result", {}).get("result", {}).get("value")

    def close(self) -> None:
        self.devtools.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def browser(served: Served) -> Iterator[Browser]:  # noqa: F811 - the fixture imported above
    # Chromium's helper processes can still write to the profile as it is removed: nothing to keep there
    with tempfile.TemporaryDirectory(prefix="jekyll-py-chromium-", ignore_cleanup_errors=True) as profile:
        browser = Browser(f"http://127.0.0.1:{served.port}/", Path(profile))
        try:
            yield browser
        finally:
            browser.close()


def test_page_reloads_by_itself_after_an_edit(served: Served, browser: Browser) -> None:  # noqa: F811
    wait_for(lambda: browser.evaluate("document.readyState") == "complete", "the page to load")
    # our client marks the window once the server answered its hello
    wait_for(lambda: browser.evaluate("window.jekyllPyLiveReload") == "connected", "the LiveReload handshake")
    browser.evaluate("window.__beforeReload = true")
    about = served.source / "_pages" / "about.md"
    about.write_text(about.read_text() + "\nWritten while the browser watched.\n")
    wait_for(lambda: browser.evaluate("window.__beforeReload === undefined && "
                                      "document.body.innerText.includes('Written while the browser watched.')"),
             "the page to reload by itself")


def test_stylesheet_edit_swaps_the_css_without_reloading(served: Served, browser: Browser) -> None:  # noqa: F811
    wait_for(lambda: browser.evaluate("window.jekyllPyLiveReload") == "connected", "the LiveReload handshake")
    browser.evaluate("window.__beforeReload = true")
    css = served.source / "assets" / "css" / "main.css"
    css.write_text(css.read_text() + "\nbody { outline-color: rgb(1, 2, 3); }\n")
    wait_for(lambda: browser.evaluate("getComputedStyle(document.body).outlineColor") == "rgb(1, 2, 3)",
             "the new stylesheet")
    assert browser.evaluate("window.__beforeReload") is True  # swapped in place, no reload
