"""kramdown options as Jekyll passes them: defaults, then the site's `kramdown:` values.

Values may arrive as YAML strings or lists (`toc_levels: "1..6"` or `[2, 3]`), so each is normalised here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jekyll_py.errors import ConversionError

SMART_QUOTE_CHARS = {"lsquo": "\u2018", "rsquo": "\u2019", "ldquo": "\u201c", "rdquo": "\u201d"}


@dataclass
class Options:
    """The subset of kramdown's options that change the HTML Jekyll produces."""

    auto_ids: bool = True
    auto_id_prefix: str = ""
    auto_id_stripping: bool = False
    toc_levels: frozenset[int] = frozenset(range(1, 7))
    entity_output: str = "as_char"
    smart_quotes: tuple[str, str, str, str] = ("lsquo", "rsquo", "ldquo", "rdquo")
    hard_wrap: bool = False
    footnote_nr: int = 1
    footnote_backlink: str = "&#8617;"
    footnote_backlink_inline: bool = False
    parse_block_html: bool = False
    parse_span_html: bool = True
    typographic_symbols: dict[str, str] = field(default_factory=dict)
    transliterated_header_ids: bool = False
    guess_lang: bool = True
    syntax_highlighting: bool = True
    highlighter_disabled: bool = False  # syntax_highlighter_opts: disable
    default_lang: str = ""

    @property
    def highlights(self) -> bool:
        """Whether code is highlighted: a highlighter is named and its options do not disable it."""
        return self.syntax_highlighting and not self.highlighter_disabled

    def copy(self) -> Options:
        """A shallow copy, used when `{::options /}` changes values mid-document."""
        return Options(**{k: getattr(self, k) for k in self.__dataclass_fields__})


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "no", "off", "0", "", "nil")
    return bool(value)


def _as_int(value: Any, name: str) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError) as exc:
        raise ConversionError(f"kramdown option {name} must be an integer, got {value!r}") from exc


def _as_levels(value: Any) -> frozenset[int]:
    """`toc_levels` as kramdown accepts it: "1..6", "2,3", [1, 2], or a single number."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return frozenset(_as_int(v, "toc_levels") for v in value)
    if isinstance(value, range):
        return frozenset(value)
    text = str(value).strip()
    if ".." in text:
        lo, _, hi = text.partition("..")
        hi = hi.lstrip(".")
        return frozenset(range(_as_int(lo, "toc_levels"), _as_int(hi, "toc_levels") + 1))
    return frozenset(_as_int(v, "toc_levels") for v in text.replace(" ", "").split(",") if v)


def _as_quotes(value: Any) -> tuple[str, str, str, str]:
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    quotes = tuple(str(q).strip() for q in items)
    if len(quotes) != 4:
        raise ConversionError(f"kramdown option smart_quotes needs four entries, got {value!r}")
    return quotes  # type: ignore[return-value]


_SETTERS: dict[str, Any] = {
    "auto_ids": _as_bool,
    "auto_id_prefix": str,
    "auto_id_stripping": _as_bool,
    "toc_levels": _as_levels,
    "entity_output": lambda v: str(v).strip(),
    "smart_quotes": _as_quotes,
    "hard_wrap": _as_bool,
    "footnote_nr": lambda v: _as_int(v, "footnote_nr"),
    "footnote_backlink": str,
    "footnote_backlink_inline": _as_bool,
    "parse_block_html": _as_bool,
    "parse_span_html": _as_bool,
    "transliterated_header_ids": _as_bool,
    "guess_lang": _as_bool,
    "default_lang": str,
}


def build_options(raw: dict[str, Any] | None) -> Options:
    """Options from a `kramdown:` mapping; unknown keys are ignored like kramdown ignores them."""
    opts = Options()
    update_options(opts, raw or {})
    return opts


def update_options(opts: Options, raw: dict[str, Any]) -> None:
    """Apply option values (from config or `{::options /}`) onto `opts` in place."""
    for key, value in raw.items():
        name = str(key).strip()
        if name == "syntax_highlighter":
            opts.syntax_highlighting = value not in (None, "", "nil", False)
            continue
        if name == "syntax_highlighter_opts" and isinstance(value, dict):
            _update_highlighter_options(opts, value)
            continue
        if name == "typographic_symbols" and isinstance(value, dict):
            opts.typographic_symbols = {str(k): str(v) for k, v in value.items()}
            continue
        setter = _SETTERS.get(name)
        if setter is None or value is None:
            continue
        setattr(opts, name, setter(value))


def _update_highlighter_options(opts: Options, raw: dict[str, Any]) -> None:
    """`syntax_highlighter_opts:`: `disable` leaves code unhighlighted (Rouge's highlighter answers nil, so
    blocks are a plain `pre` and spans a bare `code`); `default_lang` and `guess_lang` as top-level keys."""
    for key, value in raw.items():
        name = str(key).strip()
        if name == "disable":
            opts.highlighter_disabled = value not in (None, False)
        elif name in ("default_lang", "guess_lang") and value is not None:
            setattr(opts, name, _SETTERS[name](value))
