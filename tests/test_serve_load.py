"""`jekyll-py serve` under load: a second process sends a few thousand loopback requests from several
threads while the page they fetch is edited and rebuilt again and again. No request may fail and no
response may be a half-written page (the writer replaces files atomically). Bounded: 127.0.0.1 only,
a fixed request count, a deadline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.test_serve_e2e import start_serving

REQUESTS = 4000
THREADS = 8
DEADLINE = 20.0
LINES = 1000  # the page is ~35 KB, so a partial write would be visible

PAGE = """---
version: {version}
---
BEGIN
{{% for i in (1..{lines}) %}}<p>version {{{{ page.version }}}} line {{{{ i }}}}</p>
{{% endfor %}}END
"""

# The load client: runs in its own process, so the server competes with real concurrent clients.
CLIENT = r"""
import http.client, json, re, sys, threading, time
port, total, threads, lines, deadline = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]),
                                         int(sys.argv[4]), float(sys.argv[5]))
paths = ["/page.html", "/page.html", "/page.html", "/style.css", "/missing.html"]
lock = threading.Lock()
stats = {"requests": 0, "failed": [], "torn": [], "versions": set(), "latencies": []}
counter = iter(range(total))
stop_at = time.monotonic() + deadline

def check(path, status, body):
    if path == "/missing.html":
        return status == 404
    if status != 200:
        return False
    if path == "/style.css":
        return body.strip() == "body { color: red; }"
    body = re.sub(r"^<script[^>]*></script>\s*", "", body)  # LiveReload's script, injected by -l
    versions = set(re.findall(r"<p>version (\d+) line \d+</p>", body))
    complete = body.startswith("BEGIN") and body.rstrip().endswith("END") and body.count("<p>") == lines
    if not complete or len(versions) != 1:
        stats["torn"].append(body[:80] + " ... " + body[-80:])
        return True
    stats["versions"].update(versions)
    return True

def worker():
    while time.monotonic() < stop_at:
        with lock:
            n = next(counter, None)
        if n is None:
            break
        path = paths[n % len(paths)]
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)  # one connection per request
        try:
            conn.request("GET", path, headers={"Connection": "close"})
            response = conn.getresponse()
            body = response.read().decode("utf-8")
            ok = check(path, response.status, body)
        except Exception as exc:
            ok, body = False, repr(exc)
        finally:
            conn.close()
        with lock:
            stats["requests"] += 1
            stats["latencies"].append(time.monotonic() - started)
            if not ok:
                stats["failed"].append(f"{path}: {body[:120]}")

pool = [threading.Thread(target=worker) for _ in range(threads)]
begun = time.monotonic()
for t in pool: t.start()
for t in pool: t.join()
lat = sorted(stats["latencies"]) or [0.0]
print(json.dumps({"requests": stats["requests"], "failed": stats["failed"][:5], "failed_count": len(stats["failed"]),
                  "torn": stats["torn"][:3], "torn_count": len(stats["torn"]),
                  "versions": sorted(stats["versions"], key=int), "seconds": time.monotonic() - begun,
                  "p50_ms": 1000 * lat[len(lat) // 2], "p99_ms": 1000 * lat[int(len(lat) * 0.99)],
                  "max_ms": 1000 * lat[-1]}))
"""


def write_page(source: Path, version: int) -> None:
    """Written in place, not atomically, the way many editors save."""
    (source / "page.html").write_text(PAGE.format(version=version, lines=LINES))


def test_serve_under_load_while_rebuilding(tmp_path: Path) -> None:
    source = tmp_path / "site"
    source.mkdir()
    (source / "_config.yml").write_text("title: load\n")
    (source / "style.css").write_text("body { color: red; }\n")
    (source / "index.html").write_text("---\n---\nhome\n")
    write_page(source, 0)
    served = start_serving(source)
    try:
        client = subprocess.Popen(
            [sys.executable, "-c", CLIENT, str(served.port), str(REQUESTS), str(THREADS), str(LINES), str(DEADLINE)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": ""})
        version = 0
        while client.poll() is None:
            version += 1
            write_page(source, version)
            time.sleep(0.1)
        out, err = client.communicate(timeout=DEADLINE + 10)
        assert client.returncode == 0, err
        report = json.loads(out)
        print(f"load: {report['requests']} requests in {report['seconds']:.1f} s, versions served "
              f"{len(report['versions'])} of {version + 1} written, p50 {report['p50_ms']:.1f} ms, "
              f"p99 {report['p99_ms']:.1f} ms, max {report['max_ms']:.1f} ms")
        assert report["requests"] == REQUESTS, "the client ran out of time"
        assert report["failed_count"] == 0, report["failed"]
        assert report["torn_count"] == 0, report["torn"]
        assert len(report["versions"]) >= 3, "the page must have been rebuilt while it was being served"
    finally:
        served.process.terminate()
        try:
            served.process.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            served.process.kill()
            served.process.communicate()
