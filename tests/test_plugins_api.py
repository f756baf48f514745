"""The Python plugin API: one example plugin, loaded through each path a plugin can come from."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jekyll_py import config as config_module
from jekyll_py import log
from jekyll_py.plugins import BUILTIN, ENTRY_POINT_GROUP
from jekyll_py.plugins.registry import Registry
from jekyll_py.site import Site

EXAMPLE = Path(__file__).parent / "plugins" / "example_plugin.py"


PLUGIN_INDEX = "---\n---\n{{ 'hi' | shout }} {% hello you %} {% hello %}\n"


def make_site(source: Path, index: str = PLUGIN_INDEX, **overrides: object) -> Site:
    (source / "index.html").write_text(index)
    (source / "note.upcase").write_text("---\n---\nquiet words\n")
    config = config_module.load(source, [], {"destination": str(source / "_site"), "quiet": True, **overrides})
    return Site(config, environment="production")


def built(site: Site, name: str) -> str:
    return (site.dest / name).read_text()


def assert_example_plugin_ran(site: Site, name: str) -> None:
    site.process()
    assert built(site, "index.html") == "hi! hello you hello world\n<!-- stamped -->"
    assert built(site, "note.html") == "QUIET WORDS\n<!-- stamped -->"
    assert built(site, "generated.html") == f"made by {name}<!-- stamped -->"
    assert site.config["example_initialised"] is True


def test_site_plugins_dir(tmp_path: Path) -> None:
    (tmp_path / "_plugins").mkdir()
    (tmp_path / "_plugins" / "example.py").write_text(EXAMPLE.read_text())
    assert_example_plugin_ran(make_site(tmp_path), "_plugins/example.py")


def test_site_plugins_are_not_loaded_when_safe(tmp_path: Path) -> None:
    (tmp_path / "_plugins").mkdir()
    (tmp_path / "_plugins" / "example.py").write_text(EXAMPLE.read_text())
    site = make_site(tmp_path, safe=True)
    assert "example_initialised" not in site.config
    assert not any(c.matches(".upcase") for c in site.converters if type(c).__name__ == "UpcaseConverter")


def test_entry_point(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A distribution declaring `[jekyll_py.plugins] jekyll-example = …` is enabled by `plugins:`."""
    dist = tmp_path / "dists" / "jekyll_example-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: jekyll-example\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(f"[{ENTRY_POINT_GROUP}]\njekyll-example = tests.plugins.example_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path / "dists"))
    source = tmp_path / "site"
    source.mkdir()
    assert_example_plugin_ran(make_site(source, plugins=["jekyll-example"]), "jekyll-example")


def test_builtin_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(BUILTIN, "jekyll-example", "tests.plugins.example_plugin")
    assert_example_plugin_ran(make_site(tmp_path, plugins=["jekyll-example"]), "jekyll-example")


def test_jekyll_3_gems_key_is_ignored_as_jekyll_4_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(BUILTIN, "jekyll-example", "tests.plugins.example_plugin")
    site = make_site(tmp_path, "---\n---\nplain\n", gems=["jekyll-example"])
    site.process()
    assert (tmp_path / "_site" / "index.html").read_text() == "plain\n"


def test_unknown_ruby_plugin_warns_once_and_build_goes_on(tmp_path: Path) -> None:
    log.take_warnings()
    site = make_site(tmp_path, "---\n---\nplain\n", plugins=["jekyll-scholar", "jekyll-scholar"])
    warnings = [w for w in log.take_warnings() if "jekyll-scholar" in w]
    assert len(warnings) == 1 and "{% bibliography %}" in warnings[0]
    site.process()
    assert (tmp_path / "_site" / "index.html").exists()


def test_hook_names_are_checked(tmp_path: Path) -> None:
    registry = Registry(make_site(tmp_path), "test")
    with pytest.raises(ValueError, match="unknown hook"):
        registry.hook("pages", "post_rendr")


def test_generators_run_by_priority(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    site.generators.clear()
    order: list[str] = []
    registry = Registry(site, "test")
    registry.generator(lambda s: order.append("low"), priority="low")
    registry.generator(lambda s: order.append("high"), priority="high")
    registry.generator(lambda s: order.append("normal"))
    site.generate()
    assert order == ["high", "normal", "low"]


def test_sys_modules_is_not_polluted_by_site_plugin_names(tmp_path: Path) -> None:
    (tmp_path / "_plugins").mkdir()
    (tmp_path / "_plugins" / "json.py").write_text("def setup(plugin):\n    pass\n")
    make_site(tmp_path)
    import json

    assert sys.modules["json"] is json and hasattr(json, "dumps")
