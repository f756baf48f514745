"""Every fixture site under tests/sites builds byte for byte as Jekyll 4.3.1 built it (tests/golden)."""

from __future__ import annotations

import difflib

import pytest

from tests.golden import GOLDEN, build_fixture, golden_site_names, tree


@pytest.mark.parametrize("name", golden_site_names())
def test_site_matches_jekyll(name: str, tmp_path) -> None:
    build_fixture(name, tmp_path / "out")
    expected, actual = tree(GOLDEN / name), tree(tmp_path / "out")
    assert sorted(actual) == sorted(expected), "files written differ from Jekyll's"
    for rel, data in expected.items():
        if actual[rel] != data:
            diff = "\n".join(
                difflib.unified_diff(
                    data.decode("utf-8", "replace").splitlines(),
                    actual[rel].decode("utf-8", "replace").splitlines(),
                    f"jekyll/{rel}", f"ours/{rel}", lineterm="", n=2,
                )
            )
            pytest.fail(f"{rel} differs from Jekyll's output:\n{diff[:4000]}")
