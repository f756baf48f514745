"""Edit-to-visible latency of the preview server: from the file write to the rebuilt page being served.

Usage:
  python bench/serve_latency.py                   # the bundled site (repository root), jekyll-py and Jekyll
  python bench/serve_latency.py --posts 1000      # a synthetic site of 1000 posts (bench/synthetic.py)
  python bench/serve_latency.py --tool jekyll-py --runs 20

Each tool serves its own scratch copy of the site (`jekyll-py serve`, `jekyll serve --incremental`),
on free loopback ports. One run appends a unique sentence to one page's source, then fetches that
page's URL in a tight loop until the sentence is there. Prints the median, the 90th percentile and the
worst run per tool. The first edit after start-up is a warm-up and not counted.
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import generate  # noqa: E402

BUNDLED_PARTS = ("_config.yml", "_data", "_includes", "_layouts", "_pages", "assets", "images")
PROBE = "latency-probe"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def bundled_site(target: Path) -> tuple[Path, Path]:
    """A copy of the bundled site and the page the benchmark edits."""
    target.mkdir(parents=True)
    for part in BUNDLED_PARTS:
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, target / part)
    return target, target / "_pages" / "about.md"


def synthetic_site(target: Path, posts: int) -> tuple[Path, Path]:
    generate(target, posts)
    return target, sorted((target / "_posts").iterdir())[posts // 2]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):  # a file caught half-written by a server that does not swap
        return ""


def wait_until(condition: object, timeout: float) -> float:
    """Seconds until `condition()` held; raises after `timeout`."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if condition():  # type: ignore[operator]
            return time.perf_counter() - started
        time.sleep(0.001)
    raise TimeoutError("the edit never became visible")


def page_url(dest: Path, port: int, marker: str) -> str:
    """The URL of the built page that contains `marker`."""
    for path in sorted(dest.rglob("*.html")):
        if marker in path.read_text(encoding="utf-8", errors="replace"):
            rel = path.relative_to(dest).as_posix()
            rel = rel[: -len("index.html")] if rel.endswith("index.html") else rel
            return f"http://127.0.0.1:{port}/{rel}"
    raise RuntimeError(f"no built page contains {marker}")


def command(tool: str, source: Path, dest: Path, port: int) -> list[str]:
    if tool == "jekyll":
        return ["jekyll", "serve", "--incremental", "-s", str(source), "-d", str(dest), "-P", str(port)]
    return [sys.executable, "-m", "jekyll_py", "serve", "-s", str(source), "-d", str(dest), "-P", str(port), "-q"]


def measure(tool: str, source: Path, page: Path, runs: int) -> list[float]:
    dest = source.parent / f"{source.name}-site"
    port = free_port()
    page.write_text(page.read_text() + f"\n\n{PROBE} 0\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "JEKYLL_ENV": "development"}
    process = subprocess.Popen(command(tool, source, dest, port), cwd=source, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: fetch(f"http://127.0.0.1:{port}/") != "", timeout=120)
        url = page_url(dest, port, f"{PROBE} 0")
        samples = []
        for run in range(1, runs + 2):
            time.sleep(0.5)  # let the watcher settle, as between a person's saves
            sentence = f"{PROBE} {run}"
            started = time.perf_counter()
            with page.open("a") as handle:
                handle.write(f"\n{sentence}\n")
            samples.append(time.perf_counter() - started + wait_until(lambda s=sentence: s in fetch(url), timeout=60))
        return samples[1:]
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return (f"median {statistics.median(ordered) * 1000:7.1f} ms   p90 {p90 * 1000:7.1f} ms   "
            f"worst {ordered[-1] * 1000:7.1f} ms   ({len(ordered)} edits)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, help="a synthetic site of this many posts instead of the bundled site")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--tool", choices=["jekyll-py", "jekyll", "both"], default="both")
    args = parser.parse_args()
    tools = ["jekyll-py", "jekyll"] if args.tool == "both" else [args.tool]
    if "jekyll" in tools and shutil.which("jekyll") is None:
        print("jekyll is not installed: measuring jekyll-py only")
        tools.remove("jekyll")
    label = f"synthetic site, {args.posts} posts" if args.posts else "bundled site"
    print(f"Edit-to-visible latency, {label}, one-page edit:")
    for tool in tools:
        with tempfile.TemporaryDirectory(prefix="serve-latency-") as scratch:
            target = Path(scratch) / "site"
            source, page = synthetic_site(target, args.posts) if args.posts else bundled_site(target)
            print(f"  {tool:<10} {summary(measure(tool, source, page, args.runs))}")


if __name__ == "__main__":
    main()
