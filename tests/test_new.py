"""`jekyll-py new`: the academic and blank templates, their YAML merge, and the GitHub Pages workflow."""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jekyll_py import __version__
from jekyll_py import config as config_module
from jekyll_py.cli import main
from jekyll_py.commands.new import create_site, merge_yaml_text
from jekyll_py.errors import JekyllPyError
from jekyll_py.scaffold import SITE_ENTRIES, bundled_site_root
from jekyll_py.site import Site

ROOT = Path(__file__).parent.parent


def files_under(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def build(source: Path, **overrides) -> None:
    config = config_module.load(source, None, {"quiet": True, **overrides})
    Site(config, environment="production").process()


@pytest.fixture(scope="module")
def academic(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("new") / "site"
    result = CliRunner().invoke(main, ["new", str(site)])
    assert result.exit_code == 0, result.output
    return site


def test_academic_site_is_the_bundled_site_plus_collections(academic: Path) -> None:
    files = files_under(academic)
    for rel in files_under(bundled_site_root()):
        if rel.split("/")[0] in SITE_ENTRIES:
            assert rel in files
    for rel in (
        "_publications/2024-04-01-deepnet.md",
        "_talks/2024-05-10-efficient-foundation-models.md",
        "_teaching/2022-fall-deep-learning.md",
        "_pages/talks.md",
        "_includes/archive-list.html",
        ".github/workflows/pages.yml",
        "requirements.txt",
        ".gitignore",
    ):
        assert rel in files
    # the bundled layouts are copied, not rewritten
    layout = "_layouts/single.html"
    assert (academic / layout).read_bytes() == (bundled_site_root() / layout).read_bytes()


def test_academic_config_has_academicpages_collections_and_defaults(academic: Path) -> None:
    config = yaml.safe_load((academic / "_config.yml").read_text(encoding="utf-8"))
    bundled = yaml.safe_load((bundled_site_root() / "_config.yml").read_text(encoding="utf-8"))
    for label in ("publications", "talks", "teaching"):
        assert config["collections"][label] == {"output": True, "permalink": "/:collection/:path/"}
        assert {"scope": {"path": "", "type": label}, "values": {"layout": "single", "author_profile": True}} in config[
            "defaults"
        ]
    assert config["defaults"][: len(bundled["defaults"])] == bundled["defaults"]
    assert config["exclude"] == [*bundled["exclude"], "requirements.txt"]
    assert set(config["publication_category"]) == {"books", "manuscripts", "conferences"}
    # the bundled file's comments survive the merge
    assert (bundled_site_root() / "_config.yml").read_text(encoding="utf-8").splitlines()[0] in (
        academic / "_config.yml"
    ).read_text(encoding="utf-8")
    navigation = yaml.safe_load((academic / "_data/navigation.yml").read_text(encoding="utf-8"))
    assert [link["url"] for link in navigation["main"]] == ["/publications/", "/cv/", "/talks/", "/teaching/"]


def test_requirements_pin_this_version(academic: Path) -> None:
    lines = (academic / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert f"jekyll-py~={__version__}" in lines


def test_new_site_builds(academic: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out"
    build(academic, destination=str(dest))
    built = files_under(dest)
    for rel in (
        "index.html",
        "publications/index.html",
        "publications/2024-04-01-deepnet/index.html",
        "talks/2024-05-10-efficient-foundation-models/index.html",
        "teaching/2022-fall-deep-learning/index.html",
        "assets/css/main.css",
    ):
        assert rel in built
    assert not any(rel.startswith((".github", "requirements")) for rel in built)
    listing = (dest / "publications/index.html").read_text(encoding="utf-8")
    headings = re.findall(r'<h2 class="archive__subtitle">([^<]*)</h2>', listing)
    assert headings == ["Journal Articles", "Conference Papers"]  # newest first, grouped by category
    assert 'href="/publications/2023-07-23-magneto/"' in listing


def test_blank_site(tmp_path: Path) -> None:
    site = tmp_path / "blank"
    create_site(site, blank=True)
    assert files_under(site) == [
        ".github/workflows/pages.yml", ".gitignore", "_config.yml", "_layouts/default.html", "index.md",
        "requirements.txt",
    ]
    build(site, destination=str(tmp_path / "out"))
    html = (tmp_path / "out/index.html").read_text(encoding="utf-8")
    assert "<title>Home - My site</title>" in html
    assert files_under(tmp_path / "out") == ["index.html"]


def test_refuses_a_non_empty_folder_without_force(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(JekyllPyError, match="exists and is not empty"):
        create_site(tmp_path)
    result = CliRunner().invoke(main, ["new", str(tmp_path)])
    assert result.exit_code == 1
    assert "--force" in result.output
    create_site(tmp_path, force=True)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (tmp_path / "_config.yml").is_file()


def test_every_root_entry_that_reaches_site_is_packaged() -> None:
    """A new file or folder at the repository root must be either excluded or listed in SITE_ENTRIES."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    published = [
        entry.name
        for entry in ROOT.iterdir()
        if not entry.name.startswith((".", "_", "#", "~"))
        and not any(fnmatch.fnmatch(entry.name, pattern.rstrip("/")) for pattern in config["exclude"])
        and entry.name not in {"setup.py", "Gemfile", "Gemfile.lock", "node_modules", "vendor"}
    ]
    assert sorted(set(published) - set(SITE_ENTRIES)) == []


# --- merge_yaml_text --------------------------------------------------------------------------------------


def test_merge_appends_entries_and_adds_keys_with_their_comments() -> None:
    base = "# top\nexclude:\n  - a\n\n# theme\ntheme: x\n"
    extra = "# header\nexclude:\n  - b\n\n# new key\nnew:\n  k: 1\n"
    merged = "# top\nexclude:\n  - a\n  - b\n\n# theme\ntheme: x\n\n# new key\nnew:\n  k: 1\n"
    assert merge_yaml_text(base, extra) == merged


def test_merge_refuses_what_text_surgery_cannot_do() -> None:
    with pytest.raises(JekyllPyError, match="could not merge"):
        merge_yaml_text("exclude: [a, b]\n", "exclude:\n  - c\n")


# --- the GitHub Actions workflow --------------------------------------------------------------------------


def load_workflow(site: Path) -> dict:
    workflow = yaml.safe_load((site / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads the key `on` as true
    return workflow


def test_workflow_uses_the_official_pages_actions(academic: Path) -> None:
    workflow = load_workflow(academic)
    assert "push" in workflow["on"] and "workflow_dispatch" in workflow["on"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build_steps = workflow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in build_steps]
    assert uses[:3] == ["actions/checkout", "actions/setup-python", "actions/configure-pages"]
    assert build_steps[-1]["uses"].startswith("actions/upload-pages-artifact@")
    assert build_steps[-1]["with"]["path"] == "_site"
    build_step = next(step for step in build_steps if "jekyll-py build" in step.get("run", ""))
    assert build_step["env"]["JEKYLL_ENV"] == "production"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def run_workflow_steps(site: Path, base_path: str) -> None:
    """Run the build job's `run:` steps in `site` as the runner would, offline, with this interpreter's tools."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", PIP_NO_INDEX="1")
    for step in load_workflow(site)["jobs"]["build"]["steps"]:
        if "run" not in step:
            continue
        script = step["run"].replace("${{ steps.pages.outputs.base_path }}", base_path)
        assert "${{" not in script, f"unexpected expression in {step['name']}"
        result = subprocess.run(
            ["bash", "-e", "-c", script], cwd=site, env={**env, **step.get("env", {})},
            capture_output=True, text=True, timeout=300,
        )
        assert result.returncode == 0, f"{step['name']} failed:\n{result.stdout}\n{result.stderr}"


@pytest.mark.parametrize("base_path", ["", "/my-project"])
def test_workflow_run_steps_build_the_site(tmp_path: Path, base_path: str) -> None:
    site = tmp_path / "site"
    create_site(site)
    run_workflow_steps(site, base_path)
    about = (site / "_site/index.html").read_text(encoding="utf-8")
    assert f'href="{base_path}/assets/css/main.css"' in about
    assert (site / "_site/publications/2024-04-01-deepnet/index.html").is_file()
