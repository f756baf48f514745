"""Rouge's `c` and `cpp` lexers: a function definition is found by one pattern and its pieces re-lexed (`recurse`),
so return types and arguments are tokenized like any statement; C++ prepends its rules to C's states."""

from __future__ import annotations

import re
from typing import ClassVar

from pygments.token import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include

# Rouge's `ws`, interpolated into the `/m` function pattern, keeps its own flags: its comments end at a newline
WS = r"(?:\s|//[^\n]*?\n|/[*][^\n]*?[*]/)+"
ID = r"[a-zA-Z_][a-zA-Z0-9_]*"

C_KEYWORDS = frozenset(
    """auto break case const continue default do else enum extern for goto if register restricted return sizeof
    static struct switch typedef union volatile virtual while _Alignas _Alignof _Atomic _Generic _Imaginary
    _Noreturn _Static_assert _Thread_local""".split()
)
C_TYPES = frozenset(
    """int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t mbstate_t sig_atomic_t
    fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t wctrans_t wint_t wctype_t _Bool _Complex
    int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t int_least8_t int_least16_t int_least32_t
    int_least64_t uint_least8_t uint_least16_t uint_least32_t uint_least64_t int_fast8_t int_fast16_t
    int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t intptr_t uintptr_t intmax_t
    uintmax_t char16_t char32_t""".split()
)
C_RESERVED = frozenset(
    """__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec __finally __int61
    __try __leave inline _inline __inline naked _naked __naked restrict _restrict __restrict thread _thread
    __thread typename _typename __typename""".split()
)


def _identifier(ctx: Context, m: re.Match[str]) -> None:
    lexer, name = ctx.lexer, m.group(0)
    if name in lexer.KEYWORDS:  # type: ignore[attr-defined]
        ctx.token(Keyword)
    elif name in lexer.TYPES:  # type: ignore[attr-defined]
        ctx.token(Keyword.Type)
    elif name in lexer.RESERVED:  # type: ignore[attr-defined]
        ctx.token(Keyword.Reserved)
    elif name in lexer.BUILTINS:  # type: ignore[attr-defined]
        ctx.token(Name.Builtin)
    else:
        ctx.token(Name)


def _include(ctx: Context, m: re.Match[str]) -> None:
    groups(Comment.Preproc, Text, Comment.PreprocFile, Comment.Single)(ctx, m)


def _function(ctx: Context, m: re.Match[str]) -> None:
    ctx.recurse(m.group(1))
    ctx.token(Name.Function, m.group(2))
    ctx.recurse(m.group(3))
    ctx.recurse(m.group(4))
    ctx.token(Punctuation, m.group(5))
    if m.group(5) == "{":
        ctx.push("function")


class CLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::C`."""

    KEYWORDS: ClassVar[frozenset[str]] = C_KEYWORDS
    TYPES: ClassVar[frozenset[str]] = C_TYPES
    RESERVED: ClassVar[frozenset[str]] = C_RESERVED
    BUILTINS: ClassVar[frozenset[str]] = frozenset()  # Objective-C's YES, NO and nil

    def start(self, ctx: Context) -> None:
        ctx.push("bol")

    tokens = {
        "expr_bol": [
            include("inline_whitespace"),
            (r"#if\s0", Comment, "if_0"),
            (r"#", Comment.Preproc, "macro"),
            (r"", None, "#pop"),
        ],
        "bol": [(rf"{ID}:(?!:)", Name.Label), include("expr_bol")],
        "inline_whitespace": [
            (r"[ \t\r]+", Text),
            (r"\\\n", Text),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
        ],
        "whitespace": [
            (r"\n+", Text, "bol"),
            (r"//(\\.|.)*?$", Comment.Single, "bol"),
            include("inline_whitespace"),
        ],
        "expr_whitespace": [(r"\n+", Text, "expr_bol"), include("whitespace")],
        "statements": [
            include("whitespace"),
            (r'(u8|u|U|L)?"', String, "string"),
            (r"(?i)(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", String.Char),
            (r"(?i)(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*", Number.Float),
            (r"(?i)\d+e[+-]?\d+[lu]*", Number.Float),
            (r"(?i)0x[0-9a-f]+[lu]*", Number.Hex),
            (r"(?i)0[0-7]+[lu]*", Number.Oct),
            (r"(?i)\d+[lu]*", Number.Integer),
            (r"\*/", Error),
            (r"[~!%^&*+=|?:<>/-]", Operator),
            (r"[()\[\],.;]", Punctuation),
            (r"\bcase\b", Keyword, "case"),
            (r"(?:true|false|NULL)\b", Name.Builtin),
            (ID, _identifier),
        ],
        "case": [(r":", Punctuation, "#pop"), include("statements")],
        "root": [
            include("expr_whitespace"),
            (rf"(?s)([\w*\s]+?[\s*])({ID})(\s*\([^;]*?\))((?:{WS})?)({{|;)", _function),
            (r"\{", Punctuation, "function"),
            include("statements"),
        ],
        "function": [
            include("whitespace"),
            include("statements"),
            (r";", Punctuation),
            (r"{", Punctuation, "function"),
            (r"}", Punctuation, "#pop"),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\([\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", String.Escape),
            (r'[^\\"\n]+', String),
            (r"\\\n", String),
            (r"\\", String),
        ],
        "macro": [
            include("include"),
            (r"[^/\n\\]+", Comment.Preproc),
            (r"(?s)\\.", Comment.Preproc),
            include("inline_whitespace"),
            (r"/", Comment.Preproc),
            (r"\n", Comment.Preproc, "#pop"),
        ],
        "include": [
            (r"(include)(\s*)(<[^>]+>)([^\n]*)", _include),
            (r'(include)(\s*)("[^"]+")([^\n]*)', _include),
        ],
        "if_0": [
            (r"^\s*#if", Comment, "if_0"),
            (r"^\s*#\s*el(?:se|if)", Comment, "#pop"),
            (r"(?s)^\s*#\s*endif\b.*?(?<!\\)\n", Comment, "#pop"),
            (r".*?\n", Comment),
        ],
    }


DQ = r"(?:\d(?:'?\d)*)"  # a group, as Ruby interpolates a Regexp: `{DQ}?` makes all of it optional
CPP_STATEMENTS = [
    (r"(class|struct)\b", Keyword, "classname"),
    (r"template\b", Keyword, "template"),
    (rf"{DQ}(\.{DQ})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\b", Number.Other),
    (rf"(?i)({DQ}[.]{DQ}?|[.]{DQ})(e[+-]?{DQ}[lu]*)?", Number.Float),
    (rf"(?i){DQ}e[+-]?{DQ}[lu]*", Number.Float),
    (r"(?i)0x[0-9a-f]('?[0-9a-f])*[lu]*", Number.Hex),
    (r"0b[01]+('[01]+)*", Number.Bin),
    (r"(?i)0[0-7]('?[0-7])*[lu]*", Number.Oct),
    (rf"(?i){DQ}[lu]*", Number.Integer),
    (r"\bnullptr\b", Name.Builtin),
    (r"""(?s)(?:u8|u|U|L)?R"([a-zA-Z0-9_{}\[\]#<>%:;.?*+\-/^&|~!=,"']{,16})\(.*?\)\1\"""", String),
    (r"(::|<=>)", Operator),
    (r"[{}]", Punctuation),
]


class CppLexer(CLexer):
    """Rouge's `Rouge::Lexers::Cpp`: C's states with C++'s rules in front."""

    KEYWORDS = C_KEYWORDS | frozenset(
        """asm auto catch char8_t concept consteval constexpr constinit const_cast co_await co_return co_yield delete
        dynamic_cast explicit export friend mutable namespace new operator private protected public
        reinterpret_cast requires restrict size_of static_cast this throw throws typeid typename using virtual final
        override alignas alignof decltype noexcept static_assert thread_local try""".split()
    )
    TYPES = C_TYPES | {"bool"}
    RESERVED = C_RESERVED | frozenset(
        """__virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance __interface
        __event""".split()
    )

    tokens = {
        **CLexer.tokens,
        "root": [(r"(?:__offload|__blockingoffload|__outer)\b", Keyword.Pseudo), *CLexer.tokens["root"]],
        "statements": [*CPP_STATEMENTS, *CLexer.tokens["statements"]],
        "classname": [
            (ID, Name.Class, "#pop"),
            include("whitespace"),
            (r"[.]{3}", Operator),
            (r",", Punctuation, "#pop"),
            (r"", None, "#pop"),
        ],
        "template": [(r"[>;]", Punctuation, "#pop"), (r"typename\b", Keyword, "classname"), include("statements")],
        "case": [(r":(?!:)", Punctuation, "#pop"), include("statements")],
    }


class CudaLexer(CppLexer):
    """Rouge's `Rouge::Lexers::CUDA`: C++ with NVIDIA's qualifiers as keywords and its vector types as types."""

    KEYWORDS = CppLexer.KEYWORDS | frozenset(
        """__global__ __device__ __host__ __noinline__ __forceinline__ __constant__ __shared__ __managed__
        __restrict__""".split()
    )
    TYPES = CppLexer.TYPES | frozenset(
        f"{base}{width}"
        for base in "char uchar short ushort int uint long ulong longlong ulonglong float double".split()
        for width in "1234"
    ) | {"dim3"}
