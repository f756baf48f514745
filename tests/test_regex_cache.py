"""Stored regular-expression programs: a pattern compiled from the store behaves as one compiled afresh."""

from __future__ import annotations

import marshal
import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jekyll_py import regex_cache
from jekyll_py.regex_cache import RegexCache

# patterns of each kind `re` compiles differently: named groups, inline and passed flags, bytes,
# lookarounds, repeats up to MAXREPEAT, character classes with ranges and categories
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<tag>\{%-?)\s*(?P<name>\w+)(?P<rest>.*?)-?%\}", re.S),
    (r"(?i)^\s*#+\s*(.*?)\s*#*$", re.M),
    (rb"[\x00-\x1f\x7f]+|(?<=a)b(?!c)", 0),
    (r"(?x) ( [a-z]+ )  # a word\n  \d{2,}", 0),
    (r"\A(?:[^\W\d_]|[\u00c0-\u024f])+?x*\Z", re.UNICODE),
    (r"(a)(b)?(?(2)c|d)", 0),
]
SAMPLES = ["{%- include  a.html -%}", "## Title ##", "xyz", "abcd", "abd", "word 123", "Ærø", "a\nb"]


@pytest.fixture
def cache_at(tmp_path: Path) -> Iterator[Callable[[], RegexCache]]:
    """Makes installed caches on one file, each replacing the last, as successive runs would."""
    installed: list[RegexCache] = []

    def make() -> RegexCache:
        if installed:
            installed[-1].uninstall()
        re.purge()  # re's own in-process cache would answer before ours
        cache = RegexCache(str(tmp_path / "regex.marshal"))
        cache.install()
        installed.append(cache)
        return cache

    yield make
    if installed:
        installed[-1].uninstall()
    re.purge()


def observed(pattern: re.Pattern) -> tuple:
    """Everything a caller can see of a compiled pattern, including how it matches the samples."""
    samples = [sample.encode() for sample in SAMPLES] if isinstance(pattern.pattern, bytes) else SAMPLES
    matches = []
    for sample in samples:
        found = pattern.search(sample)
        matches.append(None if found is None else (found.span(), found.groups(), found.groupdict()))
    return pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex), matches


def test_stored_programs_compile_to_the_same_patterns_without_compiling_again(cache_at) -> None:
    first = cache_at()
    fresh = [observed(re.compile(pattern, flags)) for pattern, flags in PATTERNS]
    assert first.new_patterns >= len(PATTERNS)
    first.save()

    second = cache_at()
    assert second.stored, "the first run's programs were not stored"
    assert [observed(re.compile(pattern, flags)) for pattern, flags in PATTERNS] == fresh
    assert second.new_patterns == 0


def test_a_run_without_new_patterns_leaves_the_file_alone(cache_at, tmp_path: Path) -> None:
    first = cache_at()
    re.compile(r"only\s+once")
    first.save()
    written = (tmp_path / "regex.marshal").stat().st_mtime_ns
    second = cache_at()
    re.compile(r"only\s+once")
    second.save()
    assert second.new_patterns == 0 and (tmp_path / "regex.marshal").stat().st_mtime_ns == written


@pytest.mark.parametrize("content", [b"not marshal at all", marshal.dumps((("another python",), 1, {})), b"",
                                     marshal.dumps(("an older layout", {}))])
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(cache_at, tmp_path: Path, content: bytes) -> None:
    (tmp_path / "regex.marshal").write_bytes(content)
    cache = cache_at()
    assert cache.stored == {}
    assert re.compile(r"(?P<still>works)").match("works").group("still") == "works"
    cache.save()
    assert cache_at().stored


def test_a_damaged_entry_is_compiled_for_real(cache_at) -> None:
    cache = cache_at()
    cache.stored[(r"broken\d", 0)] = (1, ((2,), ("broken\\d", 0, b"not a program", 0, {}, ())))
    assert re.compile(r"broken\d").match("broken7")
    assert cache.new_patterns == 1


def test_the_store_keeps_this_runs_programs_first_and_at_most_its_size(
    cache_at, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regex_cache, "MAX_PATTERNS", 3)
    first = cache_at()
    for index in range(3):
        re.compile(f"old{index}")
    first.save()
    second = cache_at()
    re.compile("new0")
    re.compile("new1")
    second.save()
    kept = sorted(pattern for pattern, _ in cache_at().stored)
    assert len(kept) == 3 and kept[:2] == ["new0", "new1"] and kept[2].startswith("old")


def test_programs_unused_for_some_runs_are_dropped(cache_at, monkeypatch: pytest.MonkeyPatch) -> None:
    """A site's own patterns (its entry filter's, with absolute paths) leave once other sites are built."""
    monkeypatch.setattr(regex_cache, "KEPT_RUNS", 2)
    for pattern in ("site_a", "site_b", "site_c"):
        cache = cache_at()
        re.compile("shared")
        re.compile(pattern)
        cache.save()
    assert sorted(pattern for pattern, _ in cache_at().stored) == ["shared", "site_b", "site_c"]


def test_an_unwritable_cache_folder_costs_nothing_but_the_store(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    cache = RegexCache(str(tmp_path / "a-file" / "regex.marshal"))
    cache.install()
    try:
        re.purge()
        assert re.compile(r"unwritable\s+home").search("an unwritable  home")
        cache.save()  # no exception, no file
    finally:
        cache.uninstall()
        re.purge()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a-file"]


def test_the_command_line_stores_its_patterns_in_the_users_cache(tmp_path: Path) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the user's cache folder is not XDG_CACHE_HOME here")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text("---\ntitle: Home\n---\n# {{ page.title }}\n")
    command = [sys.executable, "-m", "jekyll_py", "build", "-q", "-s", str(site), "-d", str(site / "_site")]
    subprocess.run(command, env=env, check=True, capture_output=True)
    stored = tmp_path / "jekyll-py" / f"regex-{sys.implementation.cache_tag}.marshal"
    version, _, programs = marshal.loads(stored.read_bytes())
    assert version[0] == sys.version and len(programs) > 50  # PyYAML's, python-liquid's, ours
    written = stored.stat().st_mtime_ns
    subprocess.run(command, env=env, check=True, capture_output=True)
    assert stored.stat().st_mtime_ns == written  # the second run compiled nothing new


def test_a_builds_patterns_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """A pattern made by joining a set's items in iteration order differs between processes (string
    hashing is randomised): the store would miss it every run and fill up with its variants."""
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the user's cache folder is not XDG_CACHE_HOME here")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text(
        "---\n---\n# Title\n\nSome *text* and <span>html</span>.\n\n<div markdown=\"1\">\n**inside**\n</div>\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n```ruby\nputs 1\n```\n\n> quote\n\n* item\n\n[link](/x \"t\")\n"
    )
    stored = tmp_path / "jekyll-py" / f"regex-{sys.implementation.cache_tag}.marshal"
    command = [sys.executable, "-m", "jekyll_py", "build", "-q", "--disable-disk-cache", "-s", str(site),
               "-d", str(site / "_site")]  # no conversions kept: the second build converts again
    for seed in ("1", "2"):
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONHASHSEED": seed, "JEKYLL_PY_JOBS": "1"}
        subprocess.run(command, env=env, check=True, capture_output=True)
        if seed == "1":
            written = stored.stat().st_mtime_ns
    assert stored.stat().st_mtime_ns == written, "the second seed compiled patterns the first did not"


def test_a_relative_cache_home_is_ignored_and_no_home_means_no_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """A relative XDG_CACHE_HOME is ignored, as the XDG specification says; a home that is not an absolute
    path gives no store at all rather than a `~` or `.cache` folder in the site."""
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the user's cache folder is not XDG_CACHE_HOME here")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", "/home/someone")
    assert regex_cache.cache_path() == f"/home/someone/.cache/jekyll-py/regex-{sys.implementation.cache_tag}.marshal"
    monkeypatch.setenv("HOME", "relative-home")
    assert regex_cache.cache_path() is None and regex_cache.install() is None


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
def test_a_worker_forked_while_another_thread_compiles_can_compile(cache_at) -> None:
    """The store's lock, held by a thread at the moment of a fork, is a new one in the child."""
    cache = cache_at()
    with cache._lock:  # as if another thread were compiling a new pattern when the worker forked
        pid = os.fork()
        if pid == 0:
            try:
                signal.alarm(10)  # a child stuck on the inherited lock dies instead of hanging the suite
                re.compile(r"compiled in the (child)+")
            finally:
                os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
