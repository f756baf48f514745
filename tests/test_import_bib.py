"""`jekyll-py import-bib`: golden documents from tests/bib/tricky.bib, idempotence, and hand edits kept.

Set REGENERATE_BIB_GOLDEN=1 to rewrite tests/bib/expected/ after an intended change (then read the diff).
"""

from __future__ import annotations

import datetime
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from jekyll_py import bibtex, frontmatter, log
from jekyll_py.cli import main
from jekyll_py.commands.import_bib import import_bib

BIB = Path(__file__).parent / "bib"
TRICKY = BIB / "tricky.bib"
EXPECTED = BIB / "expected"

EXPECTED_WARNINGS = [
    "tricky.bib:50: duplicate key 'wang2023magneto' ignored; the first entry with that key is used",
    "tricky.bib:67: could not parse this entry (unbalanced braces or quotes?); skipped",
    "tricky.bib:56: no four-digit year; entry 'noyear' skipped",
    "tricky.bib:62: no title; entry 'notitle' skipped",
]


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}


@pytest.fixture
def publications(tmp_path: Path) -> Path:
    folder = tmp_path / "_publications"
    outcomes = import_bib(TRICKY, folder)
    assert dict(outcomes) == {"created": 5, "skipped": 4}
    return folder


def test_documents_match_golden(publications: Path) -> None:
    if os.environ.get("REGENERATE_BIB_GOLDEN"):
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(publications, EXPECTED)
    assert snapshot(publications) == snapshot(EXPECTED)


def test_warnings_name_line_and_reason() -> None:
    result = bibtex.parse_library(TRICKY.read_text(encoding="utf-8"), "tricky.bib")
    assert result.warnings == EXPECTED_WARNINGS
    assert [p.key for p in result.publications] == [
        "mueller2021accents", "wang2023magneto", "wang2024qsparse", "consortium2020book", "lee2019thesis",
    ]


def test_latex_and_braces_become_unicode() -> None:
    pub = bibtex.parse_library(TRICKY.read_text(encoding="utf-8"), "tricky.bib").publications[0]
    assert pub.title == "BERT-style Pre-training for São Paulo's Naïve Cafés"
    assert [a.surname() for a in pub.authors] == ["Müller", "Dupré", "van der Berg", "Østergaard", "Smith"]
    assert pub.venue == "Journal of Accents & Braces"
    assert pub.date == datetime.date(2021, 6, 15)


def test_front_matter_reads_back_with_jekyll_types(publications: Path) -> None:
    for path in publications.glob("*.md"):
        data = frontmatter.parse(path.read_text(encoding="utf-8"), path.name).data
        assert isinstance(data["date"], datetime.date)
        assert data["collection"] == "publications"
        assert data["category"] in {"books", "manuscripts", "conferences"}
        assert path.name.startswith(data["date"].isoformat())


def test_rerun_changes_nothing(publications: Path) -> None:
    before = snapshot(publications)
    outcomes = import_bib(TRICKY, publications)
    assert outcomes["unchanged"] == 5 and outcomes["created"] == outcomes["updated"] == 0
    assert snapshot(publications) == before


def test_rerun_updates_what_it_wrote(publications: Path) -> None:
    outcomes = import_bib(TRICKY, publications, style="ieee")
    assert outcomes["updated"] == 5
    data = frontmatter.parse((publications / "2023-07-01-wang2023magneto.md").read_text("utf-8"), "x").data
    assert data["citation"].startswith("H. Wang, S. Ma, and F. Wei, &quot;Magneto")
    assert len(snapshot(publications)) == 5


def test_hand_edits_are_kept_unless_forced(publications: Path) -> None:
    edited = publications / "2024-01-01-wang2024qsparse.md"
    text = edited.read_text(encoding="utf-8") + "\nMy own notes.\n"
    edited.write_text(text, encoding="utf-8")
    log.take_warnings()
    outcomes = import_bib(TRICKY, publications, style="ieee")
    assert outcomes["kept"] == 1 and outcomes["updated"] == 4
    assert edited.read_text(encoding="utf-8") == text
    assert any("2024-01-01-wang2024qsparse.md was edited by hand" in w for w in log.take_warnings())
    outcomes = import_bib(TRICKY, publications, style="ieee", force=True)
    assert outcomes["updated"] == 1
    assert "My own notes." not in edited.read_text(encoding="utf-8")


def test_renamed_document_is_found_by_key_not_duplicated(publications: Path) -> None:
    (publications / "2024-01-01-wang2024qsparse.md").rename(publications / "qsparse.md")
    outcomes = import_bib(TRICKY, publications, style="ieee")
    assert outcomes["created"] == 0 and outcomes["updated"] == 5
    assert "2024-01-01-wang2024qsparse.md" not in snapshot(publications)


def test_documents_not_in_the_bib_are_left_alone(publications: Path, tmp_path: Path) -> None:
    hand_written = publications / "2020-01-01-consortium2020book.md"
    hand_written.write_text("---\ntitle: Mine\n---\nBy hand.\n", encoding="utf-8")  # no bibtex_key any more
    smaller = tmp_path / "one.bib"
    smaller.write_text("@article{solo, title={Solo}, author={Ng, A.}, year={2022}, journal={J}}\n", "utf-8")
    outcomes = import_bib(smaller, publications)
    assert outcomes["created"] == 1
    assert hand_written.read_text(encoding="utf-8") == "---\ntitle: Mine\n---\nBy hand.\n"
    assert len(snapshot(publications)) == 6
    # a key that comes back gets a file of its own, beside the hand-written one of the same name
    import_bib(TRICKY, publications)
    assert (publications / "2020-01-01-consortium2020book-2.md").is_file()


def test_command_line(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["import-bib", str(TRICKY), "-s", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "import-bib: 5 created, 0 updated, 0 unchanged, 0 kept, 4 skipped" in result.output
    result = runner.invoke(main, ["import-bib", str(TRICKY), "-s", str(tmp_path), "--style", "mla"])
    assert result.exit_code == 2  # click refuses an unknown choice


def test_imported_publications_build_in_a_new_site(tmp_path: Path) -> None:
    from jekyll_py import config as config_module
    from jekyll_py.commands.new import create_site
    from jekyll_py.site import Site

    site = tmp_path / "site"
    create_site(site)
    import_bib(TRICKY, site / "_publications")
    config = config_module.load(site, None, {"quiet": True, "destination": str(tmp_path / "out")})
    Site(config, environment="production").process()
    listing = (tmp_path / "out/publications/index.html").read_text(encoding="utf-8")
    assert listing.count('class="archive__item"') == 7  # 2 examples + 5 imported
    assert "Books" in listing and "Université de Montréal" in listing
    page = (tmp_path / "out/publications/2019-01-01-lee2019thesis/index.html").read_text(encoding="utf-8")
    assert "{{ site.title }} and {% include x.html %}" in page  # kept literal, not run as Liquid
