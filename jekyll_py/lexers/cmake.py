"""Rouge's `cmake` lexer: commands are spotted by the `(` after their name (builtins from a fixed list), and the
catch-all rules shared by every state take their token from the state being lexed (text, string, comment or
variable), so a bracket argument `[==[ ... ]==]` or bracket comment `#[[ ... ]]` only ends at a closing bracket
with as many `=` as it opened with, and `${...}` references nest."""

from __future__ import annotations

import re

from pygments.token import Comment, Name, Punctuation, String, Text, _TokenType

from jekyll_py.lexers.base import Context, RougeLexer, include

SPACE = r"[ \t]"
BRACKET_OPEN = r"\[=*\["

STATES_MAP: dict[str, _TokenType] = {
    "root": Text,
    "bracket_string": String.Double,
    "quoted_argument": String.Double,
    "bracket_comment": Comment.Multiline,
    "variable_reference": Name.Variable,
}

BUILTIN_COMMANDS = frozenset(
    """
    add_compile_definitions add_compile_options add_custom_command add_custom_target add_definitions
    add_dependencies add_executable add_library add_link_options add_subdirectory add_test aux_source_directory
    break build_command build_name cmake_host_system_information cmake_language cmake_minimum_required
    cmake_parse_arguments cmake_policy configure_file create_test_sourcelist define_property else elseif
    enable_language enable_testing endforeach endfunction endif endmacro endwhile exec_program execute_process
    export export_library_dependencies file find_file find_library find_package find_path find_program
    fltk_wrap_ui foreach function get_cmake_property get_directory_property get_filename_component get_property
    get_source_file_property get_target_property get_test_property if include include_directories
    include_external_msproject include_guard include_regular_expression install install_files install_programs
    install_targets link_directories link_libraries list load_cache load_command macro make_directory
    mark_as_advanced math message option output_required_files project qt_wrap_cpp qt_wrap_ui remove
    remove_definitions return separate_arguments set set_directory_properties set_property
    set_source_files_properties set_target_properties set_tests_properties site_name source_group string
    subdir_depends subdirs target_compile_definitions target_compile_features target_compile_options
    target_include_directories target_link_directories target_link_libraries target_link_options
    target_precompile_headers target_sources try_compile try_run unset use_mangled_mesa utility_source
    variable_requires variable_watch while write_file
    """.split()
)


def _state_token(ctx: Context, m: re.Match[str]) -> None:
    """The token of the state being lexed (Rouge's `STATES_MAP[state.name.to_sym]`)."""
    ctx.token(STATES_MAP[ctx.stack[-1]])


def _bracket_close(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(STATES_MAP[ctx.stack[-1]])
    if len(m.group(0)) == ctx.vars.get("bracket_len"):
        ctx.goto("root")


def _bracket_comment(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Comment.Multiline)
    ctx.vars["bracket_len"] = len(m.group(0)) - 1  # without the '#'
    ctx.goto("bracket_comment")


def _bracket_string(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(String.Double)
    ctx.vars["bracket_len"] = len(m.group(0))
    ctx.goto("bracket_string")


def _command(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Name.Builtin if m.group(1) in BUILTIN_COMMANDS else Name.Function, m.group(1))
    ctx.token(Text, m.group(2))
    ctx.token(Punctuation, m.group(3))


class CmakeLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::CMake`."""

    tokens = {
        "default": [
            (r"\r\n?|\n", _state_token),
            (r".", _state_token),
        ],
        "variable_interpolation": [
            (r"\$\{", String.Interpol, "variable_reference"),
        ],
        "bracket_close": [
            (r"\]=*\]", _bracket_close),
        ],
        "root": [
            include("variable_interpolation"),
            (SPACE, Text),
            (r"[()]", Punctuation),
            (f"#{BRACKET_OPEN}", _bracket_comment),
            (BRACKET_OPEN, _bracket_string),
            (r'\\"', Text),
            ('"', String.Double, "quoted_argument"),
            (rf"([A-Za-z_][A-Za-z0-9_]*)({SPACE}*)(\()", _command),
            (r"#.*", Comment.Single),
            include("default"),
        ],
        "bracket_string": [
            include("bracket_close"),
            include("variable_interpolation"),
            include("default"),
        ],
        "bracket_comment": [
            include("bracket_close"),
            include("default"),
        ],
        "variable_reference": [
            include("variable_interpolation"),
            ("}", String.Interpol, "#pop"),
            include("default"),
        ],
        "quoted_argument": [
            include("variable_interpolation"),
            ('"', String.Double, "root"),
            (r'\\[()#" \\$@^trn;]', String.Escape),
            include("default"),
        ],
    }
