"""`jekyll-py doctor`: each check finds its mistake, says what to do, and a clean site passes with exit 0."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from jekyll_py import config as config_module
from jekyll_py import doctor
from jekyll_py.cli import main

FIXTURES = Path(__file__).parent / "doctor"


@pytest.fixture
def troubled(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES / "troubled", tmp_path / "troubled"))


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES / "clean", tmp_path / "clean"))


def findings_for(site: Path) -> dict[str, list[doctor.Finding]]:
    by_check: dict[str, list[doctor.Finding]] = {}
    for finding in doctor.diagnose(config_module.load(site)):
        by_check.setdefault(finding.check, []).append(finding)
    return by_check


def run(command: str, site: Path):
    return CliRunner().invoke(main, [command, "-s", str(site)])


def test_clean_site_exits_zero_and_says_so(clean: Path) -> None:
    result = run("doctor", clean)
    assert result.exit_code == 0, result.output
    assert "Everything looks fine." in result.output
    assert findings_for(clean) == {}


def test_hyde_is_an_alias(troubled: Path) -> None:
    assert run("hyde", troubled).exit_code == 1


def test_troubled_site_exits_one_and_lists_every_problem(troubled: Path) -> None:
    result = run("doctor", troubled)
    assert result.exit_code == 1
    assert "problem(s) found" in result.output
    assert set(findings_for(troubled)) == {
        "plugins", "ruby-plugin", "remote-theme", "url", "baseurl", "link-baseurl", "url-conflict", "url-case",
    }


def test_unknown_gem_is_named_but_provided_ones_are_not(troubled: Path) -> None:
    (plugins,) = findings_for(troubled)["plugins"]
    assert "jekyll-scholar" in plugins.message and "BibTeX" in plugins.message
    assert "jekyll-feed" not in plugins.message
    assert "remove jekyll-scholar" in plugins.advice


def test_ruby_plugin_file_is_reported_with_its_python_replacement(troubled: Path) -> None:
    (ruby,) = findings_for(troubled)["ruby-plugin"]
    assert ruby.file == "_plugins/shout.rb"
    assert "_plugins/shout.py" in ruby.advice


def test_remote_theme_needs_vendoring(troubled: Path) -> None:
    (theme,) = findings_for(troubled)["remote-theme"]
    assert "someone/some-theme" in theme.message
    assert "remove `remote_theme`" in theme.advice


def test_baseurl_before_link_and_post_url_is_reported_per_tag(troubled: Path) -> None:
    found = findings_for(troubled)["link-baseurl"]
    assert [f.file for f in found] == ["index.md:4", "index.md:6"]
    assert found[0].advice == "write `{% link about.md %}` without `{{ site.baseurl }}`"
    assert found[1].advice == "write `{% post_url 2024-01-02-first %}` without `{{ site.baseurl }}`"


def test_url_conflict_names_both_sources(troubled: Path) -> None:
    (conflict,) = findings_for(troubled)["url-conflict"]
    assert "about/index.html" in conflict.message
    assert "about.md" in conflict.message and "about-again.md" in conflict.message


def test_case_collision_lists_both_urls(troubled: Path) -> None:
    (case,) = findings_for(troubled)["url-case"]
    assert "Team/index.html" in case.message and "team/index.html" in case.message


def test_redirect_pages_are_not_conflicts(clean: Path) -> None:
    """jekyll-redirect-from writes its pages where it must (Jekyll's allow_used_permalink?)."""
    config_path = clean / "_config.yml"
    config_path.write_text(config_path.read_text() + "  - jekyll-redirect-from\n")
    (clean / "old.md").write_text("---\nredirect_from: [/about/]\n---\nmoved\n")
    assert "url-conflict" not in findings_for(clean)


@pytest.mark.parametrize(
    ("baseurl", "fragment", "advice"),
    [
        ("/blog/", "ends with a slash", 'baseurl: "/blog"'),
        ("/", "ends with a slash", 'baseurl: ""'),
        ("blog", "no leading slash", 'baseurl: "/blog"'),
        ("https://me.github.io/blog", "full URL", 'url: https://me.github.io` and `baseurl: "/blog"'),
    ],
)
def test_baseurl_mistakes(baseurl: str, fragment: str, advice: str) -> None:
    (finding,) = doctor.check_baseurl({"baseurl": baseurl})
    assert fragment in finding.message
    assert advice in finding.advice


@pytest.mark.parametrize("baseurl", ["", None, "/blog"])
def test_good_baseurls_pass(baseurl: Any) -> None:
    assert doctor.check_baseurl({"baseurl": baseurl}) == []


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        (None, "didn't set an URL"),
        ("example.org", "does not seem to be absolute"),
        ("https://example.org/", "ends with a slash"),
        ("https://me.github.io/project", "has a path but baseurl is empty"),
    ],
)
def test_url_mistakes(url: Any, fragment: str) -> None:
    (finding,) = doctor.check_url({"url": url})
    assert fragment in finding.message


def test_good_url_passes() -> None:
    assert doctor.check_url({"url": "https://example.org"}) == []


def test_bare_link_with_baseurl_is_only_a_note(clean: Path) -> None:
    """Right on Jekyll 4; only GitHub Pages' classic Jekyll 3 build drops the baseurl."""
    config_path = clean / "_config.yml"
    config_path.write_text(config_path.read_text().replace('baseurl: ""', 'baseurl: "/site"'))
    (note,) = findings_for(clean)["link-jekyll3"]
    assert note.level == doctor.NOTE and "index.md" in note.message
    result = run("doctor", clean)
    assert result.exit_code == 0, result.output
    assert "Note:" in result.output


def test_gem_theme_and_relative_permalinks_and_posts_dir(tmp_path: Path) -> None:
    (tmp_path / "_posts").mkdir()
    found = [
        *doctor.check_themes({"theme": "minima"}),
        *doctor.check_relative_permalinks({"relative_permalinks": True}),
        *doctor.check_posts_dir(tmp_path, {"collections_dir": "my_collections"}),
    ]
    assert [f.check for f in found] == ["theme", "relative-permalinks", "posts-dir"]
    assert "bundle info --path minima" in found[0].advice
    assert "my_collections" in found[2].advice


def test_gems_key_is_reported_because_jekyll_4_ignores_it(clean: Path) -> None:
    config_path = clean / "_config.yml"
    config_path.write_text(config_path.read_text().replace("plugins:", "gems:"))
    (finding,) = findings_for(clean)["gems-key"]
    assert "Jekyll 4 ignores it" in finding.message
    assert "rename `gems:` to `plugins:`" in finding.advice
    assert run("doctor", clean).exit_code == 1
