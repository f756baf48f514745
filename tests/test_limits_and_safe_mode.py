"""Hostile and pathological sites: limits instead of hangs or RecursionError tracebacks, and safe mode.

Jekyll sets no Liquid resource limits; Ruby Liquid stops nesting at 100 ("Nesting too deep"). We stop
where Ruby does, and add a loop-iteration limit Jekyll lacks. Safe mode keeps a build inside its source:
no `_plugins` code, no includes or source files reached through symlinks leading out.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from jekyll_py.cli import main


def make_site(root: Path, files: dict[str, str], config: str = "title: x\n") -> Path:
    site = root / "site"
    (site).mkdir(parents=True, exist_ok=True)
    (site / "_config.yml").write_text(config)
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return site


def build(site: Path, *args: str) -> tuple[Result, Path]:
    out = site.parent / "out"
    result = CliRunner().invoke(main, ["build", "-s", str(site), "-d", str(out), *args])
    assert "Traceback" not in result.output
    assert "RecursionError" not in result.output
    assert "failed unexpectedly" not in result.output, result.output
    return result, out


def page(body: str, front: str = "") -> str:
    return f"---\n{front}---\n{body}\n"


# --- limits ---------------------------------------------------------------------------------------

def test_for_over_a_huge_range_stops_quickly(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"p.html": page("{% for i in (1..100000000) %}x{% endfor %}")})
    started = time.monotonic()
    result, _ = build(site)
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert "more than 10,000,000 iterations" in result.output
    assert "p.html:3" in result.output


def test_nested_loops_below_the_limit_render(tmp_path: Path) -> None:
    body = "{% for i in (1..300) %}{% for j in (1..300) %}{% endfor %}{% endfor %}done"
    result, out = build(make_site(tmp_path, {"p.html": page(body)}))
    assert result.exit_code == 0, result.output
    assert (out / "p.html").read_text() == "done\n"


@pytest.mark.parametrize(("depth", "fails"), [(60, False), (99, False), (120, True), (5000, True)])
def test_nested_liquid_blocks_stop_where_ruby_does(tmp_path: Path, depth: int, fails: bool) -> None:
    body = "{% if true %}" * depth + "x" + "{% endif %}" * depth
    result, out = build(make_site(tmp_path, {"p.html": page(body)}))
    if fails:
        assert result.exit_code == 1
        assert "Nesting too deep" in result.output
    else:
        assert result.exit_code == 0, result.output
        assert (out / "p.html").read_text() == "x\n"


def include_chain(length: int) -> dict[str, str]:
    files = {f"_includes/i{i}.html": f"{{% include i{i + 1}.html %}}" for i in range(length)}
    files[f"_includes/i{length}.html"] = "end"
    files["p.html"] = page("{% include i0.html %}")
    return files


def test_include_chain_jekyll_renders_renders(tmp_path: Path) -> None:
    """Jekyll 4.3.1 renders a chain of 99 include files and fails at 100 (checked by hand)."""
    result, out = build(make_site(tmp_path, include_chain(98)))
    assert result.exit_code == 0, result.output
    assert (out / "p.html").read_text() == "end\n"


def test_include_chain_past_ruby_limit_fails(tmp_path: Path) -> None:
    result, _ = build(make_site(tmp_path, include_chain(99)))
    assert result.exit_code == 1
    assert "Nesting too deep" in result.output
    assert "included from p.html line 3" in result.output


def test_include_including_itself_is_reported_once_per_link(tmp_path: Path) -> None:
    files = {"_includes/me.html": "{% include me.html %}", "p.html": page("{% include me.html %}")}
    result, _ = build(make_site(tmp_path, files))
    assert result.exit_code == 1
    assert "Nesting too deep" in result.output
    assert "included from _includes/me.html line 1 (98 times)" in result.output
    assert result.output.count("included from") == 2


@pytest.mark.parametrize("body", [
    ">" * 5000 + " deep quote",
    "[" * 5000 + "x" + "]" * 5000,
    "<div>" * 3000 + "x" + "</div>" * 3000,
    "*" * 5000 + "x" + "*" * 5000,
])
def test_deeply_nested_markdown_is_an_error_or_output(tmp_path: Path, body: str) -> None:
    result, out = build(make_site(tmp_path, {"p.md": page(body)}))
    if result.exit_code:
        assert "Conversion Error" in result.output
    else:
        assert (out / "p.html").is_file()


def test_deeply_nested_front_matter_is_a_yaml_warning(tmp_path: Path) -> None:
    result, out = build(make_site(tmp_path, {"p.md": page("body", "a: " + "[" * 5000 + "]" * 5000 + "\n")}))
    assert result.exit_code == 0
    assert "YAML Exception" in result.output
    assert "p.md:2" in result.output


def test_huge_front_matter_builds(tmp_path: Path) -> None:
    front = "".join(f"k{i}: {'v' * 40}\n" for i in range(50_000)) + "title: big\n"
    started = time.monotonic()
    result, out = build(make_site(tmp_path, {"p.html": page("{{ page.title }} {{ page.k49999.size }}", front)}))
    assert time.monotonic() - started < 30
    assert result.exit_code == 0, result.output
    assert (out / "p.html").read_text() == "big 40\n"


# --- safe mode ------------------------------------------------------------------------------------

def test_plugins_code_runs_only_outside_safe_mode(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    plugin = f"from pathlib import Path\nPath({str(marker)!r}).write_text('yes')\n\ndef setup(site):\n    pass\n"
    site = make_site(tmp_path, {"_plugins/mark.py": plugin, "p.html": page("hi")})
    result, out = build(site, "--safe")
    assert result.exit_code == 0, result.output
    assert not marker.exists(), "safe mode must not import _plugins code"
    result, out = build(site)
    assert result.exit_code == 0, result.output
    assert marker.read_text() == "yes"


def test_source_symlink_out_of_source_not_followed_in_safe_mode(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    site = make_site(tmp_path, {"p.html": page("hi")})
    (site / "leak.txt").symlink_to(secret)
    (site / "leakdir").symlink_to(tmp_path, target_is_directory=True)
    result, out = build(site, "--safe")
    assert result.exit_code == 0, result.output
    assert not (out / "leak.txt").exists()
    assert not (out / "leakdir").exists()
    assert (out / "p.html").is_file()


@pytest.mark.parametrize("tag", ["include", "include_relative"])
def test_symlinked_include_leaving_its_folder_rejected_in_safe_mode(tmp_path: Path, tag: str) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("private")
    folder = "_includes" if tag == "include" else "docs"
    site = make_site(tmp_path, {"docs/p.html": page(f"{{% {tag} link.html %}}"), "_includes/.keep": ""})
    (site / folder / "link.html").symlink_to(secret)
    result, out = build(site, "--safe")
    assert result.exit_code == 1
    assert "Could not locate the included file 'link.html'" in result.output
    assert "is not a symlink as those are not allowed in safe mode." in result.output
    assert not (out / "docs" / "p.html").exists()
    # Without --safe Jekyll follows the link; so do we (never break a site Jekyll builds).
    result, out = build(site)
    assert result.exit_code == 0, result.output
    assert (out / "docs" / "p.html").read_text() == "private\n"


def test_symlinked_include_inside_its_folder_allowed_in_safe_mode(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"_includes/real.html": "real", "p.html": page("{% include link.html %}")})
    (site / "_includes" / "link.html").symlink_to(site / "_includes" / "real.html")
    result, out = build(site, "--safe")
    assert result.exit_code == 0, result.output
    assert (out / "p.html").read_text() == "real\n"


@pytest.mark.parametrize(("tag", "path", "message"), [
    ("include", "../secret.html", "File contains invalid characters or sequences"),
    ("include", "a/../../secret.html", "File contains invalid characters or sequences"),
    ("include_relative", "../secret.html", "File contains invalid characters or sequences"),
    ("include", "/etc/passwd", "Could not locate the included file '/etc/passwd'"),
    ("include_relative", "/etc/passwd", "Could not locate the included file '/etc/passwd'"),
])
def test_include_paths_never_leave_their_folder(tmp_path: Path, tag: str, path: str, message: str) -> None:
    """Always, safe or not, as Jekyll: `..` is refused, an absolute path is looked up inside the folder."""
    (tmp_path / "secret.html").write_text("private")
    site = make_site(tmp_path, {"docs/p.html": page(f"{{% {tag} {path} %}}"), "_includes/.keep": "",
                                "secret.html": "private"})
    result, out = build(site)
    assert result.exit_code == 1
    assert message in result.output
    assert "docs/p.html:3" in result.output.replace(str(site) + "/", "")
