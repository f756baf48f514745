"""Ports of Rouge 3.30's lexers, one module per language, so highlighted code matches Jekyll's token for token.

`lexer_for(tag)` answers with a fresh lexer for a Rouge tag (`shell`, `python`, ...) or None when the language
is not ported yet (the highlighter then falls back to Pygments).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from jekyll_py.lexers.apache import ApacheLexer
from jekyll_py.lexers.base import Token
from jekyll_py.lexers.c import CLexer, CppLexer
from jekyll_py.lexers.console import ConsoleLexer
from jekyll_py.lexers.css import CssLexer
from jekyll_py.lexers.diff import DiffLexer
from jekyll_py.lexers.docker import DockerLexer
from jekyll_py.lexers.go import GoLexer
from jekyll_py.lexers.html import HtmlLexer, XmlLexer
from jekyll_py.lexers.ini import IniLexer
from jekyll_py.lexers.java import JavaLexer
from jekyll_py.lexers.javascript import JavascriptLexer
from jekyll_py.lexers.json import JsonDocLexer, JsonLexer
from jekyll_py.lexers.liquid import LiquidLexer
from jekyll_py.lexers.make import MakeLexer
from jekyll_py.lexers.markdown import MarkdownLexer
from jekyll_py.lexers.nginx import NginxLexer
from jekyll_py.lexers.php import PhpLexer
from jekyll_py.lexers.python import PythonLexer
from jekyll_py.lexers.r import RLexer
from jekyll_py.lexers.ruby import RubyLexer
from jekyll_py.lexers.sass import SassLexer
from jekyll_py.lexers.scss import ScssLexer
from jekyll_py.lexers.shell import ShellLexer
from jekyll_py.lexers.sql import SqlLexer
from jekyll_py.lexers.tex import TexLexer
from jekyll_py.lexers.toml import TomlLexer
from jekyll_py.lexers.yaml import YamlLexer


class Lexer(Protocol):
    def lex(self, text: str) -> list[Token]: ...


_LEXERS: dict[str, Callable[[], Lexer]] = {
    "shell": ShellLexer,
    "console": ConsoleLexer,
    "python": PythonLexer,
    "json": JsonLexer,
    "json-doc": JsonDocLexer,
    "yaml": YamlLexer,
    "r": RLexer,
    "tex": TexLexer,
    "diff": DiffLexer,
    "java": JavaLexer,
    "ruby": RubyLexer,
    "javascript": JavascriptLexer,
    "html": HtmlLexer,
    "xml": XmlLexer,
    "css": CssLexer,
    "scss": ScssLexer,
    "sass": SassLexer,
    "php": PhpLexer,
    "apache": ApacheLexer,
    "liquid": LiquidLexer,
    "markdown": MarkdownLexer,
    "sql": SqlLexer,
    "c": CLexer,
    "cpp": CppLexer,
    "ini": IniLexer,
    "docker": DockerLexer,
    "toml": TomlLexer,
    "nginx": NginxLexer,
    "go": GoLexer,
    "make": MakeLexer,
}


def lexer_for(tag: str) -> Lexer | None:
    """A fresh lexer for Rouge tag `tag`, or None when that language has no port."""
    make = _LEXERS.get(tag)
    return make() if make is not None else None
