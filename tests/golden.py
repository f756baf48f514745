"""Build a fixture site with jekyll_py the way tests/regenerate_golden.sh builds it with Jekyll."""

from __future__ import annotations

import os
import time
from pathlib import Path

from jekyll_py import config as config_module
from jekyll_py.site import Site

TESTS = Path(__file__).parent
SITES = TESTS / "sites"
GOLDEN = TESTS / "golden"


def golden_site_names() -> list[str]:
    """Fixture sites that have expected output from Jekyll."""
    return sorted(p.name for p in GOLDEN.iterdir() if p.is_dir() and (SITES / p.name / "_config.yml").is_file())


# The instant of _golden_time.yml, also every source file's mtime (sitemap lastmod shows it).
GOLDEN_TIMESTAMP = 1767268800  # 2026-01-01 12:00:00 UTC


def pin_mtimes(source: Path) -> None:
    """Give every file the same mtime regenerate_golden.sh gives it, whatever the checkout did."""
    for path in [source, *source.rglob("*")]:
        os.utime(path, (GOLDEN_TIMESTAMP, GOLDEN_TIMESTAMP), follow_symlinks=False)


def build_fixture(name: str, dest: Path) -> Site:
    source = SITES / name
    pin_mtimes(source)
    files = [str(source / "_config.yml"), str(SITES / "_golden_time.yml")]
    os.environ["JEKYLL_ENV"] = "production"
    os.environ["TZ"] = "UTC"
    time.tzset()
    config = config_module.load(source, files, {"destination": str(dest), "quiet": True})
    site = Site(config, environment="production")
    site.process()
    return site


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".jekyll-cache" not in p.parts
    }
