"""The watching commands' remaining Jekyll flags, end to end on loopback: serve's `--livereload-ignore`, the
reload delays, `--ssl-cert`/`--ssl-key`, `--show-dir-listing` and `--detach`, the refusals Jekyll makes, and
`build --watch`.

The TLS pair in tests/serve_tls was made once, for 127.0.0.1 and localhost, with
`openssl req -x509 -newkey rsa:2048 -nodes -days 36500 -subj /CN=localhost
-addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout localhost-key.pem -out localhost-cert.pem`."""

from __future__ import annotations

import os
import re
import signal
import ssl
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_serve_e2e import Served, reload_of, start_serving, wait_for
from tests.test_serve_helpers import ROOT, TESTS, WebSocketClient, copy_site, free_port

TLS = TESTS / "serve_tls"


def serve_command(source: Path, port: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "jekyll_py", "serve", "-s", str(source), "-P", str(port), *extra]


def run_serve(source: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """A serve command expected to end by itself (a refusal, or `--detach` handing over)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(serve_command(source, free_port(), *extra), cwd=source, env=env, capture_output=True,
                          text=True, timeout=60)


def stop(process: subprocess.Popen[str]) -> str:
    """Stop a server; answers with what it printed, white space runs folded to one space."""
    process.terminate()
    try:
        output = process.communicate(timeout=5)[0]
    except subprocess.TimeoutExpired:
        process.kill()
        output = process.communicate()[0]
    return " ".join(output.split())


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_site("bundled", tmp_path / "site")


@pytest.fixture
def ignoring_pages(site: Path) -> Iterator[Served]:
    served = start_serving(site, "--livereload-ignore", "_pages/*,*.txt", "--livereload-min-delay", "100",
                           "--livereload-max-delay", "2000")
    yield served
    stop(served.process)


def test_ignored_sources_are_rebuilt_but_not_reloaded(ignoring_pages: Served) -> None:
    served = ignoring_pages
    client = WebSocketClient(served.livereload_port)
    try:
        client.hello()
        about = served.source / "_pages" / "about.md"
        about.write_text(about.read_text() + "\nRebuilt without a reload.\n")
        wait_for(lambda: "Rebuilt without a reload." in served.get("/")[1], "the edited page")
        css = served.source / "assets" / "css" / "main.css"
        css.write_text(css.read_text() + "\n.added { color: red; }\n")
        messages = []
        while not messages or messages[-1].get("path") != "/assets/css/main.css":
            messages.append(client.receive())
        assert [m["path"] for m in messages] == ["/assets/css/main.css"]
    finally:
        client.close()


def test_reload_delays_reach_the_livereload_tag(ignoring_pages: Served) -> None:
    page = ignoring_pages.get("/")[1]
    assert re.search(r'livereload\.js\?snipver=1&amp;mindelay=100&amp;maxdelay=2000&amp;port=\d+', page)


def test_https_with_a_certificate_and_key(site: Path) -> None:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("JEKYLL_ENV", None)
    process = subprocess.Popen(serve_command(site, port, "--ssl-cert", str(TLS / "localhost-cert.pem"),
                                             "--ssl-key", str(TLS / "localhost-key.pem")),
                               cwd=site, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    context = ssl.create_default_context(cafile=str(TLS / "localhost-cert.pem"))

    def home() -> str:
        with urllib.request.urlopen(f"https://127.0.0.1:{port}/", context=context, timeout=5) as response:
            return response.read().decode("utf-8")

    try:
        wait_for(lambda: process.poll() is not None or "<html" in home(), "the HTTPS server")
        assert process.poll() is None
        assert 'href="https://localhost:' in home()  # site.url follows the scheme in development
    finally:
        output = stop(process)
    assert f"Server address: https://127.0.0.1:{port}/" in output


def test_a_certificate_without_its_key_is_refused(site: Path) -> None:
    result = run_serve(site, "--ssl-cert", str(TLS / "localhost-cert.pem"))
    assert result.returncode != 0
    assert "Missing --ssl_cert or --ssl_key. Both are required." in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_livereload_over_tls_is_refused(site: Path) -> None:
    result = run_serve(site, "-l", "--ssl-cert", str(TLS / "localhost-cert.pem"), "--ssl-key",
                       str(TLS / "localhost-key.pem"))
    assert result.returncode != 0 and "LiveReload does not support SSL" in result.stdout + result.stderr
    assert not (site / "_site").exists()  # refused before building anything


def test_an_unreadable_certificate_names_the_file(site: Path) -> None:
    (site / "cert.pem").write_text("not a certificate\n")
    result = run_serve(site, "--ssl-cert", "cert.pem", "--ssl-key", "cert.pem")
    assert result.returncode != 0
    assert f"{site / 'cert.pem'}" in result.stdout + result.stderr and "Traceback" not in result.stderr


def test_directory_listing_instead_of_the_index(site: Path) -> None:
    served = start_serving(site, "--show-dir-listing")
    try:
        status, listing = served.get("/")
        assert status == 200 and "<h1>Index of /</h1>" in listing
        assert '<a href="index.html">index.html</a>' in listing and '<a href="assets/">assets/</a>' in listing
        assert served.get("/assets/css/main.css")[0] == 200  # files are still served
    finally:
        stop(served.process)


def test_detach_leaves_a_server_running_and_returns(site: Path) -> None:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(serve_command(site, port, "--detach"), cwd=site, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    match = re.search(r"Server detached with pid '(\d+)'", result.stdout)
    assert match, result.stdout
    pid = int(match.group(1))
    try:
        served = Served(site, port, 0, None)  # type: ignore[arg-type] - no process of ours to watch
        wait_for(lambda: served.get("/")[0] == 200, "the detached server")
        assert "livereload.js" not in served.get("/")[1]
    finally:
        os.kill(pid, signal.SIGTERM)


def test_livereload_wins_over_detach(site: Path) -> None:
    served = start_serving(site, "--detach")  # start_serving adds -l
    try:
        client = WebSocketClient(served.livereload_port)
        try:
            client.hello()
            about = served.source / "_pages" / "about.md"
            about.write_text(about.read_text() + "\nStill watched.\n")
            reload_of(client, "/")
        finally:
            client.close()
    finally:
        output = stop(served.process)
    assert "--detach and --livereload are mutually exclusive. Choosing --livereload" in output


def test_build_watch_rebuilds_on_save_until_interrupted(site: Path, tmp_path: Path) -> None:
    dest = tmp_path / "built"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "jekyll_py", "build", "-s", str(site), "-d", str(dest),
                                "--watch"], cwd=site, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    home = dest / "index.html"
    try:
        wait_for(lambda: process.poll() is not None or home.is_file(), "the first build")
        assert process.poll() is None
        about = site / "_pages" / "about.md"
        about.write_text(about.read_text() + "\nWritten while watching.\n")
        wait_for(lambda: "Written while watching." in home.read_text(), "the rebuild")
    finally:
        process.send_signal(signal.SIGINT)
        output = " ".join(process.communicate(timeout=10)[0].split())
    assert process.returncode == 0, output
    assert f"Auto-regeneration: enabled for '{site}'" in output and "Halting auto-regeneration." in output
