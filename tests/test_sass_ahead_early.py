"""Sass pages compiled by a worker started with the configuration (jekyll_py/early_sass.py): its CSS is
taken only for exactly the input the build compiles, the build's output, warnings and errors are those
of a sequential build, and the worker never outlives the build."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from jekyll_py import early_sass, log, parallel
from jekyll_py.commands._common import SWITCHES, VALUE_FLAGS, build_options, load_site
from jekyll_py.config import load as load_config
from jekyll_py.config import site_folders
from jekyll_py.early_sass import EarlySass, liquid_free_sass_pages
from jekyll_py.errors import JekyllPyError
from jekyll_py.sass import SassCompiler
from jekyll_py.site import Site
from tests.golden import tree


def make_site(root: Path, scss: str) -> Path:
    source = root / "site"
    (source / "_sass").mkdir(parents=True)
    (source / "_sass" / "_base.scss").write_text("$color: #123456;\nbody { color: $color; }\n")
    (source / "assets").mkdir()
    (source / "assets" / "main.scss").write_text("---\n---\n@import \"base\";\n" + scss)
    (source / "index.md").write_text("---\ntitle: Home\n---\n*Hello*\n")
    return source


def load(source: Path, dest: Path, jobs: int, monkeypatch: pytest.MonkeyPatch) -> Site:
    monkeypatch.setenv(parallel.JOBS_ENV, str(jobs))
    return load_site({"source": str(source), "destination": str(dest), "quiet": True}, compile_sass_early=True)


@pytest.fixture
def taken(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Per Sass page compiled in this process: was a compilation made ahead taken?"""
    found: list[bool] = []
    original = SassCompiler.compiled_ahead

    def spy(compiler: SassCompiler, key: tuple) -> tuple | None:
        ready = original(compiler, key)
        found.append(ready is not None)
        return ready

    monkeypatch.setattr(SassCompiler, "compiled_ahead", spy)
    return found


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch) -> list[list[parallel.Worker]]:
    """The workers each build's Sass pages were compiled ahead by."""
    seen: list[list[parallel.Worker]] = []
    original = parallel.SassAhead.__init__

    def record(ahead: parallel.SassAhead, workers: list[parallel.Worker], disk_caches: object) -> None:
        seen.append(list(workers))
        original(ahead, workers, disk_caches)

    monkeypatch.setattr(parallel.SassAhead, "__init__", record)
    return seen


def sequential_and_early(source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple:
    """(files, warnings) of a sequential build, then of one with the early worker."""
    results = []
    for jobs in (1, 2):
        log.take_warnings()
        load(source, tmp_path / f"out{jobs}", jobs, monkeypatch).process()
        results.append((tree(tmp_path / f"out{jobs}"), log.take_warnings()))
    return tuple(results)


def assert_no_child_process() -> None:
    with pytest.raises(ChildProcessError):  # none running, none left to reap
        os.waitpid(-1, os.WNOHANG)


def test_the_early_workers_css_is_taken_when_the_input_matches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[bool], workers: list
) -> None:
    source = make_site(tmp_path, "h1 { margin: 1px; }\n")
    site = load(source, tmp_path / "early", 2, monkeypatch)
    early = site.early_sass
    assert early is not None
    site.process()
    assert taken == [True]
    assert workers == [[early.worker]]  # no other Sass worker was needed
    assert site.early_sass is None
    assert_no_child_process()


def test_a_build_with_the_early_worker_is_a_sequential_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[bool]
) -> None:
    source = make_site(tmp_path, "h1 { margin: 1px; }\n")
    sequential, early = sequential_and_early(source, tmp_path, monkeypatch)
    assert early == sequential
    assert b"margin: 1px" in sequential[0]["assets/main.css"]
    assert "assets/main.css.map" in sequential[0]
    assert taken == [False, True]


def test_a_page_with_liquid_is_left_to_the_render_phase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[bool], workers: list
) -> None:
    source = make_site(tmp_path, "h1 { margin: {{ 2 | plus: 1 }}px; }\n")
    config = load_config(source, None, {"destination": str(tmp_path / "x")})
    assert list(liquid_free_sass_pages(*site_folders(config), config)) == []
    sequential, early = sequential_and_early(source, tmp_path, monkeypatch)
    assert early == sequential
    assert b"margin: 3px" in sequential[0]["assets/main.css"]
    assert taken == [False, True]
    assert len(workers) == 1 and len(workers[0]) == 1  # the render phase's own Sass worker only


def test_a_changed_setting_or_page_is_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[bool]
) -> None:
    """What a plugin may do after the configuration is loaded: the early worker's CSS is not for this input."""
    source = make_site(tmp_path, "h1 { margin: 1px; }\n")
    site = load(source, tmp_path / "style", 2, monkeypatch)
    site.sass.options["style"] = "compressed"
    site.process()
    assert (tmp_path / "style" / "assets" / "main.css").read_text().startswith("body{color:#123456}")
    site = load(source, tmp_path / "text", 2, monkeypatch)
    site.hooks.register("site", "post_read", lambda site: setattr(sass_page(site), "content", "h2 { margin: 2px; }"))
    site.process()
    assert "h2 { margin: 2px; }" in (tmp_path / "text" / "assets" / "main.css").read_text()
    assert taken == [False, False]
    assert_no_child_process()


def sass_page(site: Site) -> object:
    return next(page for page in site.pages if page.name == "main.scss")


def test_libsass_warnings_are_printed_once_in_their_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[bool], capfd: pytest.CaptureFixture[str]
) -> None:
    """libsass prints `@warn` itself: the worker keeps what it printed, and this process prints it when the
    page takes the compilation, as a sequential build prints it while compiling the page."""
    source = make_site(tmp_path, "@warn \"mind the gap\";\nh1 { margin: 1px; }\n")
    printed = []
    for jobs in (1, 2):
        load(source, tmp_path / f"out{jobs}", jobs, monkeypatch).process()
        printed.append(re.sub(r"jekyll-py-sass-\w+", "TMP", capfd.readouterr().err))  # each build's own folder
    assert printed[0].count("mind the gap") == 1 and printed[1] == printed[0]
    assert taken == [False, True]


@pytest.mark.parametrize("broken", [b"---\n---\n{{ 1 | divided_by: 0 }}\n", b"---\n---\n\xff\n"],
                         ids=["while rendering", "while reading"])
def test_a_failing_build_leaves_no_child_process(broken: bytes, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_site(tmp_path, "h1 { margin: 1px; }\n")
    (source / "broken.md").write_bytes(broken)
    site = load(source, tmp_path / "out", 2, monkeypatch)
    assert site.early_sass is not None
    with pytest.raises(JekyllPyError):
        site.process()
    assert_no_child_process()


def test_a_site_that_cannot_be_made_leaves_no_child_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_site(tmp_path, "h1 { margin: 1px; }\n")
    (source / "_config.yml").write_text("time: not a time\n")
    started: list[parallel.Worker] = []
    original = EarlySass.__init__

    def record(early: EarlySass, worker: parallel.Worker, *configuration: object) -> None:
        started.append(worker)
        original(early, worker, *configuration)

    monkeypatch.setattr(EarlySass, "__init__", record)
    with pytest.raises(JekyllPyError):
        load(source, tmp_path / "out", 2, monkeypatch)
    assert started
    assert_no_child_process()


def test_one_job_starts_no_early_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_site(tmp_path, "h1 { margin: 1px; }\n")
    assert load(source, tmp_path / "out", 1, monkeypatch).early_sass is None


def test_a_second_build_of_the_site_compiles_for_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[bool]
) -> None:
    """A later build (the partials may have changed) does not use the first build's early worker."""
    source = make_site(tmp_path, "h1 { margin: 1px; }\n")
    site = load(source, tmp_path / "out", 2, monkeypatch)
    site.process()
    (source / "_sass" / "_base.scss").write_text("$color: #654321;\nbody { color: $color; }\n")
    site.process()
    assert "#654321" in (tmp_path / "out" / "assets" / "main.css").read_text()
    assert taken[0] is True
    assert_no_child_process()


# -- the worker started from the command line, before click parses it --------------------------------

PLAIN_COMMAND_LINES = [
    [],
    ["-s", "site", "-d", "out", "-q"],
    ["--source=site", "--destination", "out", "--config", "_config.yml,_extra.yml", "--trace"],
    ["--limit_posts", "3", "--future", "-D", "--unpublished", "--safe", "-V", "--profile"],
    ["-b", "/base", "--strict_front_matter", "-I", "--disable-disk-cache"],
    ["--baseurl=", "--limit_posts=12"],
    ["-w", "--force_polling"],
    ["-p", "_a,_b", "--layouts=_alt", "--lsi"],
]


@pytest.mark.parametrize("arguments", PLAIN_COMMAND_LINES)
def test_a_plain_build_command_line_is_read_as_click_reads_it(arguments: list[str]) -> None:
    from jekyll_py.commands.build import build_command

    parsed = build_command.make_context("build", list(arguments)).params
    assert build_options(arguments) == {name: value for name, value in parsed.items() if value not in (None, False)}
    # every option click knows is known without it, and click leaves the ones not given unset
    assert set(parsed) == set(VALUE_FLAGS.values()) | set(SWITCHES.values())
    assert all(value in (None, False) for name, value in parsed.items() if name not in build_options(arguments))


@pytest.mark.parametrize("arguments", [
    ["-qV"], ["-s=site"], ["-ssite"], ["--unknown"], ["-s"], ["-q", "-q"], ["--limit_posts", "x"], ["--help"],
    ["positional"], ["-q=1"], ["-d", "-q"], ["--no-watch"],
])
def test_anything_else_is_left_to_click(arguments: list[str]) -> None:
    assert build_options(arguments) is None


@pytest.fixture
def no_worker_ahead() -> Iterator[None]:
    yield
    early_sass.stop_ahead()
    assert_no_child_process()


def test_the_build_takes_the_worker_started_ahead_for_its_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[bool], capsys: pytest.CaptureFixture[str],
    no_worker_ahead: None,
) -> None:
    source = make_site(tmp_path, "h1 { margin: 1px; }\n")
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    log.take_warnings()
    early_sass.start_ahead({"source": str(source), "destination": str(tmp_path / "out"), "quiet": True})
    ahead = early_sass._ahead
    assert ahead is not None
    assert capsys.readouterr() == ("", "") and not log.recent_warnings()  # the build reports the configuration
    site = load(source, tmp_path / "out", 2, monkeypatch)
    assert site.early_sass is ahead and early_sass._ahead is None
    site.process()
    assert taken == [True] and "margin: 1px" in (tmp_path / "out" / "assets" / "main.css").read_text()


def test_a_worker_started_ahead_for_another_configuration_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[bool], no_worker_ahead: None
) -> None:
    source = make_site(tmp_path, "h1 { margin: 1px; }\n")
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    early_sass.start_ahead({"source": str(source), "destination": str(tmp_path / "elsewhere")})
    ahead = early_sass._ahead
    assert ahead is not None
    site = load(source, tmp_path / "out", 2, monkeypatch)
    assert site.early_sass is not None and site.early_sass is not ahead and ahead.worker.done
    site.process()
    assert taken == [True]


def test_a_command_that_fails_before_the_build_leaves_no_worker_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_worker_ahead: None
) -> None:
    source = make_site(tmp_path, "h1 { margin: 1px; }\n")
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    early_sass.start_ahead({"source": str(source)})
    assert early_sass._ahead is not None
    early_sass.stop_ahead()
    assert early_sass._ahead is None


def test_an_unreadable_configuration_starts_nothing_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], no_worker_ahead: None
) -> None:
    source = make_site(tmp_path, "h1 { margin: 1px; }\n")
    (source / "_config.yml").write_text("title: [unclosed\n")
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    early_sass.start_ahead({"source": str(source)})
    assert early_sass._ahead is None and capsys.readouterr() == ("", "")
