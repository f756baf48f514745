"""Configuration: Jekyll's defaults, several files merged in order, overrides, validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py import config
from jekyll_py.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_no_config_file(tmp_path: Path) -> None:
    loaded = config.load(tmp_path)
    assert loaded["destination"] == "_site"
    assert loaded["markdown_ext"] == "markdown,mkdown,mkdn,mkd,md"
    date_style = "/:categories/:year/:month/:day/:title:output_ext"
    assert loaded["collections"] == {"posts": {"output": True, "permalink": date_style}}
    assert "node_modules" in loaded["exclude"] and "Gemfile.lock" in loaded["exclude"]
    assert loaded["kramdown"]["input"] == "GFM"


def test_files_merge_in_order_and_deeply(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "title: A\nkramdown:\n  auto_ids: false\nauthor: {name: X, bio: B}\n")
    write(tmp_path / "_config.dev.yml", "title: B\nauthor: {name: Y}\n")
    loaded = config.load(tmp_path, [str(tmp_path / "_config.yml"), str(tmp_path / "_config.dev.yml")])
    assert loaded["title"] == "B"
    assert loaded["author"] == {"name": "Y", "bio": "B"}
    assert loaded["kramdown"]["auto_ids"] is False
    assert loaded["kramdown"]["input"] == "GFM"


def test_overrides_win_over_files(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "baseurl: /a\n")
    assert config.load(tmp_path, None, {"baseurl": "/b"})["baseurl"] == "/b"


def test_yaml_anchors_and_aliases(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "twitter: &tw\n  username: me\nauthor:\n  twitter: *tw\n")
    assert config.load(tmp_path)["author"]["twitter"] == {"username": "me"}


def test_user_excludes_keep_jekyll_defaults(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "exclude: [README.md]\n")
    excluded = config.load(tmp_path)["exclude"]
    assert excluded[0] == "README.md" and "vendor/bundle/" in excluded


def test_collections_as_list_and_permalink_style(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "collections: [talks]\npermalink: pretty\n")
    collections = config.load(tmp_path)["collections"]
    assert collections["talks"] == {}
    assert collections["posts"]["permalink"] == "/:categories/:year/:month/:day/:title/"


def test_missing_explicit_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="could not be found"):
        config.load(tmp_path, [str(tmp_path / "nope.yml")])


def test_broken_yaml_names_file_and_line(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "title: ok\nauthor:\n  name: [unclosed\n")
    with pytest.raises(ConfigError) as info:
        config.load(tmp_path)
    assert info.value.file.endswith("_config.yml")
    assert info.value.line is not None and info.value.line >= 3


def test_exclude_must_be_a_list(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "exclude: README.md\n")
    with pytest.raises(ConfigError, match="'exclude' should be set as an array"):
        config.load(tmp_path)
