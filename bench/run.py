"""Time `jekyll build` against `jekyll-py build`, alternating (A B A B …), with peak memory.

Usage:
  python bench/run.py                      # synthetic sites of 1000 and 4000 posts
  python bench/run.py --posts 200          # other sizes
  python bench/run.py --site PATH          # any Jekyll site (e.g. a public academicpages fork; never commit it)
  python bench/run.py --runs 5
  python bench/run.py --warm               # rebuilds: each tool keeps its disk cache between runs
  python bench/run.py --dest-root /dev/shm # outputs on tmpfs (see below)

Prints one table: per site, the median wall time of each tool, the median of the per-pair ratios (ours /
Jekyll), and each tool's peak RSS. Both tools run with JEKYLL_ENV=production into scratch folders, after one
uncounted warm-up build each; jekyll-py with its bytecode cache on, as an installed package has it
(PYTHONDONTWRITEBYTECODE is dropped), and likewise its store of compiled regular expressions in the user's
cache folder (jekyll_py/regex_cache.py), which is not a site's cache. By default every build is cold:
`.jekyll-cache` (both tools' disk caches) is deleted before each; `--warm` keeps it, measuring the rebuild of
an unchanged site.
JEKYLL_PY_JOBS=1 in the environment measures one core.

Each run writes into a fresh destination, after the previous run's output was deleted. On an ext4 disk
without a journal (this project's VM) the kernel then skips every inode freed in the last minutes when it
allocates new ones, and the write phase of both tools slows down the more was deleted recently: the
4000-post figures drifted by seconds within one session. `--dest-root /dev/shm` puts the destinations on
tmpfs, which measures the builders instead of that allocator; the sources stay where they are.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import generate  # noqa: E402


@dataclass
class Sample:
    seconds: float
    max_rss_mb: float


@dataclass
class Result:
    name: str
    jekyll: list[Sample] = field(default_factory=list)
    ours: list[Sample] = field(default_factory=list)


def timed_run(cmd: list[str], cwd: Path) -> Sample:
    """Run `cmd`, returning its wall time and peak resident memory (from wait4's rusage)."""
    env = dict(os.environ, JEKYLL_ENV="production")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode compiled; measure that
    # stderr goes to a file: a site printing more than a pipe holds (libsass deprecation warnings) would
    # block the build while this process waits for it
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            stderr.seek(0)
            raise SystemExit(f"failed: {' '.join(cmd)}\n{stderr.read().decode(errors='replace')[-2000:]}")
    return Sample(seconds, usage.ru_maxrss / 1024)


def bench_site(name: str, source: Path, runs: int, ours_cmd: list[str], warm: bool, dest_root: str | None) -> Result:
    result = Result(name)
    with tempfile.TemporaryDirectory(prefix="bench-", dir=dest_root) as scratch:
        for run in range(runs + 1):  # run 0 warms caches (files, bytecode) and is not counted
            for tool, cmd in (("jekyll", ["jekyll", "build", "--quiet"]), ("ours", ours_cmd)):
                dest = Path(scratch) / tool
                shutil.rmtree(dest, ignore_errors=True)
                sample = timed_run([*cmd, "-s", str(source), "-d", str(dest)], source)
                if run:
                    getattr(result, tool).append(sample)
                if not warm:
                    shutil.rmtree(source / ".jekyll-cache", ignore_errors=True)
    return result


def table(results: list[Result]) -> str:
    header = "| site | Jekyll s | jekyll-py s | ratio | Jekyll RSS MB | jekyll-py RSS MB |"
    lines = [header, "|---|---:|---:|---:|---:|---:|"]
    for r in results:
        ratio = statistics.median(o.seconds / j.seconds for j, o in zip(r.jekyll, r.ours, strict=True))
        lines.append(
            f"| {r.name} | {statistics.median(s.seconds for s in r.jekyll):.2f} "
            f"| {statistics.median(s.seconds for s in r.ours):.2f} | {ratio:.2f}× "
            f"| {max(s.max_rss_mb for s in r.jekyll):.0f} | {max(s.max_rss_mb for s in r.ours):.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, nargs="*", default=[1000, 4000])
    parser.add_argument("--site", action="append", default=[], help="an existing site to measure")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--warm", action="store_true", help="keep the disk caches between builds")
    parser.add_argument("--dest-root", help="where the destinations go (e.g. /dev/shm); default: the temp folder")
    parser.add_argument("--ours", default=f"{sys.executable} -m jekyll_py build --quiet")
    args = parser.parse_args()
    if shutil.which("jekyll") is None:
        raise SystemExit("jekyll is not installed: the benchmark compares against it (see README)")
    ours_cmd = args.ours.split()
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-sites-") as sites:
        for n in args.posts:
            source = generate(Path(sites) / f"posts-{n}", n)
            results.append(bench_site(f"synthetic, {n} posts", source, args.runs, ours_cmd, args.warm, args.dest_root))
        for site in args.site:
            copy = Path(sites) / Path(site).name
            shutil.copytree(site, copy, ignore=shutil.ignore_patterns(".git", "_site", "Gemfile", "Gemfile.lock"))
            results.append(bench_site(Path(site).name, copy, args.runs, ours_cmd, args.warm, args.dest_root))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    where = f"destinations in {args.dest_root}" if args.dest_root else "destinations in the temp folder"
    print(f"{time.strftime('%Y-%m-%d')}, {machine}, {'warm' if args.warm else 'cold'} builds, {where}")
    print(table(results))


if __name__ == "__main__":
    main()
