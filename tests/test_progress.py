"""The build's progress bar: drawn on a (fake) terminal for big builds, silent everywhere else."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from jekyll_py import config as config_module
from jekyll_py import parallel, progress
from jekyll_py.cli import main
from jekyll_py.progress import CLEAR_LINE, ProgressBar, render_line
from jekyll_py.site import Site


class FakeTTY(io.StringIO):
    """A stream that says it is a terminal and keeps what was written."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def no_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")


def make_site(source: Path, documents: int, pages: int = 5) -> Site:
    (source / "_notes").mkdir()
    for number in range(documents):
        (source / "_notes" / f"n{number:04}.md").write_text(f"---\ntitle: {number}\n---\nNote *{number}*\n")
    for number in range(pages):
        (source / f"p{number}.html").write_text("---\n---\n{{ site.notes.size }}\n")
    overrides = {"destination": str(source / "_site"), "quiet": True, "collections": {"notes": {"output": True}}}
    return Site(config_module.load(source, [], overrides), environment="production")


def frames(written: str) -> list[str]:
    """The bar's successive states (each drawn after a carriage return)."""
    return [frame for frame in written.split("\r") if frame.strip().startswith("Rendering:")]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_big_build_on_a_terminal_draws_a_bar_that_ends_full_and_cleared(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, jobs)  # with 2, a worker renders half the documents without our hooks
    site = make_site(tmp_path, 320)
    tty = FakeTTY()
    bar = progress.attach(site, tty)
    assert bar is not None
    site.process()
    drawn = frames(tty.getvalue())
    assert drawn[0].startswith("         Rendering: [")
    assert drawn[-1].rstrip("\x1b[K") == render_line(325, 325)
    assert "325/325 100%" in drawn[-1]
    assert tty.getvalue().endswith(CLEAR_LINE)
    counts = [int(frame.split("]")[1].split("/")[0]) for frame in drawn]
    assert counts == sorted(counts), "the bar never goes back"
    assert (site.dest / "_notes" / "n0319.html").is_file() or (site.dest / "notes" / "n0319.html").is_file()


def test_the_bar_does_not_stop_the_parallel_renderer(tmp_path: Path) -> None:
    site = make_site(tmp_path, 1)
    progress.attach(site, FakeTTY())
    assert not parallel.foreign_code(site), "hooks from jekyll_py itself keep forking allowed"


def test_small_build_draws_nothing(tmp_path: Path) -> None:
    site = make_site(tmp_path, 20)
    tty = FakeTTY()
    progress.attach(site, tty)
    site.process()
    assert tty.getvalue() == ""


def test_no_bar_in_pipes_ci_quiet_or_dumb_terminals(monkeypatch: pytest.MonkeyPatch) -> None:
    assert progress.wanted(FakeTTY())
    assert not progress.wanted(io.StringIO())
    assert not progress.wanted(FakeTTY(), quiet=True)
    assert not progress.wanted(FakeTTY(), environ={"CI": "true"})
    assert not progress.wanted(FakeTTY(), environ={"TERM": "dumb"})


def test_attach_hooks_nothing_when_not_wanted(tmp_path: Path) -> None:
    site = make_site(tmp_path, 1)
    before = len(site.hooks.callbacks())
    assert progress.attach(site, io.StringIO()) is None
    assert progress.attach(site, FakeTTY(), quiet=True) is None
    assert len(site.hooks.callbacks()) == before


def test_redraws_are_throttled_but_the_last_frame_is_drawn(tmp_path: Path) -> None:
    site = make_site(tmp_path, 400, pages=0)
    tty = FakeTTY()
    bar = ProgressBar(tty, clock=lambda: 5.0)  # time stands still: only the first and the final frame
    site.read()
    bar.start(site)
    for _ in range(400):
        bar.document_rendered()
    assert [frame.split("] ")[1] for frame in frames(tty.getvalue())] == ["  1/400   0%", "400/400 100%"]


def test_pages_count_every_document_as_done(tmp_path: Path) -> None:
    """A worker's documents fire no hooks here; the first page shows they are all rendered."""
    site = make_site(tmp_path, 400, pages=2)
    tty = FakeTTY()
    bar = ProgressBar(tty, clock=iter(range(10_000)).__next__)
    site.read()
    bar.start(site)
    for _ in range(150):
        bar.document_rendered()
    bar.page_rendered()
    assert frames(tty.getvalue())[-1].endswith("401/402  99%")


def test_a_forked_worker_draws_nothing(tmp_path: Path) -> None:
    site = make_site(tmp_path, 400, pages=0)
    tty = FakeTTY()
    bar = ProgressBar(tty)
    site.read()
    bar.start(site)
    bar.pid = -1  # as seen from a forked render worker
    bar.document_rendered()
    bar.finish()
    assert tty.getvalue() == ""


def test_cli_build_into_a_pipe_prints_no_bar(tmp_path: Path) -> None:
    make_site(tmp_path, 310)
    result = CliRunner().invoke(main, ["build", "-s", str(tmp_path), "-d", str(tmp_path / "_site")])
    assert result.exit_code == 0, result.output
    assert "\r" not in result.output and "Rendering:" not in result.output
    assert "done in" in result.output


def test_render_line() -> None:
    assert render_line(0, 1000) == "         Rendering: [..............................]    0/1000   0%"
    assert render_line(500, 1000) == "         Rendering: [###############...............]  500/1000  50%"
