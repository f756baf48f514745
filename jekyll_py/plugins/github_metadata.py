"""jekyll-github-metadata 2.15, offline: `site.github.*`, `{% github_edit_link %}` and the
`url`/`baseurl`/`title`/`description` fallbacks GitHub Pages sites rely on.

The Ruby plugin asks the GitHub API for half of its fields. jekyll-py never uses the network while
building, so it does what the Ruby plugin does when it finds no internet connection: every API call
warns "No internet connection. GitHub metadata may be missing or incorrect." and answers `false`,
which leaves those fields nil/false/empty, while everything derived from the repository's name and
the `PAGES_*` environment variables (URLs, user/project page, branch) is computed exactly as in Ruby.

Known differences from the Ruby plugin offline:
- `site.url`, `site.baseurl` and `site.title` are set when the site is set up, not when first
  rendered, so their warnings come once at the start whether or not a page uses them.
- With no repository to be found, Ruby fails on the first use of `site.title` (or `site.github`);
  we warn at set-up, leave the fallbacks unset and fail only when `site.github` is used.
- `site.github.public_repositories`, `{{ site.github }}` and a `github:` hash in the configuration
  crash the Ruby plugin offline (`undefined method 'map' for false`); here the first is nil and the
  others work on the offline values.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin, urlsplit

from jekyll_py import log
from jekyll_py.errors import LiquidError
from jekyll_py.plugins.liquid_tag import lookup

if TYPE_CHECKING:
    from liquid import RenderContext

    from jekyll_py.plugins.registry import Registry
    from jekyll_py.site import Site

TOPIC = "GitHub Metadata:"
NO_INTERNET = "No internet connection. GitHub metadata may be missing or incorrect."
NO_AUTH = "No GitHub API authentication could be found. Some fields may be missing or have incorrect data."
NO_REPOSITORY = (
    "No repo name found. Specify using PAGES_REPO_NWO environment variables, 'repository' in your "
    "configuration, or set up an 'origin' git remote pointing to your github.com repository."
)
SITE_NAME_WARNING = (
    "site.name is set in _config.yml, but many plugins and themes expect site.title to be used instead. "
    "To avoid potential inconsistency, Jekyll GitHub Metadata will not set site.title to the repository's name."
)
EDIT_LINK_MISSING = "Cannot generate edit URLs due to missing site.github data"

# Pages::DEFAULTS
PAGES_DEFAULTS = {
    "PAGES_ENV": "development",
    "PAGES_API_URL": "https://api.github.com",
    "PAGES_HELP_URL": "https://help.github.com",
    "PAGES_GITHUB_HOSTNAME": "github.com",
    "PAGES_PAGES_HOSTNAME": "github.io",
    "SSL": "false",
    "SUBDOMAIN_ISOLATION": "false",
}

# Owner's whitelisted keys, in the Ruby plugin's order: all nil offline.
OWNER_KEYS = (
    "avatar_url", "bio", "blog", "collaborators", "company", "created_at", "description", "email",
    "followers", "following", "has_organization_projects", "has_repository_projects", "hireable",
    "html_url", "id", "is_verified", "location", "login", "name", "node_id", "public_gists",
    "public_repos", "type", "updated_at",
)


def trim_last_slash(url: str) -> str:
    return url[:-1] if url.endswith("/") else url


class Pages:
    """Jekyll::GitHubMetadata::Pages: which GitHub (dotcom, enterprise, development) from `PAGES_*`."""

    def __init__(self, environ: Mapping[str, str], jekyll_env: str) -> None:
        self.environ = environ
        self.jekyll_env = environ.get("JEKYLL_ENV", jekyll_env)

    def env_var(self, key: str, intermediate: str | None = None) -> str | None:
        """A non-empty variable, else the intermediate default (even ""), else the plugin's default."""
        value = self.environ.get(key, "")
        if value:
            return value
        return intermediate if intermediate is not None else PAGES_DEFAULTS.get(key)

    @property
    def env(self) -> str:
        return str(self.env_var("PAGES_ENV", self.jekyll_env))

    def is_env(self, name: str) -> bool:
        return self.env == name

    @property
    def ssl(self) -> bool:
        return self.env_var("SSL") == "true" or self.is_env("test")

    @property
    def scheme(self) -> str:
        return "https" if self.ssl else "http"

    @property
    def subdomain_isolation(self) -> bool:
        return self.env_var("SUBDOMAIN_ISOLATION") == "true"

    @property
    def enterprise(self) -> bool:
        return self.is_env("enterprise")

    @property
    def custom_domains_enabled(self) -> bool:
        return self.is_env("dotcom") or self.is_env("test")

    @property
    def github_url(self) -> str:
        if self.is_env("dotcom") or self.github_hostname == "github.com":
            return "https://github.com"
        return f"{self.scheme}://{self.github_hostname}"

    @property
    def api_url(self) -> str:
        return trim_last_slash(str(self.env_var("PAGES_API_URL", self.environ.get("API_URL"))))

    @property
    def help_url(self) -> str:
        return trim_last_slash(str(self.env_var("PAGES_HELP_URL", self.environ.get("HELP_URL"))))

    @property
    def github_hostname(self) -> str:
        return trim_last_slash(str(self.env_var("PAGES_GITHUB_HOSTNAME", self.environ.get("GITHUB_HOSTNAME"))))

    @property
    def pages_hostname(self) -> str:
        intermediate = self.environ.get("PAGES_HOSTNAME")
        if intermediate is None and self.is_env("development"):
            intermediate = "localhost:4000"
        return trim_last_slash(str(self.env_var("PAGES_PAGES_HOSTNAME", intermediate)))

    @property
    def page_build(self) -> bool:
        return bool(self.environ.get("PAGE_BUILD_ID"))


class OfflineClient:
    """The plugin's API client when api.github.com does not resolve: each call warns and is `false`.

    Ruby's client caches results with `||=`, so a `false` answer is asked (and warned about) again.
    """

    def __init__(self, environ: Mapping[str, str]) -> None:
        # Client#pluck_auth_method warns when it is built without a token.
        if not (environ.get("JEKYLL_GITHUB_TOKEN") or environ.get("OCTOKIT_ACCESS_TOKEN")):
            log.warn(TOPIC, NO_AUTH)
        self.calls: list[str] = []

    def call(self, method: str) -> bool:
        self.calls.append(method)
        log.warn(TOPIC, NO_INTERNET)
        return False


class Repository:
    """Jekyll::GitHubMetadata::Repository (with RepositoryCompat) for one `owner/name`, offline."""

    def __init__(self, nwo: str, pages: Pages, client: OfflineClient) -> None:
        self.nwo = nwo
        self.owner = nwo.split("/")[0]
        self.name = nwo.split("/")[-1]
        self.pages = pages
        self.client = client

    # -- what the API would have said: memoized as the Ruby plugin memoizes it ----------------------
    @cached_property
    def repo_info(self) -> dict[str, Any]:
        return self.client.call("repository") or {}

    @cached_property
    def repo_pages_info(self) -> dict[str, Any]:
        return self.client.call("pages") or {}

    @cached_property
    def owner_metadata(self) -> dict[str, Any]:
        info = self.client.call("organization") or self.client.call("user") or {}
        return {key: info.get(key) for key in OWNER_KEYS}

    @cached_property
    def organization_repository(self) -> bool:
        return bool(self.client.call("organization"))

    @cached_property
    def organization_public_members(self) -> Any:
        return self.client.call("organization_public_members") if self.organization_repository else None

    @cached_property
    def owner_public_repositories(self) -> Any:
        # Ruby maps over the `false` answer and crashes; nil is the offline value it meant.
        self.client.call("list_repos")
        return None

    @cached_property
    def contributors(self) -> Any:
        return self.client.call("contributors")

    @cached_property
    def releases(self) -> Any:
        return self.client.call("releases")

    @cached_property
    def latest_release(self) -> Any:
        return self.client.call("latest_release")

    @property
    def tagline(self) -> Any:
        return self.repo_info.get("description")

    @property
    def owner_display_name(self) -> Any:
        return self.owner_metadata.get("name")

    # -- derived from the name and the Pages environment -------------------------------------------
    @property
    def owner_url(self) -> str:
        return f"{self.pages.github_url}/{self.owner}"

    @property
    def repository_url(self) -> str:
        return f"{self.owner_url}/{self.name}"

    @property
    def source(self) -> dict[str, Any]:
        """The Pages source branch; offline RepositoryCompat guesses it from the kind of page."""
        return self.repo_pages_info.get("source") or {
            "branch": "master" if self.user_page else "gh-pages", "path": "/",
        }

    @property
    def git_ref(self) -> Any:
        return self.source.get("branch")

    @property
    def github_repo(self) -> bool:
        return not self.pages.enterprise and self.owner == "github"

    @property
    def default_user_domain(self) -> str:
        if self.github_repo:
            return f"{self.owner}.{self.pages.github_hostname}".lower()
        if self.pages.enterprise:
            return self.pages.pages_hostname.lower()
        return f"{self.owner}.{self.pages.pages_hostname}".lower()

    @property
    def user_page_domains(self) -> list[str]:
        domains = [self.default_user_domain]
        if not self.pages.enterprise:
            domains.append(f"{self.owner}.github.com".lower())
        return domains

    @property
    def user_page(self) -> bool:
        """Repository#primary?: `owner.github.io` (or the enterprise form) is the owner's user page."""
        if self.pages.enterprise:
            return self.name.lower() == f"{self.owner.lower()}.{self.pages.github_hostname}"
        return self.name.lower() in self.user_page_domains

    @property
    def cname(self) -> Any:
        return self.repo_pages_info.get("cname") if self.pages.custom_domains_enabled else None

    @cached_property
    def domain(self) -> str:
        if not self.pages.custom_domains_enabled:
            return self.pages.github_hostname
        return self.cname or (self.default_user_domain if self.user_page else self.user_domain())

    def user_domain(self) -> str:
        """RepositoryCompat#user_domain: asks whether a user-page repository exists (no, offline)."""
        for _candidate in self.user_page_domains:
            self.client.call("repository?")
        return self.default_user_domain

    @property
    def url_scheme(self) -> str:
        if self.pages.enterprise:
            return self.pages.scheme
        if self.owner == "github" and self.domain.endswith(".github.com"):
            return "https"
        return "http"

    def pages_url(self) -> str:
        if not self.pages.custom_domains_enabled:
            return self.enterprise_url()
        if self.cname or self.user_page:
            return f"{self.url_scheme}://{self.domain}"
        return urljoin(f"{self.url_scheme}://{self.domain}", self.name)

    def enterprise_url(self) -> str:
        path = self.owner if self.user_page else self.nwo
        if self.pages.subdomain_isolation:
            return urljoin(f"{self.pages.scheme}://{self.pages.pages_hostname}/", path)
        return urljoin(f"{self.pages.github_url}/pages/", path)

    @cached_property
    def html_url(self) -> str:
        url = self.repo_pages_info.get("html_url") or self.pages_url()
        return url.removesuffix("/")

    @property
    def url_without_path(self) -> str:
        parts = urlsplit(self.html_url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def baseurl(self) -> str:
        return urlsplit(self.html_url).path


def build_revision(source: Path, environ: Mapping[str, str]) -> str:
    """`JEKYLL_BUILD_REVISION`, else `git rev-parse HEAD` ("" outside a repository)."""
    if "JEKYLL_BUILD_REVISION" in environ:
        return environ["JEKYLL_BUILD_REVISION"]
    return run_git(source, "rev-parse", "HEAD").strip()


def run_git(cwd: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError:
        return ""
    return done.stdout


class MetadataDrop(Mapping[str, Any]):
    """`site.github`: the Ruby MetadataDrop's keys (sorted), each computed when first used."""

    def __init__(self, repository: Repository | None, site: Site, environ: Mapping[str, str]) -> None:
        self._repository = repository
        self._site = site
        self._environ = environ
        self._values: dict[str, Any] = {}

    @property
    def repository(self) -> Repository:
        if self._repository is None:
            raise LiquidError(f"GitHub Metadata: {NO_REPOSITORY}")
        return self._repository

    def _compute(self, key: str) -> Any:
        pages = self.repository.pages if self._repository else None
        if key in PAGES_KEYS:
            return PAGES_KEYS[key](pages or Pages(self._environ, self._site.environment))
        if key == "versions":
            return {}  # the github-pages gem is not installed
        if key == "build_revision":
            return build_revision(self._site.source, self._environ)
        return REPOSITORY_KEYS[key](self.repository)

    def __getitem__(self, key: str) -> Any:
        if key not in KEYS:
            raise KeyError(key)
        if key not in self._values:
            self._values[key] = self._compute(key)
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(KEYS)

    def __len__(self) -> int:
        return len(KEYS)

    def to_liquid_string(self) -> str:
        """MetadataDrop#to_s: the whole drop as pretty JSON."""
        return json.dumps(dict(self), indent=2, ensure_ascii=False)


PAGES_KEYS: dict[str, Any] = {
    "api_url": lambda p: p.api_url,
    "environment": lambda p: p.env,
    "help_url": lambda p: p.help_url,
    "hostname": lambda p: p.github_hostname,
    "pages_env": lambda p: p.env,
    "pages_hostname": lambda p: p.pages_hostname,
}
REPOSITORY_KEYS: dict[str, Any] = {
    "archived": lambda r: r.repo_info.get("archived"),
    "baseurl": lambda r: r.baseurl,
    "clone_url": lambda r: f"{r.repository_url}.git",
    "contributors": lambda r: r.contributors,
    "disabled": lambda r: r.repo_info.get("disabled"),
    "is_project_page": lambda r: not r.user_page,
    "is_user_page": lambda r: r.user_page,
    "issues_url": lambda r: f"{r.repository_url}/issues" if r.repo_info.get("has_issues") else None,
    "language": lambda r: r.repo_info.get("language"),
    "latest_release": lambda r: r.latest_release,
    "license": lambda r: r.repo_info.get("license"),
    "organization_members": lambda r: r.organization_public_members,
    "owner": lambda r: r.owner_metadata,
    "owner_display_name": lambda r: r.owner_display_name,
    "owner_gravatar_url": lambda r: f"{r.owner_url}.png",
    "owner_name": lambda r: r.owner,
    "owner_url": lambda r: r.owner_url,
    "private": lambda r: r.repo_info.get("private"),
    "project_tagline": lambda r: r.tagline,
    "project_title": lambda r: r.name,
    "public_repositories": lambda r: r.owner_public_repositories,
    "releases": lambda r: r.releases,
    "releases_url": lambda r: f"{r.repository_url}/releases",
    "repository_name": lambda r: r.name,
    "repository_nwo": lambda r: r.nwo,
    "repository_url": lambda r: r.repository_url,
    "show_downloads": lambda r: r.repo_info.get("has_downloads"),
    "source": lambda r: r.source,
    "tar_url": lambda r: f"{r.repository_url}/tarball/{r.git_ref}",
    "url": lambda r: r.html_url,
    "wiki_url": lambda r: f"{r.repository_url}/wiki" if r.repo_info.get("has_wiki") else None,
    "zip_url": lambda r: f"{r.repository_url}/zipball/{r.git_ref}",
}
KEYS = tuple(sorted([*PAGES_KEYS, *REPOSITORY_KEYS, "versions", "build_revision"]))


# -- finding the repository (RepositoryFinder) --------------------------------------------------------
def find_nwo(site: Site, environ: Mapping[str, str], pages: Pages) -> str | None:
    """`PAGES_REPO_NWO`, else `repository:` with a slash, else the `origin` remote (development/test only)."""
    if environ.get("PAGES_REPO_NWO"):
        return environ["PAGES_REPO_NWO"]
    configured = site.config.get("repository")
    if isinstance(configured, str) and "/" in configured:
        return configured
    if site.environment in ("development", "test"):
        return nwo_from_remote(origin_url(site.source), pages.github_hostname)
    return None


def origin_url(source: Path) -> str:
    """The first `origin` URL of `git remote --verbose`, or ""."""
    for line in run_git(source, "remote", "--verbose").strip().split("\n"):
        matched = re.match(r"\Aorigin\t(.*) \([a-z]+\)", line)
        if matched:
            return matched[1]
    return ""


def nwo_from_remote(url: str, github_hostname: str) -> str | None:
    """`owner/name` from a github.com remote URL (https or ssh form)."""
    matched = re.search(re.escape(github_hostname) + r"(:|/)([\w-]+)/([\w.-]+)", url.removesuffix(".git"))
    return f"{matched[2]}/{matched[3]}" if matched else None


# -- the fallbacks (SiteGitHubMunger#munge!) ----------------------------------------------------------
def unset(config: Mapping[str, Any], key: str) -> bool:
    """Ruby's `||=`: only nil and false are replaced (an empty string stays)."""
    return config.get(key) is None or config.get(key) is False


def add_title_and_description(site: Site, repository: Repository) -> None:
    config = site.config
    if config.get("name") and not config.get("title"):
        log.warn(TOPIC, SITE_NAME_WARNING)
    elif unset(config, "title"):
        config["title"] = repository.name if not repository.user_page else (
            repository.owner_display_name or repository.owner)
    # `description ||= tagline`: the tagline comes from the API, nil offline, so the setting stays unset
    # (and no "No internet connection" warning for it, which Ruby prints only if a page uses it).

def add_url_and_baseurl(site: Site, repository: Repository) -> None:
    config = site.config
    if unset(config, "url"):
        config["url"] = repository.url_without_path
    if config.get("baseurl") is None or config.get("baseurl") == "/":
        config["baseurl"] = repository.baseurl


# -- {% github_edit_link %} ---------------------------------------------------------------------------
LINK_TEXT = re.compile(r"(?:\"(.*)\"|'(.*)')")


def edit_link(context: RenderContext, markup: str) -> str:
    """The page's edit URL on GitHub, or `<a href="…">text</a>` when given a quoted link text."""
    github = lookup(context, "site.github")
    github = github if isinstance(github, Mapping) else {}
    source = github.get("source") if isinstance(github.get("source"), Mapping) else {}
    page = lookup(context, "page")
    parts = [github.get("repository_url"), "edit/", source.get("branch"), source.get("path"),
             page.get("path") if isinstance(page, Mapping) else None]
    if any(part is None for part in parts):
        log.warn("JekyllEditLink: ", EDIT_LINK_MISSING)
        uri = ""
    else:
        uri = join_parts([str(part) for part in parts])
    matched = LINK_TEXT.search(markup)
    text = (matched[1] if matched[1] is not None else matched[2]) if matched else None
    return f'<a href="{uri}">{text}</a>' if text else uri


def join_parts(parts: list[str]) -> str:
    """Addressable::URI.join of the parts, each a folder but the last, then normalized (escaped)."""
    url = ""
    for index, part in enumerate(parts):
        part = part.removeprefix("/")
        if index < len(parts) - 1 and not part.endswith("/"):
            part += "/"
        url = urljoin(url, "" if part == "/" else part) if url else part
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")


# -- setup ----------------------------------------------------------------------------------------------
class GitHubMetadata:
    """One site's metadata: found at `after_init`, injected as `site.github` on every render."""

    def __init__(self, site: Site, environ: Mapping[str, str]) -> None:
        self.site = site
        self.environ = environ
        self.drop: MetadataDrop | None = None

    def munge(self, site: Site) -> None:
        """SiteGitHubMunger#munge!: find the repository, then fill the unset site settings."""
        pages = Pages(self.environ, site.environment)
        nwo = find_nwo(site, self.environ, pages)
        if nwo is None:
            log.warn(TOPIC, NO_REPOSITORY)
            self.drop = MetadataDrop(None, site, self.environ)
            return
        repository = Repository(nwo, pages, OfflineClient(self.environ))
        self.drop = MetadataDrop(repository, site, self.environ)
        add_title_and_description(site, repository)
        if site.environment == "production" or pages.page_build:
            add_url_and_baseurl(site, repository)

    def payload(self, site: Site) -> dict[str, Any]:
        """`site.github`: the drop, a `github:` hash merged over it, or whatever `github:` is."""
        configured = site.config.get("github")
        if configured is None:
            return {"github": self.drop}
        if isinstance(configured, Mapping) and self.drop is not None:
            return {"github": deep_merge(dict(self.drop), configured)}
        return {"github": configured}


def deep_merge(base: dict[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    """Jekyll::Utils.deep_merge_hashes: nested hashes merge, anything else is replaced."""
    merged = dict(base)
    for key, value in overrides.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(dict(merged[key]), value)
        else:
            merged[key] = value
    return merged


def setup(plugin: Registry) -> None:
    metadata = GitHubMetadata(plugin.site, os.environ)
    plugin.hook("site", "after_init")(metadata.munge)
    plugin.payload(metadata.payload)
    plugin.simple_tag("github_edit_link")(edit_link)
