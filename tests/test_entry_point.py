"""The console entry point: a plain build command line runs without click and builds exactly what the same
command read by click builds; anything else goes to click."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.golden import tree


def make_site(root: Path) -> Path:
    source = root / "site"
    (source / "_layouts").mkdir(parents=True)
    (source / "_layouts" / "default.html").write_text("<main>{{ content }}</main>\n")
    (source / "_config.yml").write_text("title: Entry\n")
    (source / "index.md").write_text("---\nlayout: default\n---\n# {{ site.title }}\n")
    (source / "assets").mkdir()
    (source / "assets" / "main.scss").write_text("---\n---\n$c: #123;\nh1 { color: $c; }\n")
    return source


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-X", "importtime", "-m", "jekyll_py", *arguments]
    return subprocess.run(command, capture_output=True, text=True)


def imported(result: subprocess.CompletedProcess[str]) -> set[str]:
    return {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}


def messages(result: subprocess.CompletedProcess[str], dest: Path) -> list[str]:
    lines = result.stdout.splitlines() + [line for line in result.stderr.splitlines() if "import time:" not in line]
    return [line.replace(str(dest), "DEST") for line in lines if "done in" not in line]


def test_a_plain_build_runs_without_click_and_builds_what_click_builds(tmp_path: Path) -> None:
    source = make_site(tmp_path)
    plain = run("build", "-s", str(source), "-d", str(tmp_path / "plain"))
    by_click = run("build", f"-s{source}", f"-d{tmp_path / 'click'}")  # attached values: left to click
    assert plain.returncode == by_click.returncode == 0
    assert "click" not in imported(plain) and "click" in imported(by_click)
    assert tree(tmp_path / "plain") == tree(tmp_path / "click")
    assert b"<h1 id=\"entry\">Entry</h1>" in tree(tmp_path / "plain")["index.html"]
    assert messages(plain, tmp_path / "plain") == messages(by_click, tmp_path / "click")


def test_a_failing_plain_build_reports_and_exits_as_through_click(tmp_path: Path) -> None:
    source = make_site(tmp_path)
    (source / "index.md").write_text("---\n---\n{% if %}\n")
    plain = run("build", "-s", str(source), "-d", str(tmp_path / "plain"))
    by_click = run("build", f"-s{source}", f"-d{tmp_path / 'click'}")
    assert plain.returncode == by_click.returncode == 1
    assert messages(plain, tmp_path / "plain") == messages(by_click, tmp_path / "click")
    assert any("index.md" in line for line in messages(plain, tmp_path / "plain"))
