"""Shared by the serve tests: copying a fixture site, building it cleanly, comparing trees."""

from __future__ import annotations

import shutil
from pathlib import Path

from jekyll_py import config as config_module
from jekyll_py import log
from jekyll_py.site import Site

TESTS = Path(__file__).parent
SITES = TESTS / "sites"
ROOT = TESTS.parent
PINNED_TIME = SITES / "_golden_time.yml"
BUNDLED_SITE_PARTS = ("_config.yml", "_data", "_includes", "_layouts", "_pages", "assets", "images")


def copy_site(name: str, target: Path) -> Path:
    """A private copy of a fixture site (or of the bundled site at the repository root, `bundled`)."""
    if name != "bundled":
        shutil.copytree(SITES / name, target)
        return target
    target.mkdir(parents=True)
    for part in BUNDLED_SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    return target


def make_site(source: Path, dest: Path, **overrides: object) -> Site:
    """The site as the tests build it: quiet, `site.time` pinned, development environment."""
    log.set_level(log.Level.ERROR)
    files = [str(source / "_config.yml"), str(PINNED_TIME)]
    config = config_module.load(source, files, {"destination": str(dest), "quiet": True, **overrides})
    return Site(config)


def clean_build(source: Path, dest: Path) -> dict[str, bytes] | str:
    """The destination tree of a fresh full build, or the error's text when the build fails."""
    shutil.rmtree(dest, ignore_errors=True)
    try:
        make_site(source, dest).process()
    except Exception as exc:  # noqa: BLE001 - compared with the incremental build's failure
        return f"{type(exc).__name__}"
    return tree(dest)


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
