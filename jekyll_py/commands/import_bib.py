"""`jekyll-py import-bib FILE.bib`: write or refresh `_publications/*.md` from a BibTeX file.

Re-running it is the normal workflow (edit the .bib, import again), so it must be idempotent: each
document records its BibTeX key (`bibtex_key`), which finds it again whatever its file name, and a hash
of its own text (`import_bib_hash`), which tells a file import-bib wrote from one a person has since edited.
Edited files are left alone unless `--force`; documents whose key left the .bib are never deleted.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path
from typing import Any

import click

from jekyll_py import bibtex, frontmatter, log
from jekyll_py.commands._common import handles_errors
from jekyll_py.errors import JekyllPyError
from jekyll_py.utils import slugify

HASH_KEY = "import_bib_hash"
HASH_LINE = re.compile(rf"^{HASH_KEY}: *(\S*)\n", re.MULTILINE)
FRONT_MATTER_END = re.compile(r"\A---\n.*?^(?=---\n)", re.MULTILINE | re.DOTALL)


def content_hash(text: str) -> str:
    """The hash of a document's text with its own hash line left out."""
    return hashlib.sha256(HASH_LINE.sub("", text).encode("utf-8")).hexdigest()[:16]


def stamp(text: str) -> str:
    """Add the hash line as the last front-matter line."""
    end = FRONT_MATTER_END.match(text).end()
    return f"{text[:end]}{HASH_KEY}: {content_hash(text)}\n{text[end:]}"


def written_by_us_untouched(text: str) -> bool:
    """True when the file still holds exactly what import-bib wrote (its recorded hash matches)."""
    match = HASH_LINE.search(text)
    return bool(match) and match.group(1) == content_hash(text)


def index_by_key(folder: Path) -> dict[str, Path]:
    """Existing documents by their `bibtex_key` (the first file wins if a key appears twice)."""
    found: dict[str, Path] = {}
    for path in sorted(folder.glob("*.md")):
        text = frontmatter.read_text(path, str(path))
        key = frontmatter.parse(text, str(path)).data.get("bibtex_key")
        if key is None:
            continue
        if str(key) in found:
            log.warn("import-bib:", f"{path.name} repeats bibtex_key '{key}' of {found[str(key)].name}; ignored")
            continue
        found[str(key)] = path
    return found


def new_path(folder: Path, pub: bibtex.Publication) -> Path:
    """`YYYY-MM-DD-key.md`, numbered if a file of that name (hand-written, say) is already there."""
    stem = f"{pub.date.isoformat()}-{slugify(pub.key, 'latin') or 'publication'}"
    path, number = folder / f"{stem}.md", 2
    while path.exists():
        path, number = folder / f"{stem}-{number}.md", number + 1
    return path


def import_publication(pub: bibtex.Publication, existing: Path | None, folder: Path, style: str, force: bool) -> str:
    """Write one document; returns what happened: created, updated, unchanged or kept."""
    text = stamp(bibtex.document(pub, style))
    if existing is None:
        path = new_path(folder, pub)
        path.write_text(text, encoding="utf-8")
        log.info("Created:", str(path.relative_to(folder.parent)))
        return "created"
    current = existing.read_text(encoding="utf-8")
    if current == text:
        return "unchanged"
    if not (force or written_by_us_untouched(current)):
        log.warn("Kept:", f"{existing.relative_to(folder.parent)} was edited by hand; --force overwrites it")
        return "kept"
    existing.write_text(text, encoding="utf-8")
    log.info("Updated:", str(existing.relative_to(folder.parent)))
    return "updated"


def import_bib(bib_file: Path, folder: Path, style: str = "apa", force: bool = False) -> Counter[str]:
    """Import every usable entry of `bib_file` into `folder`; returns how many files had each outcome."""
    if style not in bibtex.CITATION_STYLES:
        choices = ", ".join(bibtex.CITATION_STYLES)
        raise JekyllPyError(f"Unknown citation style '{style}'.", hint=f"Use one of {choices}.")
    result = bibtex.parse_library(frontmatter.read_text(bib_file, str(bib_file)), bib_file.name)
    for warning in result.warnings:
        log.warn("BibTeX:", warning)
    folder.mkdir(parents=True, exist_ok=True)
    existing = index_by_key(folder)
    outcomes = Counter(
        import_publication(pub, existing.get(pub.key), folder, style, force) for pub in result.publications
    )
    outcomes["skipped"] = len(result.warnings)
    return outcomes


@click.command("import-bib")
@click.argument("bib_file", type=click.Path(exists=True, dir_okay=False))
@click.option("-s", "--source", type=click.Path(file_okay=False), default=".", help="The site's folder")
@click.option("-o", "--output", default="_publications", help="Folder for the documents, inside the site")
@click.option("--style", type=click.Choice(sorted(bibtex.CITATION_STYLES)), default="apa", help="Citation style")
@click.option("--force", is_flag=True, help="Also overwrite documents edited by hand")
@click.option("-t", "--trace", is_flag=True, help="Show the full backtrace when an error occurs")
@handles_errors
def import_bib_command(bib_file: str, source: str, output: str, style: str, force: bool, **_: Any) -> None:
    """Writes _publications/*.md from a BibTeX file (re-run it to update them)."""
    outcomes = import_bib(Path(bib_file), Path(source).resolve() / output, style, force)
    summary = ", ".join(f"{outcomes[name]} {name}" for name in ("created", "updated", "unchanged", "kept", "skipped"))
    log.info("import-bib:", summary)
