"""Rouge's `ruby` lexer: expression-start tracking decides whether `/` opens a regex, heredocs resolve line by line."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include, words

KEYWORDS = r"""BEGIN END alias begin break case defined\? do else elsif end ensure for if in next redo rescue raise
retry
 return super then undef unless until when while yield""".split()
KEYWORDS_PSEUDO = """loop include extend raise alias_method attr catch throw private module_function public protected
true false nil __FILE__ __LINE__""".split()
BUILTINS_G = r"""attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload binding callcc
caller catch chomp chop class_eval class_variables clone const_defined\? const_get const_missing const_set constants
display dup eval exec exit extend fail fork format freeze getc gets global_variables gsub hash id included_modules
inspect instance_eval instance_method instance_methods instance_variable_get instance_variable_set instance_variables
lambda load local_variables loop method method_missing methods module_eval name object_id open p print printf
private_class_method private_instance_methods private_methods proc protected_instance_methods protected_methods
public_class_method public_instance_methods public_methods putc puts raise rand readline readlines require
require_relative scan select self send set_trace_func singleton_methods sleep split sprintf srand sub syscall system
taint test throw to_a to_s trace_var trap untaint untrace_var warn""".split()
BUILTINS_Q = """autoload block_given const_defined eql equal frozen include instance_of is_a iterator kind_of
method_defined nil private_method_defined protected_method_defined public_method_defined respond_to tainted""".split()
BUILTINS_B = "chomp chop exit gsub sub".split()

DELIMITERS = {"{": "}", "[": "]", "(": ")", "<": ">"}


def _sigil_string(ctx: Context, m: re.Match[str]) -> None:
    """`%q(...)`, `%w[...]`, `%r{...}`: a state made for this delimiter pair, nesting when the pair differs."""
    open_, close = re.escape(m.group(2)), re.escape(DELIMITERS.get(m.group(2), m.group(2)))
    interp = m.group(1) is not None and m.group(1) in "rQWxI"
    tok = String.Regex if m.group(1) == "r" else String.Other
    if m.group(1) == "r":
        ctx.push("regex_flags")
    ctx.token(tok)
    uniq = _squeeze(open_ + close)
    if open_ == close == "\\#":
        uniq = ""
    rules: list[object] = [(rf"\\[#{uniq}\\]", String.Escape)]
    if open_ != close:
        rules.append((open_, tok, "#push"))
    rules.append((close, tok, "#pop"))
    if interp:
        rules += [include("string_intp_escaped"), (r"#", tok)]
    else:
        rules.append((r"[\\#]", tok))
    rules.append((rf"(?s)[^#{uniq}\\]+", tok))
    ctx.push_rules(rules)


def _squeeze(text: str) -> str:
    """Ruby's `String#squeeze`: runs of one character collapsed."""
    return re.sub(r"(.)\1+", r"\1", text, flags=re.S)


def _heredoc(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Operator, m.group(1))
    ctx.token(Name.Constant, m.group(2) + m.group(3) + m.group(4))
    ctx.vars.setdefault("heredocs", []).append((m.group(1) in ("<<-", "<<~"), m.group(3)))
    if not ctx.in_state("heredoc_queue"):
        ctx.push("heredoc_queue")


def _empty_heredoc(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Operator, m.group(1))
    ctx.token(Name.Constant, m.group(2) + m.group(3))
    ctx.vars.setdefault("heredocs", []).append((m.group(1) in ("<<-", "<<~"), ""))
    if not ctx.in_state("heredoc_queue"):
        ctx.push("heredoc_queue")


def _test_heredoc(ctx: Context, m: re.Match[str]) -> None:
    queue = ctx.vars["heredocs"]
    tolerant, name = queue[0]
    line = m.group(0)
    check = line.strip(" \t\r\n\f\v\0") if tolerant else line.rstrip(" \t\r\n\f\v\0")
    if check == name:
        queue.pop(0)
        if not queue:
            ctx.pop()
        ctx.token(Name.Constant)
    else:
        ctx.token(String.Heredoc)
    ctx.pop()


ESCAPE = r"""\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})"""


def _simple(tok: object, fin: str) -> list[object]:
    return [
        include("string_intp_escaped"),
        (rf"(?s)[^\\{fin}#]+", tok),
        (r"[\\#]", tok),
        (fin, tok, "#pop"),
    ]


class RubyLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Ruby`."""

    def start(self, ctx: Context) -> None:
        ctx.push("expr_start")
        ctx.vars["heredocs"] = []

    tokens = {
        "symbols": [
            (r"(?i):@{0,2}[a-z_]\w*[!?]?", String.Symbol),
            (r":(?:\*\*|[-+]@|[/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)", String.Symbol),
            (r":'(\\\\|\\'|[^'])*'", String.Symbol),
            (r':"', String.Symbol, "simple_sym"),
        ],
        "sigil_strings": [(r"%([rqswQWxiI])?([^\w\s])", _sigil_string)],
        "strings": [
            include("symbols"),
            (r"\b[a-z_]\w*?[?!]?:\s+", String.Symbol, "expr_start"),
            (r"'(\\\\|\\'|[^'])*'", String.Single),
            (r'"', String.Double, "simple_string"),
            (r"(?<!\.)`", String.Backtick, "simple_backtick"),
        ],
        "regex_flags": [(r"[mixounse]*", String.Regex, "#pop")],
        "simple_string": _simple(String.Double, '"'),
        "simple_sym": _simple(String.Symbol, '"'),
        "simple_backtick": _simple(String.Backtick, "`"),
        "whitespace": [
            include("inline_whitespace"),
            (r"\n\s*", Text, "expr_start"),
            (r"#.*$", Comment.Single),
            (r"(?s)=begin\b.*?\n=end\b", Comment.Multiline),
        ],
        "inline_whitespace": [(r"[ \t\r]+", Text)],
        "root": [
            include("whitespace"),
            (r"__END__", Comment.Preproc, "end_part"),
            (r"0_?[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Number.Hex),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"\d+(?:_\d+)*(?:\.\d+(?:_\d+)*(?:[eE][+-]?\d+)?|[eE][+-]?\d+)", Number.Float),
            (r"\d+(?:_\d+)*", Number.Integer),
            (r"(?i)@@[a-z_]\w*", Name.Variable.Class),
            (r"(?i)@[a-z_]\w*", Name.Variable.Instance),
            (r"\$\w+", Name.Variable.Global),
            (r"""\$[!@&`'+~=/\\,;.<>_*$?:"]""", Name.Variable.Global),
            (r"\$-[0adFiIlpvw]", Name.Variable.Global),
            (r"::", Operator),
            include("strings"),
            (rf"{words(KEYWORDS)}(?=\W|$)", Keyword, "expr_start"),
            (rf"{words(KEYWORDS_PSEUDO)}\b", Keyword.Pseudo, "expr_start"),
            (
                r"(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(?:::[a-zA-Z_][a-zA-Z0-9_]*)*)",
                groups(Keyword, Text, Name.Namespace),
            ),
            (r"(def\b)(\s*)", groups(Keyword, Text), "funcname"),
            (r"(class\b)(\s*)", groups(Keyword, Text), "classname"),
            (rf"{words(BUILTINS_Q)}[?]", Name.Builtin, "expr_start"),
            (rf"{words(BUILTINS_B)}!", Name.Builtin, "expr_start"),
            (rf"(?<!\.){words(BUILTINS_G)}\b", Name.Builtin, "method_call"),
            include("has_heredocs"),
            (r"\.{2,3}", Operator, "expr_start"),
            (r"[A-Z][a-zA-Z0-9_]*", Name.Constant, "method_call"),
            (
                r"(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-/\[<>=])",
                groups(Punctuation, Text, Name.Function),
                "method_call",
            ),
            (r"[a-zA-Z_]\w*[?!]", Name, "expr_start"),
            (r"[a-zA-Z_]\w*", Name, "method_call"),
            (r"\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.", Operator, "expr_start"),
            (r"[-+/*%=<>&!^|~]=?", Operator, "expr_start"),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (r"[\[({,:\\;/]", Punctuation, "expr_start"),
            (r"[\])}]", Punctuation),
        ],
        "has_heredocs": [
            (r"(?<!\w)(<<[-~]?)([\"`']?)([a-zA-Z_]\w*)(\2)", _heredoc),
            (r"(<<[-~]?)([\"'])(\2)", _empty_heredoc),
        ],
        "heredoc_queue": [(r"(?=\n)", None, "#goto:resolve_heredocs"), include("root")],
        "resolve_heredocs": [
            include("string_intp_escaped"),
            (r"\n", String.Heredoc, "test_heredoc"),
            (r"[#\\\n]", String.Heredoc),
            (r"[^#\\\n]+", String.Heredoc),
        ],
        "test_heredoc": [(r"[^#\\\n]*$", _test_heredoc), (r"", None, "#pop")],
        "funcname": [
            (r"\s+", Text),
            (r"\(", Punctuation, "defexpr"),
            (
                r"(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&|^`~]|\[\]=?|<<?|>>?|<=>?|>=|===?)",
                groups(Name.Class, Operator, Name.Function),
                "#pop",
            ),
            (r"", None, "#pop"),
        ],
        "classname": [
            (r"\s+", Text),
            (r"\w+(::\w+)+", Name.Class),
            (r"\(", Punctuation, ("defexpr", "expr_start")),
            (r"<<", Operator, "#goto:expr_start"),
            (r"[A-Z_]\w*", Name.Class, "#pop"),
            (r"", None, "#pop"),
        ],
        "ternary": [
            (r"(:)(\s+)", groups(Punctuation, Text), "#goto:expr_start"),
            (r":(?![^#\n]*?[:\\])", Punctuation, "#goto:expr_start"),
            include("root"),
        ],
        "defexpr": [
            (r"(\))(\.|::)?", groups(Punctuation, Operator), "#pop"),
            (r"\(", Punctuation, ("defexpr", "expr_start")),
            include("root"),
        ],
        "in_interp": [(r"}", String.Interpol, "#pop"), include("root")],
        "string_intp": [(r"[#][{]", String.Interpol, "in_interp"), (r"(?i)#(@@?|\$)[a-z_]\w*", String.Interpol)],
        "string_intp_escaped": [include("string_intp"), (ESCAPE, String.Escape), (r"\\.", String.Escape)],
        "method_call": [
            (r"/|%", Operator, "#goto:expr_start"),
            (r"(?=\n)", None, "#pop"),
            (r"", None, "#goto:method_call_spaced"),
        ],
        "method_call_spaced": [
            include("whitespace"),
            (r"[%/]=", Operator, "#goto:expr_start"),
            (r"(/)(?=\S|\s*/)", String.Regex, "#goto:slash_regex"),
            include("sigil_strings"),
            (r"(?=\s*/)", None, "#pop"),
            (r"\s+", Text, "#goto:expr_start"),
            (r"", None, "#pop"),
        ],
        "expr_start": [
            include("inline_whitespace"),
            (r"/", String.Regex, "#goto:slash_regex"),
            (r"""[?](\\[MC]-)*(\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)""", String.Char, "#pop"),
            (r"(\s*)(%[rqswQWxiI]? \S* )", groups(Text, String.Other), "#pop"),
            include("sigil_strings"),
            (r"", None, "#pop"),
        ],
        "slash_regex": [
            include("string_intp"),
            (r"\\\\", String.Regex),
            (r"\\/", String.Regex),
            (r"[\\#]", String.Regex),
            (r"(?s)[^\\/#]+", String.Regex),
            (r"/", String.Regex, "#goto:regex_flags"),
        ],
        "end_part": [(r"(?s).+", Comment.Preproc, "#pop")],
    }
