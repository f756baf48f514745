"""Broken sites, one mistake each (tests/broken/NAME): the exit status Jekyll has, a message naming the
file and line, and never a traceback. tests/broken/record_jekyll.sh records what Jekyll 4.3.1 does
(`jekyll.txt`); `expect.yml` says what we print, and `better_than_jekyll` where we deliberately differ."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jekyll_py.cli import main

BROKEN = Path(__file__).parent / "broken"
CASES = sorted(p.name for p in BROKEN.iterdir() if (p / "expect.yml").is_file())


def jekyll_exit_status(case: Path) -> int:
    first = (case / "jekyll.txt").read_text().splitlines()[0]
    return int(first.removeprefix("exit: "))


@pytest.mark.parametrize("name", CASES)
def test_broken_site(name: str, tmp_path: Path) -> None:
    case = BROKEN / name
    site = tmp_path / name
    shutil.copytree(case, site, symlinks=True, ignore=shutil.ignore_patterns("expect.yml", "jekyll.txt"))
    expect = yaml.safe_load((case / "expect.yml").read_text())
    if "unreadable" in expect:
        if os.geteuid() == 0:
            pytest.skip("running as root: chmod 000 does not stop root from reading the file")
        (site / expect["unreadable"]).chmod(0)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "-s", str(site), "-d", str(out)])
    output = result.output.replace(str(site) + "/", "")
    assert result.exit_code == expect["exit"], output
    if "better_than_jekyll" not in expect:
        assert result.exit_code == jekyll_exit_status(case), "exit status differs from Jekyll's"
    for message in expect["messages"]:
        assert message in output
    assert "Traceback" not in output
    for name in expect.get("absent", []):
        assert not (out / name).exists(), f"{name} must not be written"
    for name, text in (expect.get("output") or {}).items():
        assert (out / name).read_text() == text
