"""Where `jekyll-py new` takes its files from.

The bundled site at the repository root is the one source of the academic template: a source checkout
(or an editable install) reads it in place, and a wheel carries a copy as `jekyll_py/scaffold/site/`,
made by setup.py at build time from `SITE_ENTRIES`. Next to it live the few files that only a new
site needs: `academic/` (example collections, merged over the bundled site), `blank/` (the `--blank`
skeleton) and the files every new site gets (GitHub Actions workflow, requirements, .gitignore).
"""

from __future__ import annotations

from pathlib import Path

from jekyll_py.errors import JekyllPyError

SCAFFOLD = Path(__file__).parent

# The top-level files and folders of the repository root that make up the bundled site; setup.py packs
# exactly these, and tests/test_new.py checks that nothing else at the root would reach _site.
SITE_ENTRIES = ("_config.yml", "_data", "_includes", "_layouts", "_pages", "assets", "images")

# Files written into every new site: scaffold file name -> path in the new site.
COMMON_FILES = {
    "github-pages.yml": ".github/workflows/pages.yml",
    "requirements.txt": "requirements.txt",
    "gitignore": ".gitignore",
}


def bundled_site_root() -> Path:
    """The folder holding the bundled site: the wheel's packed copy, else the source checkout's root."""
    candidates = (SCAFFOLD / "site", SCAFFOLD.parent.parent)
    for root in candidates:
        if all((root / entry).exists() for entry in SITE_ENTRIES):
            return root
    raise JekyllPyError(
        "The bundled site template is missing from this jekyll-py installation.",
        hint="Reinstall jekyll-py (pip install --force-reinstall jekyll-py).",
    )
