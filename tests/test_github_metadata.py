"""jekyll-github-metadata offline: the cases the golden fixtures cannot pin (environment variables, git).

Expected values were printed by Jekyll 4.3.1 with the Debian jekyll-github-metadata 2.15.0 gem and
ruby-octokit, offline, under the same environment variables (see tests/sites/plugin-github-metadata).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from jekyll_py import config as config_module
from jekyll_py import log
from jekyll_py.plugins.github_metadata import NO_AUTH, NO_INTERNET, NO_REPOSITORY, nwo_from_remote
from jekyll_py.site import Site

ENV_VARS = ("PAGES_REPO_NWO", "PAGES_ENV", "JEKYLL_GITHUB_TOKEN", "OCTOKIT_ACCESS_TOKEN", "JEKYLL_BUILD_REVISION",
            "PAGES_HOSTNAME", "PAGES_PAGES_HOSTNAME", "PAGES_GITHUB_HOSTNAME", "GITHUB_HOSTNAME", "PAGE_BUILD_ID",
            "SSL", "SUBDOMAIN_ISOLATION", "API_URL", "PAGES_API_URL")
FIELDS = ("{{ site.url }}|{{ site.baseurl }}|{{ site.title }}|{{ site.github.url }}|"
          "{{ site.github.is_user_page }}|{{ site.github.source.branch }}|{{ site.github.repository_nwo }}")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plugin reads the process environment, as the Ruby plugin reads ENV."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    log.take_warnings()


def build(source: Path, monkeypatch: pytest.MonkeyPatch, index: str = FIELDS, *, env: str = "production",
          **config: object) -> str:
    monkeypatch.setenv("JEKYLL_ENV", env)
    (source / "index.html").write_text("---\n---\n" + index)
    overrides = {"destination": str(source / "_site"), "quiet": True, "plugins": ["jekyll-github-metadata"]}
    site = Site(config_module.load(source, [], {**overrides, **config}), environment=env)
    site.process()
    return (site.dest / "index.html").read_text()


def github_warnings() -> list[str]:
    return [line.strip() for line in log.take_warnings() if "GitHub Metadata:" in line]


def test_pages_repo_nwo_wins_over_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGES_REPO_NWO", "env/from-env")
    out = build(tmp_path, monkeypatch, repository="config/from-config")
    assert out == ("https://github.com|/pages/env/from-env|from-env|https://github.com/pages/env/from-env|"
                   "false|gh-pages|env/from-env")


def test_repository_without_a_slash_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = build(tmp_path, monkeypatch, "{{ site.title }}", repository="just-a-name")
    assert out == ""
    assert github_warnings() == [f"GitHub Metadata: {NO_REPOSITORY}"]


def test_dotcom_user_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Jekyll: PAGES_ENV=dotcom, repository octo/octo.github.io, baseurl "/" and name (so no title).
    monkeypatch.setenv("PAGES_ENV", "dotcom")
    out = build(tmp_path, monkeypatch, repository="octo/octo.github.io", baseurl="/", name="Site Name")
    assert out == "http://octo.github.io|||http://octo.github.io|true|master|octo/octo.github.io"
    warnings = github_warnings()
    assert warnings[0] == f"GitHub Metadata: {NO_AUTH}"
    assert "site.name is set in _config.yml" in warnings[1]
    assert warnings.count(f"GitHub Metadata: {NO_INTERNET}") == 1  # the Pages API, once (memoized)


def test_dotcom_project_page_asks_for_the_user_page_repositories(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGES_ENV", "dotcom")
    monkeypatch.setenv("JEKYLL_GITHUB_TOKEN", "not-used-offline")
    out = build(tmp_path, monkeypatch, repository="octo/project", name="Site Name")
    assert out == "http://octo.github.io|/project||http://octo.github.io/project|false|gh-pages|octo/project"
    # Jekyll printed three: the Pages API and `repository?` for octo.github.io and octo.github.com.
    assert github_warnings() == [
        "GitHub Metadata: " + "site.name is set in _config.yml, but many plugins and themes expect site.title "
        "to be used instead. To avoid potential inconsistency, Jekyll GitHub Metadata will not set site.title "
        "to the repository's name.",
        *[f"GitHub Metadata: {NO_INTERNET}"] * 3,
    ]


def test_development_pages_hostname_makes_owner_github_io_a_project(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # Jekyll with PAGES_ENV=development: pages_hostname is localhost:4000, so octo.github.io is not the user page.
    monkeypatch.setenv("PAGES_ENV", "development")
    out = build(tmp_path, monkeypatch, "{{ site.github.pages_hostname }} " + FIELDS, repository="octo/octo.github.io")
    assert out == ("localhost:4000 https://github.com|/pages/octo/octo.github.io|octo.github.io|"
                   "https://github.com/pages/octo/octo.github.io|false|gh-pages|octo/octo.github.io")


def test_no_url_fallbacks_in_development(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = build(tmp_path, monkeypatch, env="development", repository="octo/project", baseurl="/")
    assert out == "|/|project|https://github.com/pages/octo/project|false|gh-pages|octo/project"


def test_page_build_id_adds_url_fallbacks_outside_production(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGE_BUILD_ID", "42")
    out = build(tmp_path, monkeypatch, "{{ site.url }}{{ site.baseurl }}", env="development", repository="a/b")
    assert out == "https://github.com/pages/a/b"


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.parametrize("remote", ["git@github.com:octo/from-remote.git", "https://github.com/octo/from-remote"])
def test_origin_remote_in_development(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, remote: str) -> None:
    git(tmp_path, "init", "-q")
    git(tmp_path, "remote", "add", "origin", remote)
    out = build(tmp_path, monkeypatch, "{{ site.github.repository_nwo }}", env="development")
    assert out == "octo/from-remote"


def test_origin_remote_is_not_used_in_production(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git(tmp_path, "init", "-q")
    git(tmp_path, "remote", "add", "origin", "git@github.com:octo/from-remote.git")
    assert build(tmp_path, monkeypatch, "{{ site.title }}") == ""
    assert github_warnings() == [f"GitHub Metadata: {NO_REPOSITORY}"]


def test_site_github_without_a_repository_fails_like_ruby(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(Exception, match="No repo name found"):
        build(tmp_path, monkeypatch, "{{ site.github.url }}")


def test_remote_urls() -> None:
    assert nwo_from_remote("git@github.com:jekyll/github-metadata", "github.com") == "jekyll/github-metadata"
    assert nwo_from_remote("https://github.com/a-b/c.d", "github.com") == "a-b/c.d"
    assert nwo_from_remote("https://gitlab.com/a/b", "github.com") is None


def test_build_revision_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JEKYLL_BUILD_REVISION", "abc123")
    assert build(tmp_path, monkeypatch, "{{ site.github.build_revision }}", repository="a/b") == "abc123"


def test_build_revision_from_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git(tmp_path, "init", "-q")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "x")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=tmp_path, capture_output=True, text=True).stdout
    assert build(tmp_path, monkeypatch, "{{ site.github.build_revision }}", repository="a/b") == head.strip()


def test_github_hash_in_config_is_merged_over_the_metadata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = build(tmp_path, monkeypatch, "{{ site.github.url }} {{ site.github.source.branch }}"
                "{{ site.github.source.path }} {{ site.github.repository_name }}",
                repository="a/b", github={"url": "https://x.org", "source": {"path": "/docs"}})
    assert out == "https://x.org gh-pages/docs b"


def test_edit_link_without_metadata_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = build(tmp_path, monkeypatch, "[{% github_edit_link %}]", repository="a/b", github="not a hash")
    assert out == "[]"
    assert any("Cannot generate edit URLs due to missing site.github data" in w for w in log.take_warnings())


def test_drop_keys_are_the_ruby_drops_sorted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = build(tmp_path, monkeypatch, "{{ site.github | jsonify }}", repository="a/b")
    assert out.startswith('{"api_url":"https://api.github.com","archived":null,"baseurl":"/pages/a/b",')
    assert '"public_repositories":null' in out and '"versions":{}' in out
