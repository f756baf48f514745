"""The long fuzz target: build N random tiny sites (front matter, Liquid soup, Markdown, data files, Sass)
and count how each ended. Not collected by pytest; run it by hand or in a nightly job:

    .venv/bin/python -m tests.fuzz.fuzz_build 2000          # 2000 sites, seed from hypothesis
    .venv/bin/python -m tests.fuzz.fuzz_build 500 --safe    # the same in safe mode

Exit status 1 when any site ended in an exception that is not a JekyllPyError, or in a hang (a build past
tests.fuzz.sites.BUILD_SECONDS); each such input is written under --failures for replay.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jekyll_py.errors import JekyllPyError
from tests.fuzz.sites import BuildTimeout, build_site, tiny_sites


def run(cases: int, safe: bool, failures: Path) -> collections.Counter[str]:
    """Build `cases` sites; the tally of outcomes by kind ('built', error kinds, 'BUG ...', 'HANG')."""
    tally: collections.Counter[str] = collections.Counter()

    @settings(max_examples=cases, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(tiny_sites, st.just(safe))
    def one(files: dict[str, str], safe_mode: bool) -> None:
        sink = io.StringIO()
        try:
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                build_site(files, safe=safe_mode)
            tally["built"] += 1
        except JekyllPyError as err:
            tally[f"error: {err.kind}"] += 1
        except BuildTimeout:
            tally["HANG"] += 1
            record(failures, files, "hang")
        except Exception as exc:  # the property is broken: keep the input for replay
            tally[f"BUG {type(exc).__name__}"] += 1
            record(failures, files, traceback.format_exc())

    one()
    return tally


def record(failures: Path, files: dict[str, str], what: str) -> None:
    failures.mkdir(parents=True, exist_ok=True)
    name = failures / f"case-{time.time_ns()}.json"
    name.write_text(json.dumps({"files": files, "outcome": what}, indent=1, ensure_ascii=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", type=int, nargs="?", default=1000)
    parser.add_argument("--safe", action="store_true", help="build in safe mode")
    parser.add_argument("--failures", type=Path, default=Path("fuzz-failures"))
    args = parser.parse_args(argv)
    started = time.monotonic()
    tally = run(args.cases, args.safe, args.failures)
    total = sum(tally.values())
    print(f"fuzz_build: {total} sites in {time.monotonic() - started:.0f} s")
    for outcome, count in tally.most_common():
        print(f"  {count:6d}  {outcome}")
    bad = sum(n for k, n in tally.items() if k.startswith(("BUG", "HANG")))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
