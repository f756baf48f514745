"""The command line: Jekyll's output shape, one clear message per user mistake, nothing lost on failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jekyll_py.cli import main


def make_site(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def build(source: Path, *args: str):
    return CliRunner().invoke(main, ["build", "-s", str(source), *args])


def test_build_prints_jekyll_lines_and_writes_site(tmp_path: Path) -> None:
    files = {"_config.yml": "title: T\n", "style.css": "a{}", "page.html": "---\n---\nhi\n"}
    site = make_site(tmp_path / "site", files)
    result = build(site)
    assert result.exit_code == 0, result.output
    assert "Configuration file:" in result.output and "done in" in result.output
    assert (site / "_site" / "page.html").read_text() == "hi\n"
    assert (site / "_site" / "style.css").read_text() == "a{}"


@pytest.mark.parametrize(
    ("files", "where"),
    [
        ({"_config.yml": "title: [broken\n"}, "_config.yml:1"),
        ({"_config.yml": "", "bad.html": b"---\n---\n\xff\xfe\n"}, "bad.html:3"),
        ({"_config.yml": "exclude: README.md\n"}, "'exclude' should be set as an array"),
    ],
)
def test_user_mistakes_are_one_message_without_traceback(tmp_path: Path, files: dict, where: str) -> None:
    result = build(make_site(tmp_path / "site", files))
    assert result.exit_code == 1
    assert where in result.output
    assert "Traceback" not in result.output


def test_missing_config_file_named(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", {"_config.yml": ""})
    result = build(site, "--config", str(site / "nope.yml"))
    assert result.exit_code == 1 and "nope.yml' could not be found" in result.output


def test_destination_that_contains_the_source_is_refused(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", {"_config.yml": "", "index.html": "---\n---\nx"})
    result = build(site, "-d", str(tmp_path))
    assert result.exit_code == 1
    assert "Destination directory cannot be or contain the Source directory." in result.output
    assert (site / "index.html").exists()


def test_failed_build_leaves_previous_site_untouched(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", {"_config.yml": "", "a.html": "---\n---\nfirst", "b.html": "---\n---\nb"})
    assert build(site).exit_code == 0
    before = {p.name: p.read_bytes() for p in (site / "_site").iterdir()}
    (site / "a.html").write_text("---\n---\nsecond")
    (site / "b.html").write_bytes(b"---\n---\n\xff")
    assert build(site).exit_code == 1
    assert {p.name: p.read_bytes() for p in (site / "_site").iterdir()} == before


def test_trace_shows_the_traceback(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", {"_config.yml": "title: [broken\n"})
    result = build(site, "--trace")
    assert result.exit_code != 0 and result.exception is not None


def test_clean_removes_destination_only(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", {"_config.yml": "", "a.html": "---\n---\nx"})
    assert build(site).exit_code == 0
    result = CliRunner().invoke(main, ["clean", "-s", str(site)])
    assert result.exit_code == 0, result.output
    assert not (site / "_site").exists() and (site / "a.html").exists()


def test_layouts_and_plugins_folders_from_the_command_line(tmp_path: Path) -> None:
    """Jekyll's global `--layouts DIR` and `-p/--plugins DIR1,DIR2` replace `layouts_dir` and `plugins_dir`."""
    plugin = "def setup(plugin):\n    @plugin.filter()\n    def {name}(value):\n        return f'{name}:{{value}}'\n"
    site = make_site(tmp_path / "site", {
        "_config.yml": "",
        "_layouts/default.html": "standard {{ content }}",
        "_alt/default.html": "alternative {{ content }}",
        "_one/first.py": plugin.format(name="first"),
        "_two/second.py": plugin.format(name="second"),
        "page.html": "---\nlayout: default\n---\n{{ 'x' | first }} {{ 'y' | second }}",
    })
    result = build(site, "--layouts", "_alt", "-p", "_one,_two")
    assert result.exit_code == 0, result.output
    assert (site / "_site" / "page.html").read_text() == "alternative first:x second:y"


def test_lsi_is_accepted_and_said_to_list_recent_posts(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", {
        "_config.yml": "",
        "_posts/2020-01-01-a.md": "---\ntitle: A\n---\n",
        "_posts/2020-01-02-b.md": "---\ntitle: B\n---\n",
        "_posts/2020-01-03-c.md": "---\nlayout: null\n---\n{{ site.related_posts | map: 'title' | join: ',' }}",
    })
    result = build(site, "--lsi")
    assert result.exit_code == 0, result.output
    assert "lsi (latent semantic indexing) is not supported" in result.output
    assert (site / "_site" / "2020" / "01" / "03" / "c.html").read_text() == "<p>B,A</p>\n"


def test_help_command_shows_the_commands_or_one_of_them() -> None:
    runner = CliRunner()
    overview = runner.invoke(main, ["help"])
    assert overview.exit_code == 0 and "Commands:" in overview.output and "serve" in overview.output
    one = runner.invoke(main, ["help", "build"])
    assert one.exit_code == 0 and "--watch" in one.output and "--lsi" in one.output
    unknown = runner.invoke(main, ["help", "nope"])
    assert unknown.exit_code == 2 and "No such command 'nope'" in unknown.output
