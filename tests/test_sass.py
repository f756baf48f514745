"""The Sass compiler: options, error locations and the filters' entry point (outputs: golden sites)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from jekyll_py.errors import ConversionError
from jekyll_py.sass import SassCompiler


def make_compiler(source: Path, sass: dict | None = None, *, environment: str = "production",
                  safe: bool = False) -> SassCompiler:
    config = {"sass": sass or {}, "safe": safe}
    return SassCompiler(SimpleNamespace(source=source, config=config, environment=environment))  # type: ignore[arg-type]


def fake_page(source: Path, name: str = "main.scss", body_line: int = 3) -> SimpleNamespace:
    return SimpleNamespace(name=name, basename=name.rsplit(".", 1)[0], relative_path=f"assets/{name}",
                           body_line=body_line)


def test_default_style_is_sassc_compact_with_precision_10(tmp_path: Path) -> None:
    css = make_compiler(tmp_path).compile(".a { b { width: percentage(1/3); } }")
    assert css == ".a b { width: 33.3333333333%; }\n"


def test_sass_syntax_and_style_with_ruby_colon(tmp_path: Path) -> None:
    css = make_compiler(tmp_path, {"style": ":compressed"}).compile("a\n  color: red\n", "sass")
    assert css == "a{color:red}\n"


def test_unknown_style_falls_back_to_compact(tmp_path: Path) -> None:
    assert make_compiler(tmp_path, {"style": "fancy"}).style == "compact"


def test_precision_is_configurable_outside_safe_mode(tmp_path: Path) -> None:
    assert make_compiler(tmp_path, {"precision": 3}).compile("a{w:(1/3)}") == "a { w: 0.333; }\n"
    assert make_compiler(tmp_path, {"precision": 3}, safe=True).precision == 10


def test_load_paths_glob_and_sass_dir(tmp_path: Path) -> None:
    (tmp_path / "_sass").mkdir()
    (tmp_path / "vendor" / "one").mkdir(parents=True)
    (tmp_path / "vendor" / "two").mkdir()
    (tmp_path / "vendor" / "two" / "_x.scss").write_text("$x: 5px;")
    compiler = make_compiler(tmp_path, {"load_paths": ["vendor/*"]})
    assert compiler.load_paths() == [str(tmp_path / "vendor/one"), str(tmp_path / "vendor/two"),
                                     str(tmp_path / "_sass")]
    assert compiler.compile('@import "x"; a { w: $x; }') == "a { w: 5px; }\n"


def test_sass_dir_cannot_escape_the_source(tmp_path: Path) -> None:
    compiler = make_compiler(tmp_path / "site", {"sass_dir": "../../etc"})
    assert compiler.load_paths() == []  # sanitized to site/etc, which does not exist


@pytest.mark.parametrize(("option", "environment", "expected"), [
    ("always", "production", True), ("never", "development", False),
    ("development", "development", True), ("development", "production", False),
])
def test_sourcemap_option(tmp_path: Path, option: str, environment: str, expected: bool) -> None:
    assert make_compiler(tmp_path, {"sourcemap": option}, environment=environment).sourcemap_required() is expected


def test_filter_error_has_line_and_column(tmp_path: Path) -> None:
    with pytest.raises(ConversionError) as info:
        make_compiler(tmp_path).compile(".a {\n  color: $nope;\n}\n")
    assert info.value.message == 'Error: Undefined variable: "$nope".'
    assert (info.value.line, info.value.column) == (2, 10)


def test_page_error_is_located_in_the_page_file(tmp_path: Path) -> None:
    page = fake_page(tmp_path)
    with pytest.raises(ConversionError) as info:
        make_compiler(tmp_path).compile_page("a {\n  b: c\n  d: e;\n}\n", page, "scss")  # type: ignore[arg-type]
    assert info.value.file == "assets/main.scss"
    assert info.value.line == 5  # line 3 of the content, after two lines of front matter
    assert info.value.column == 3


def test_error_in_a_partial_names_the_partial(tmp_path: Path) -> None:
    (tmp_path / "_sass").mkdir()
    (tmp_path / "_sass" / "_broken.scss").write_text("\n\n.x { y: 1px +; }\n")
    with pytest.raises(ConversionError) as info:
        make_compiler(tmp_path).compile_page('@import "broken";', fake_page(tmp_path), "scss")  # type: ignore[arg-type]
    assert info.value.file == "_sass/_broken.scss"
    assert info.value.line == 3


def test_source_map_names_the_page_and_partials(tmp_path: Path) -> None:
    (tmp_path / "_sass").mkdir()
    (tmp_path / "_sass" / "_p.scss").write_text(".p { q: r; }\n")
    css, source_map = make_compiler(tmp_path).compile_page(  # type: ignore[arg-type]
        '@import "p";\n', fake_page(tmp_path), "scss")
    assert css.endswith("/*# sourceMappingURL=main.css.map */")
    assert source_map is not None and '"main.scss"' in source_map and '"_sass/_p.scss"' in source_map
    assert '"file": "main.css"' in source_map


def test_missing_libsass_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sass", None)
    with pytest.raises(ConversionError) as info:
        make_compiler(tmp_path).compile("a{b:c}")
    assert "pip install libsass" in (info.value.hint or "")
