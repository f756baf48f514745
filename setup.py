"""Packs the bundled site (the repository root) into the wheel, for `jekyll-py new` to copy.

The site's files stay where they are, at the root, as the one copy; building a wheel copies the entries
named in jekyll_py/scaffold/__init__.py (SITE_ENTRIES) to jekyll_py/scaffold/site/, and building an sdist
carries them along so a wheel built from the sdist gets them too. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).parent


def site_entries() -> tuple[str, ...]:
    """SITE_ENTRIES, read without importing jekyll_py (its dependencies need not be installed here)."""
    tree = ast.parse((ROOT / "jekyll_py" / "scaffold" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SITE_ENTRIES" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise RuntimeError("SITE_ENTRIES not found in jekyll_py/scaffold/__init__.py")


def copy_site(target: Path) -> None:
    for entry in site_entries():
        source = ROOT / entry
        if source.is_dir():
            shutil.copytree(source, target / entry, dirs_exist_ok=True)
        elif source.is_file():
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / entry)


class BuildPyWithSite(build_py):
    def run(self) -> None:
        super().run()
        if not self.editable_mode:  # an editable install reads the root in place
            copy_site(Path(self.build_lib) / "jekyll_py" / "scaffold" / "site")


class SdistWithSite(sdist):
    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        copy_site(Path(base_dir))


setup(cmdclass={"build_py": BuildPyWithSite, "sdist": SdistWithSite})
