"""Rouge's `groovy` and `gradle` lexers: identifiers sorted into keywords, declarations, types and constants by
word lists (which `gradle` extends), and a line starting like a method signature whose words before the name are
lexed again by a clone of the lexer that shares its state stack, so a `class` or `import` among them leaves its
state pushed for the rest of the text, as in Rouge. Strings are single tokens (no escapes or interpolation), and
any `/.../` on one line is a regex string."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups

KEYWORDS = frozenset(
    "assert break case catch continue default do else finally for if goto instanceof new return switch this throw try "
    "while in as".split()
)
DECLARATIONS = frozenset(
    "abstract const enum extends final implements native private protected public static strictfp super "
    "synchronized throws transient volatile".split()
)
TYPES = frozenset("def boolean byte char double float int long short void".split())
CONSTANTS = frozenset("true false null".split())

GRADLE_KEYWORDS = KEYWORDS | frozenset(
    "allprojects artifacts buildscript configuration dependencies repositories sourceSets subprojects "
    "publishing".split()
)
GRADLE_TYPES = TYPES | frozenset(
    "Project Task Gradle Settings Script JavaToolChain SourceSet SourceSetOutput IncrementalTaskInputs "
    "Configuration ResolutionStrategy ArtifactResolutionQuery ComponentSelection ComponentSelectionRules "
    "ConventionProperty ExtensionAware ExtraPropertiesExtension PublishingExtension IvyPublication IvyArtifact "
    "IvyArtifactSet IvyModuleDescriptorSpec MavenPublication MavenArtifact MavenArtifactSet MavenPom "
    "PluginDependenciesSpec PluginDependencySpec ResourceHandler TextResourceFactory".split()
)


def _method(ctx: Context, m: re.Match[str]) -> None:
    """Rouge's `delegate self.clone, m[1]`: the clone's `@stack` is the very array of the lexer it copies."""
    clone = type(ctx.lexer)()
    clone.ctx.stack = ctx.stack
    ctx.delegate(clone, m.group(1))
    ctx.token(Name.Function, m.group(2))
    ctx.token(Text, m.group(3))
    ctx.token(Operator, m.group(4))


def _name(ctx: Context, m: re.Match[str]) -> None:
    lexer, word = ctx.lexer, m.group(0)
    if word in lexer.keywords:
        ctx.token(Keyword)
    elif word in lexer.declarations:
        ctx.token(Keyword.Declaration)
    elif word in lexer.types:
        ctx.token(Keyword.Type)
    elif word in lexer.constants:
        ctx.token(Keyword.Constant)
    else:
        ctx.token(Name)


class GroovyLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Groovy`."""

    keywords: frozenset[str] = KEYWORDS
    declarations: frozenset[str] = DECLARATIONS
    types: frozenset[str] = TYPES
    constants: frozenset[str] = CONSTANTS

    tokens = {
        "root": [
            (r"^(\s*(?:\w[\w.\[\]]*\s+)+?)(\w\w*)(\s*)(\()", _method),
            (r"[^\S\n]+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
            (r"@\w[\w.]*", Name.Decorator),
            (r"(?:class|interface|trait)\b", Keyword.Declaration, "class"),
            (r"package\b", Keyword.Namespace, "import"),
            (r"import\b", Keyword.Namespace, "import"),
            (r'(?s)""".*?"""', String.Double),
            (r"(?s)'''.*?'''", String.Single),
            (r'"(?:\\.|\\\n|.)*?"', String.Double),
            (r"'(?:\\.|\\\n|.)*?'", String.Single),
            (r"(?s)\$/(?:\$.|.)*?/\$", String),
            (r"/(?:\\.|\\\n|.)*?/", String),
            (r"'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'", String.Char),
            (r"(\.)([a-zA-Z_][a-zA-Z0-9_]*)", groups(Operator, Name.Attribute)),
            (r"[a-zA-Z_][a-zA-Z0-9_]*:", Name.Label),
            (r"[a-zA-Z_\$][a-zA-Z0-9_]*", _name),
            (r"[~^*!%&\[\](){}<>\|+=:;,./?-]", Operator),
            (r"\d+\.\d+(?:[eE]\d+)?[fd]?", Number.Float),
            (r"0x[0-9a-f]+", Number.Hex),
            (r"[0-9]+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [(r"\s+", Text), (r"\w\w*", Name.Class, "#pop")],
        "import": [(r"\s+", Text), (r"[\w.]+[*]?", Name.Namespace, "#pop")],
    }


class GradleLexer(GroovyLexer):
    """Rouge's `Rouge::Lexers::Gradle`: Groovy with Gradle's DSL blocks as keywords and its API classes as types."""

    keywords = GRADLE_KEYWORDS
    types = GRADLE_TYPES
