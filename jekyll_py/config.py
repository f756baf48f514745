"""Site configuration: Jekyll 4.3's defaults, several config files merged in order, CLI overrides.

Mirrors Jekyll::Configuration: DEFAULTS deep-merged with each `--config` file in turn, then the
command-line overrides; `posts` is always a collection; Jekyll 4's default excludes are appended.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

from jekyll_py import log, safe_yaml
from jekyll_py.errors import ConfigError
from jekyll_py.frontmatter import read_text
from jekyll_py.utils import deep_merge

DEFAULTS: dict[str, Any] = {
    "source": ".",
    "destination": "_site",
    "collections_dir": "",
    "cache_dir": ".jekyll-cache",
    "plugins_dir": "_plugins",
    "layouts_dir": "_layouts",
    "data_dir": "_data",
    "includes_dir": "_includes",
    "collections": {},
    "safe": False,
    "include": [".htaccess"],
    "exclude": [],
    "keep_files": [".git", ".svn"],
    "encoding": "utf-8",
    "markdown_ext": "markdown,mkdown,mkdn,mkd,md",
    "strict_front_matter": False,
    "show_drafts": None,
    "limit_posts": 0,
    "future": False,
    "unpublished": False,
    "whitelist": [],
    "plugins": [],
    "markdown": "kramdown",
    "highlighter": "rouge",
    "lsi": False,
    "excerpt_separator": "\n\n",
    "incremental": False,
    "detach": False,
    "port": "4000",
    "host": "127.0.0.1",
    "baseurl": None,
    "show_dir_listing": False,
    "permalink": "date",
    "paginate_path": "/page:num",
    "timezone": None,
    "quiet": False,
    "verbose": False,
    "defaults": [],
    "liquid": {"error_mode": "warn", "strict_filters": False, "strict_variables": False},
    "kramdown": {
        "auto_ids": True,
        "toc_levels": [1, 2, 3, 4, 5, 6],
        "entity_output": "as_char",
        "smart_quotes": "lsquo,rsquo,ldquo,rdquo",
        "input": "GFM",
        "hard_wrap": False,
        "guess_lang": True,
        "footnote_nr": 1,
        "show_warnings": False,
    },
}

DEFAULT_EXCLUDES = [
    ".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
    "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/",
]

STYLE_TO_PERMALINK = {
    "none": "/:categories/:title:output_ext",
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
}


def style_to_permalink(style: Any) -> str:
    """A named permalink style (`date`, `pretty`, …) becomes its template; anything else is a template."""
    return STYLE_TO_PERMALINK.get(str(style), str(style))


def config_files(source: Path, requested: list[str] | None) -> tuple[list[Path], bool]:
    """The files to read, and whether they are the implicit default (a missing default only warns)."""
    if requested:
        return [Path(f) if os.path.isabs(f) else Path.cwd() / f for f in requested], False
    for ext in ("yml", "yaml", "toml"):
        candidate = source / f"_config.{ext}"
        if candidate.exists():
            return [candidate], True
    return [source / "_config.yml"], True


def read_config_file(path: Path, *, is_default: bool) -> dict[str, Any]:
    """Read one configuration file, logging it as Jekyll does (`Configuration file: …`)."""
    if not path.is_file():
        if is_default:
            log.warn("Configuration file:", "none")
            return {}
        raise ConfigError(
            f"The configuration file '{path}' could not be found.",
            hint="check the file names given to --config (separate several with commas)",
        )
    if path.suffix.lower() == ".toml":
        import tomllib

        try:
            data: Any = tomllib.loads(read_text(path, str(path)))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"invalid TOML: {exc}", file=str(path)) from None
    elif path.suffix.lower() in (".yml", ".yaml"):
        data = safe_yaml.load(read_text(path, str(path)), file=str(path), error=ConfigError)
    else:
        raise ConfigError(
            f"No parser for '{path}' is available. Use a .y(a)ml or .toml file instead.", file=str(path)
        )
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(
            f"Configuration file: (INVALID) {path}", file=str(path),
            hint="a configuration file must be a mapping of `key: value` lines",
        )
    log.info("Configuration file:", str(path))
    return data


def add_default_collections(config: dict[str, Any]) -> None:
    """`posts` is always a collection that outputs, with the site's permalink style (add_default_collections)."""
    collections = config.get("collections")
    if collections is None:
        return
    if isinstance(collections, list):
        collections = {label: {} for label in collections}
    if not isinstance(collections, dict):
        raise ConfigError("Your `collections` key must be a hash or an array.", file="_config.yml")
    # deep_merge_hashes({"posts" => {}}, collections): posts is the first collection wherever it is listed
    collections = {"posts": {}, **collections}
    collections = {label: (dict(meta) if isinstance(meta, dict) else {}) for label, meta in collections.items()}
    posts = collections["posts"]
    posts["output"] = True
    if config.get("permalink") and not posts.get("permalink"):
        posts["permalink"] = style_to_permalink(config["permalink"])
    config["collections"] = collections


def validate(config: dict[str, Any]) -> None:
    """Jekyll's `check_include_exclude` and `check_plugins`, with the same wording."""
    for option in ("include", "exclude"):
        if option in config and not isinstance(config[option], list):
            raise ConfigError(f"'{option}' should be set as an array, but was: {config[option]!r}.")
    if "plugins" in config and not isinstance(config["plugins"], list):
        raise ConfigError(
            f"'plugins' should be set as an array, but was: {config['plugins']!r}.",
            hint="use 'plugins_dir' to set the directory for your own plugins",
        )


# command-line flags (as the commands name them) → the configuration keys they override, as Jekyll's do
OPTION_KEYS = {
    "destination": "destination", "drafts": "show_drafts", "future": "future", "unpublished": "unpublished",
    "limit_posts": "limit_posts", "baseurl": "baseurl", "safe": "safe", "quiet": "quiet", "verbose": "verbose",
    "profile": "profile", "strict_front_matter": "strict_front_matter", "incremental": "incremental",
    "disable_disk_cache": "disable_disk_cache", "plugins": "plugins_dir", "layouts": "layouts_dir", "lsi": "lsi",
}


def overrides_from(options: dict[str, Any]) -> dict[str, Any]:
    """Turn command-line flags into configuration overrides, as Jekyll's commands do."""
    overrides = {}
    for option, key in OPTION_KEYS.items():
        value = options.get(option)
        if value not in (None, False):
            overrides[key] = str(Path(value).resolve()) if option == "destination" else value
    if "plugins_dir" in overrides:  # Jekyll's `-p DIR1,DIR2` is a list
        overrides["plugins_dir"] = [d.strip() for d in str(overrides["plugins_dir"]).split(",") if d.strip()]
    return overrides


def plugin_dirs(source: Path, config: dict[str, Any]) -> list[Path]:
    """The site's own plugin folders: `plugins_dir`, one folder or a list (`-p DIR1,DIR2`), from the source."""
    configured = config.get("plugins_dir") or "_plugins"
    return [source / str(d) for d in (configured if isinstance(configured, list) else [configured])]


def load_for_options(options: dict[str, Any]) -> dict[str, Any]:
    """The configuration a command's flags ask for: `--source`, `--config` (comma separated), overrides."""
    source = Path(options.get("source") or ".").resolve()
    files = [f.strip() for f in options["config"].split(",") if f.strip()] if options.get("config") else None
    return load(source, files, overrides_from(options))


def load(
    source: Path, requested_files: list[str] | None = None, overrides: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The site's configuration: defaults, then each config file in order, then command-line overrides."""
    config = copy.deepcopy(DEFAULTS)
    files, is_default = config_files(source, requested_files)
    for path in files:
        config = deep_merge(config, read_config_file(path, is_default=is_default))
    config = deep_merge(config, overrides or {})
    validate(config)
    add_default_collections(config)
    if isinstance(config.get("exclude"), list):
        config["exclude"] = list(dict.fromkeys([*config["exclude"], *DEFAULT_EXCLUDES]))
    config["source"] = str(source)
    for key in ("plugins", "whitelist", "keep_files", "include"):
        if config.get(key) is None:
            config[key] = []
    return config


def site_folders(config: dict[str, Any]) -> tuple[Path, Path]:
    """The source and destination folders, absolute (Site#source, Site#dest): a destination given
    relative to the working directory on the command line is already absolute here."""
    source = Path(config["source"]).resolve()
    dest = Path(str(config["destination"]))
    return source, (dest if dest.is_absolute() else source / dest).resolve()
