"""_data files read as Jekyll reads them: JSON through the YAML parser, nested folders, CSV rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py.data_reader import DataReader, sanitize_filename
from jekyll_py.errors import DataFileError


def read(tmp_path: Path, files: dict[str, str]) -> dict:
    for rel, text in files.items():
        path = tmp_path / "_data" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return DataReader(tmp_path, {}).read("_data")


def test_json_with_a_trailing_comma_reads_as_in_jekyll(tmp_path: Path) -> None:
    assert read(tmp_path, {"t.json": '{"a": [1, 2,], "b": "x"}'})["t"] == {"a": [1, 2], "b": "x"}


def test_json_indented_with_tabs_still_reads(tmp_path: Path) -> None:
    assert read(tmp_path, {"t.json": '{\n\t"a": 1\n}'})["t"] == {"a": 1}


def test_broken_json_names_its_position(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as info:
        read(tmp_path, {"t.json": '{"a":\n  [1, 2}'})
    assert info.value.file == "_data/t.json" and info.value.line == 2


def test_nested_folders_and_csv_rows(tmp_path: Path) -> None:
    data = read(tmp_path, {"people/team.csv": "name,role\nAda,lead\nBob\n", "nav main.yml": "- a\n"})
    assert data["people"]["team"] == [{"name": "Ada", "role": "lead"}, {"name": "Bob", "role": None}]
    assert data["nav_main"] == ["a"]


def test_sanitize_filename() -> None:
    assert sanitize_filename("ui-text") == "ui-text"
    assert sanitize_filename(" my  data! ") == "my_data"
