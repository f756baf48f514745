"""Ports of Rouge 3.30's lexers, one module per language, so highlighted code matches Jekyll's token for token.

`lexer_for(tag)` answers with a fresh lexer for a Rouge tag (`shell`, `python`, ...) or None when the language
is not ported yet (the highlighter then falls back to Pygments).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Protocol

from jekyll_py.lexers.base import Token


class Lexer(Protocol):
    def lex(self, text: str) -> list[Token]: ...


_LEXERS: dict[str, tuple[str, str]] = {  # Rouge tag → (module in jekyll_py.lexers, class)
    "shell": ("shell", "ShellLexer"),
    "console": ("console", "ConsoleLexer"),
    "powershell": ("powershell", "PowershellLexer"),
    "python": ("python", "PythonLexer"),
    "json": ("json", "JsonLexer"),
    "json-doc": ("json", "JsonDocLexer"),
    "yaml": ("yaml", "YamlLexer"),
    "r": ("r", "RLexer"),
    "tex": ("tex", "TexLexer"),
    "diff": ("diff", "DiffLexer"),
    "java": ("java", "JavaLexer"),
    "julia": ("julia", "JuliaLexer"),
    "ruby": ("ruby", "RubyLexer"),
    "javascript": ("javascript", "JavascriptLexer"),
    "html": ("html", "HtmlLexer"),
    "xml": ("html", "XmlLexer"),
    "css": ("css", "CssLexer"),
    "scss": ("scss", "ScssLexer"),
    "sass": ("sass", "SassLexer"),
    "php": ("php", "PhpLexer"),
    "apache": ("apache", "ApacheLexer"),
    "liquid": ("liquid", "LiquidLexer"),
    "markdown": ("markdown", "MarkdownLexer"),
    "scala": ("scala", "ScalaLexer"),
    "sql": ("sql", "SqlLexer"),
    "swift": ("swift", "SwiftLexer"),
    "c": ("c", "CLexer"),
    "cpp": ("c", "CppLexer"),
    "cuda": ("c", "CudaLexer"),
    "conf": ("conf", "ConfLexer"),
    "csharp": ("csharp", "CsharpLexer"),
    "ini": ("ini", "IniLexer"),
    "docker": ("docker", "DockerLexer"),
    "toml": ("toml", "TomlLexer"),
    "typescript": ("typescript", "TypescriptLexer"),
    "viml": ("viml", "VimlLexer"),
    "nginx": ("nginx", "NginxLexer"),
    "go": ("go", "GoLexer"),
    "gradle": ("groovy", "GradleLexer"),
    "groovy": ("groovy", "GroovyLexer"),
    "haskell": ("haskell", "HaskellLexer"),
    "make": ("make", "MakeLexer"),
    "matlab": ("matlab", "MatlabLexer"),
    "lua": ("lua", "LuaLexer"),
    "stata": ("stata", "StataLexer"),
    "fortran": ("fortran", "FortranLexer"),
    "bibtex": ("bibtex", "BibtexLexer"),
    "kotlin": ("kotlin", "KotlinLexer"),
    "perl": ("perl", "PerlLexer"),
    "rust": ("rust", "RustLexer"),
    "mathematica": ("mathematica", "MathematicaLexer"),
    "clojure": ("clojure", "ClojureLexer"),
    "prolog": ("prolog", "PrologLexer"),
    "ocaml": ("ocaml", "OcamlLexer"),
    "jsx": ("jsx", "JsxLexer"),
    "tsx": ("jsx", "TsxLexer"),
    "verilog": ("verilog", "VerilogLexer"),
    "cmake": ("cmake", "CmakeLexer"),
    "sas": ("sas", "SasLexer"),
    "coq": ("coq", "CoqLexer"),
    "lean": ("lean", "LeanLexer"),
    "erlang": ("erlang", "ErlangLexer"),
    "isabelle": ("isabelle", "IsabelleLexer"),
    "fsharp": ("fsharp", "FsharpLexer"),
    "cython": ("cython", "CythonLexer"),
    "racket": ("racket", "RacketLexer"),
    "elixir": ("elixir", "ElixirLexer"),
    "stan": ("stan", "StanLexer"),
    "dart": ("dart", "DartLexer"),
    "llvm": ("llvm", "LlvmLexer"),
    "vhdl": ("vhdl", "VhdlLexer"),
    "nasm": ("nasm", "NasmLexer"),
    "objective_c": ("objective_c", "ObjectiveCLexer"),
    "glsl": ("glsl", "GlslLexer"),
    "common_lisp": ("common_lisp", "CommonLispLexer"),
    "properties": ("properties", "PropertiesLexer"),
    "dot": ("dot", "DotLexer"),
    "batchfile": ("batchfile", "BatchfileLexer"),
    "protobuf": ("protobuf", "ProtobufLexer"),
    "hcl": ("hcl", "HclLexer"),
    "terraform": ("hcl", "TerraformLexer"),
    "graphql": ("graphql", "GraphqlLexer"),
    "scheme": ("scheme", "SchemeLexer"),
    "awk": ("awk", "AwkLexer"),
    "elm": ("elm", "ElmLexer"),
    "nix": ("nix", "NixLexer"),
    "erb": ("erb", "ErbLexer"),
    "coffeescript": ("coffeescript", "CoffeescriptLexer"),
    "tcl": ("tcl", "TclLexer"),
    "jinja": ("jinja", "JinjaLexer"),
    "twig": ("jinja", "TwigLexer"),
    "d": ("d", "DLexer"),
    "sml": ("sml", "SmlLexer"),
}


def lexer_for(tag: str) -> Lexer | None:
    """A fresh lexer for Rouge tag `tag`, or None when that language has no port. A language's module is
    imported the first time a page highlights it: importing all of them cost every build ~7 ms."""
    where = _LEXERS.get(tag)
    if where is None:
        return None
    module, name = where
    make: Callable[[], Lexer] = getattr(importlib.import_module(f"jekyll_py.lexers.{module}"), name)
    return make()
