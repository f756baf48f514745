"""`jekyll-py new PATH`: a ready academicpages-style site (or, with `--blank`, an empty skeleton).

The academic template is the bundled site (see jekyll_py/scaffold) with the files of
`scaffold/academic/` laid over it: example publications, talks and teaching entries, their pages, and
YAML that is merged into the bundled `_config.yml` and `_data/navigation.yml` rather than replacing them,
so the bundled site stays the single source. Every new site also gets the GitHub Pages workflow.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import click
import yaml

from jekyll_py import __version__, log
from jekyll_py.commands._common import handles_errors
from jekyll_py.errors import JekyllPyError
from jekyll_py.scaffold import COMMON_FILES, SCAFFOLD, SITE_ENTRIES, bundled_site_root

TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*):(?:\s|$)")
MERGED_SUFFIXES = (".yml", ".yaml")


def check_target(target: Path, force: bool) -> None:
    """Refuse a non-empty folder unless forced (Jekyll: "Conflict: PATH exists and is not empty.")."""
    if target.exists() and not target.is_dir():
        raise JekyllPyError(f"{target} exists and is not a folder.")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise JekyllPyError(
            f"Conflict: {target} exists and is not empty.",
            hint="Use --force to write the new site into it anyway (files of the same name are replaced).",
        )


def source_files(root: Path) -> list[Path]:
    """Every file under `root`, relative to it, in a stable order (caches left out)."""
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def copy_bundled_site(target: Path) -> None:
    root = bundled_site_root()
    for entry in SITE_ENTRIES:
        source = root / entry
        if source.is_dir():
            shutil.copytree(source, target / entry, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / entry)


def lay_over(overlay: Path, target: Path) -> None:
    """Copy `overlay` into `target`: YAML files merge into an existing file of the same name, others replace it."""
    for rel in source_files(overlay):
        source, dest = overlay / rel, target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.is_file() and rel.suffix in MERGED_SUFFIXES:
            merged = merge_yaml_text(dest.read_text(encoding="utf-8"), source.read_text(encoding="utf-8"))
            dest.write_text(merged, encoding="utf-8")
        else:
            shutil.copyfile(source, dest)


def top_level_blocks(lines: list[str]) -> dict[str, tuple[int, int]]:
    """Line range [start, end) of each top-level key; blank and comment lines at a block's end belong to the next."""
    starts = [(i, m.group(1)) for i, line in enumerate(lines) if (m := TOP_LEVEL_KEY.match(line))]
    blocks = {}
    for n, (start, key) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
            end -= 1
        blocks[key] = (start, end)
    return blocks


def merge_yaml_text(base: str, extra: str) -> str:
    """Add `extra`'s top-level keys to `base` as text, keeping base's comments and order.

    An existing key gets extra's entries appended at the end of its block (list items or mapping keys);
    a new key is appended with the comment lines just above it. The result is checked against the same
    merge done on the parsed YAML, so a layout this text surgery cannot handle fails loudly.
    """
    base_lines, extra_lines = base.splitlines(), extra.splitlines()
    base_blocks = top_level_blocks(base_lines)
    insertions: dict[int, list[str]] = {}
    appended: list[str] = []
    previous_end = 0
    for key, (start, end) in top_level_blocks(extra_lines).items():
        if key in base_blocks:
            insertions.setdefault(base_blocks[key][1], []).extend(extra_lines[start + 1 : end])
        else:
            leading = extra_lines[previous_end:start]
            while leading and not leading[0].strip():
                leading.pop(0)
            appended += ["", *leading, *extra_lines[start:end]]
        previous_end = end
    out: list[str] = []
    for i, line in enumerate(base_lines):
        out += insertions.get(i, [])
        out.append(line)
    out += insertions.get(len(base_lines), []) + appended
    merged = "\n".join(out) + "\n"
    check_merge(base, extra, merged)
    return merged


def merge_values(base: Any, extra: Any) -> Any:
    """What merge_yaml_text must produce, on parsed YAML: lists concatenate, mappings update."""
    result = dict(base or {})
    for key, value in (extra or {}).items():
        old = result.get(key)
        if isinstance(old, list) and isinstance(value, list):
            result[key] = old + value
        elif isinstance(old, dict) and isinstance(value, dict):
            result[key] = {**old, **value}
        else:
            result[key] = value
    return result


def check_merge(base: str, extra: str, merged: str) -> None:
    """Fail loudly when the text merge does not mean what merge_values says it should."""
    expected = merge_values(yaml.safe_load(base), yaml.safe_load(extra))
    try:
        same = yaml.safe_load(merged) == expected
    except yaml.YAMLError:
        same = False
    if not same:
        raise JekyllPyError("jekyll-py could not merge the template's YAML files; please report it.")


def write_common_files(target: Path) -> None:
    """The GitHub Pages workflow, the requirements it installs (this jekyll-py's version) and a .gitignore."""
    for name, rel in COMMON_FILES.items():
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text((SCAFFOLD / name).read_text(encoding="utf-8").replace("{version}", __version__), "utf-8")


def create_site(target: Path, *, blank: bool = False, force: bool = False) -> None:
    """Write a new site into `target` (created if needed)."""
    check_target(target, force)
    target.mkdir(parents=True, exist_ok=True)
    if blank:
        lay_over(SCAFFOLD / "blank", target)
    else:
        copy_bundled_site(target)
        lay_over(SCAFFOLD / "academic", target)
    write_common_files(target)


@click.command()
@click.argument("path", type=click.Path(file_okay=False))
@click.option("--blank", is_flag=True, help="Creates scaffolding but with empty files")
@click.option("--force", is_flag=True, help="Force creation even if PATH already exists")
@click.option("--skip-bundle", is_flag=True, hidden=True, help="Accepted for Jekyll compatibility; nothing to skip")
@click.option("-t", "--trace", is_flag=True, help="Show the full backtrace when an error occurs")
@handles_errors
def new(path: str, blank: bool, force: bool, **_: Any) -> None:
    """Creates a new academic site scaffold in PATH."""
    target = Path(path).resolve()
    create_site(target, blank=blank, force=force)
    kind = "Blank site" if blank else "New academic site"
    log.info("", f"{kind} installed in {target}.")
    log.info("", f"Next: cd {path} && jekyll-py serve   (publications: jekyll-py import-bib FILE.bib)")
