"""Fuzzing with hypothesis (bounded for CI): front matter and config YAML, Liquid tag/filter soup, and whole
tiny sites. Any input yields output or a `JekyllPyError` — never another exception, never a hang.

The longer run is tests/fuzz/fuzz_build.py (not collected by pytest).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jekyll_py import config as config_module
from jekyll_py import frontmatter
from jekyll_py.errors import FrontMatterError, JekyllPyError
from jekyll_py.liquid.environment import LiquidEngine
from tests.fuzz.sites import BUILD_SECONDS, build_site, liquidish, page_texts, time_limit, tiny_sites, yamlish

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


class FakeSite:
    """Just what the Liquid engine reads from a site."""

    source = "/nonexistent-site"
    config: dict = {"liquid": {"error_mode": "warn"}}  # noqa: RUF012
    includes_load_paths: list = []  # noqa: RUF012
    profiler = None


@FUZZ
@given(yamlish)
def test_config_yaml_loads_or_raises_config_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "_config.yml").write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            config = config_module.load(Path(folder), None, {})
        except JekyllPyError as err:
            assert err.file and err.file.endswith("_config.yml")
            return
    assert config["source"] and isinstance(config["exclude"], list)


@FUZZ
@given(page_texts())
def test_front_matter_parses_or_raises_front_matter_error(text: str) -> None:
    for strict in (False, True):
        try:
            parsed = frontmatter.parse(text, "page.md", strict=strict)
        except FrontMatterError as err:  # bad YAML only warns unless strict; a non-mapping fails, as in Jekyll
            assert err.file == "page.md"
            continue
        assert isinstance(parsed.data, dict)
        assert parsed.content in text


@FUZZ
@given(liquidish, st.sampled_from(["lax", "warn", "strict"]))
def test_liquid_soup_renders_or_raises_liquid_error(source: str, mode: str) -> None:
    site = FakeSite()
    site.config = {"liquid": {"error_mode": mode}}
    engine = LiquidEngine(site)
    payload = {"page": {"title": "T", "path": "p.md"}, "site": {"data": {"d": [1, 2]}, "posts": []}}
    with time_limit(BUILD_SECONDS):
        try:
            out = engine.render(engine.parse(source, "p.html"), payload)
        except JekyllPyError as err:
            assert err.file == "p.html"
            return
    assert isinstance(out, str)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(tiny_sites, st.booleans())
def test_tiny_sites_build_or_raise_a_typed_error(files: dict[str, str], safe: bool) -> None:
    try:
        build_site(files, safe=safe)
    except JekyllPyError as err:
        assert str(err)  # the one block the CLI prints is never empty


def test_time_limit_catches_a_hang() -> None:
    """The guard the properties rely on really fires."""
    import time

    from tests.fuzz.sites import BuildTimeout

    with pytest.raises(BuildTimeout), time_limit(1):
        time.sleep(3)
