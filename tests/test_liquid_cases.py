"""Every case of tests/liquid/cases*.json rendered by us must match what Jekyll 4.3.1 rendered.

The expected outputs come from Jekyll's own Liquid environment (tests/liquid/regenerate.sh).
For cases where Jekyll raises, we must raise too, and with the same text when Jekyll's text is
fixed (Jekyll's own messages, not Ruby's parser diagnostics).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from jekyll_py.errors import LiquidError
from jekyll_py.liquid import LiquidEngine
from tests.test_liquid_engine import SITE_DIR, FakeSite

CASES_DIR = Path(__file__).parent / "liquid"
# Messages that are Ruby Liquid's parser diagnostics; we only require that we fail as well.
PARSER_DIAGNOSTICS = ("Liquid syntax error", "Liquid::SyntaxError")


def load_cases() -> Iterator[Any]:
    for cases_file in sorted(CASES_DIR.glob("cases*.json")):
        expected = json.loads((CASES_DIR / cases_file.name.replace("cases", "expected")).read_text())
        for case in json.loads(cases_file.read_text()):
            yield pytest.param(case, expected[case["name"]], id=case["name"])


@pytest.fixture(scope="module", autouse=True)
def utc() -> Iterator[None]:
    """The oracle ran with TZ=UTC; local-time conversions must agree."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture(scope="module")
def engine() -> LiquidEngine:
    site = FakeSite()
    site.config.update(yaml.safe_load((SITE_DIR / "_config.yml").read_text()))
    return LiquidEngine(site)


def payload_for(case: dict[str, Any], site: FakeSite) -> dict[str, Any]:
    """What the oracle passes: the site payload and page.path, overlaid by the case's data."""
    site_payload = {**site.config, "time": dt.datetime.now(dt.UTC)}
    data = dict(case.get("data") or {})
    payload: dict[str, Any] = {"site": site_payload, "page": {"path": "case.html"}, **data}
    if "site" in data:
        payload["site"] = {**site_payload, **data["site"]}
    return payload


@pytest.mark.parametrize(("case", "expected"), list(load_cases()))
def test_case_matches_jekyll(case: dict[str, Any], expected: dict[str, str], engine: LiquidEngine) -> None:
    if "highlight" in case["template"] and importlib.util.find_spec("jekyll_py.highlight") is None:
        pytest.skip("jekyll_py.highlight (Rouge-compatible markup) is not written yet")
    def run() -> str:
        template = engine.parse(case["template"], path=f"{case['name']}.html")
        output = engine.render(template, payload_for(case, engine.site))
        return output.replace(str(SITE_DIR), "{SITE}")

    if "output" in expected:
        assert run() == expected["output"]
        return
    with pytest.raises(LiquidError) as info:
        run()
    ruby_class, _, message = expected["error"].partition(": ")
    if not message.startswith(PARSER_DIAGNOSTICS) and ruby_class not in PARSER_DIAGNOSTICS:
        ours = info.value.message.replace(str(SITE_DIR), "{SITE}")
        assert ours in message or message.endswith(ours), (ours, message)
