"""Rouge's `batchfile` lexer: every word is looked up, case-sensitively, in Rouge's lists of keywords, operator
words, devices, commands and attributes; quoted strings, `%var%`/`!var!` expansions and `^` escapes have states.

Rouge's fallback branch for a word in none of the lists tests `"set".casecmp(word)`, which is an Integer and so
always true: every other word (`set` as much as `foo`, or `ECHO`, since the lists are lowercase) becomes
`Keyword::Declaration`, and the plain `Text` branch after it never runs, so it is left out here. Rouge's `/i`
`[a-z]` also takes `ſ` (U+017F) and the Kelvin sign (U+212A), which Onigmo folds to `s` and `k`: they are
written out. In `@?\\brem\\b` the `\\b` always holds before the `r` (StringScanner does not look behind the scan
position), so it is dropped.
"""

from __future__ import annotations

import re
from typing import Any

from pygments.token import Comment, Error, Keyword, Name, Number, Operator, String, Text, _TokenType

from jekyll_py.lexers.base import Context, RougeLexer, groups, include

KEYWORDS = frozenset("if else for in do goto call exit".split())
OPERATOR_WORDS = frozenset("exist defined errorlevel cmdextversion not equ neq lss leq gtr geq".split())
DEVICES = frozenset(
    "con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2 lpt3 lpt4 lpt5 lpt6 lpt7 lpt8 lpt9".split()
)
BUILTIN_COMMANDS = frozenset(
    """
    assoc attrib break bcdedit cacls cd chcp chdir chkdsk chkntfs choice cls cmd color comp compact convert copy date
    del dir diskpart doskey dpath driverquery echo endlocal erase fc find findstr format fsutil ftype gpresult
    graftabl help icacls label md mkdir mklink mode more move openfiles path pause popd print prompt pushd rd recover
    ren rename replace rmdir robocopy setlocal sc schtasks shift shutdown sort start subst systeminfo takeown tasklist
    taskkill time timeout title tree type ver verify vol xcopy waitfor wmic
    """.split()
)
OTHER_COMMANDS = frozenset(
    """
    addusers admodcmd ansicon arp at bcdboot bitsadmin browstat certreq certutil change cidiag cipher cleanmgr clip
    cmdkey compress convertcp coreinfo csccmd csvde cscript curl debug defrag delprof deltree devcon diamond dirquota
    diruse diskshadow diskuse dism dnscmd dsacls dsadd dsget dsquery dsmod dsmove dsrm dsmgmt dsregcmd edlin
    eventcreate expand extract fdisk fltmc forfiles freedisk ftp getmac gpupdate hostname ifmember inuse ipconfig kill
    lgpo lodctr logman logoff logtime makecab mapisend mbsacli mem mountvol moveuser msg mshta msiexec msinfo32 mstsc
    nbtstat net net1 netdom netsh netstat nlsinfo nltest now nslookup ntbackup ntdsutil ntoskrnl ntrights nvspbind
    pathping perms ping portqry powercfg pngout pnputil printbrm prncnfg prnmngr procdump psexec psfile psgetsid
    psinfo pskill pslist psloggedon psloglist pspasswd psping psservice psshutdown pssuspend qbasic qgrep qprocess
    query quser qwinsta rasdial reg reg1 regdump regedt32 regsvr32 regini reset restore rundll32 rmtshare route
    rpcping run runas scandisk setspn setx sfc share shellrunas shortcut sigcheck sleep slmgr strings subinacl sysmon
    telnet tftp tlist touch tracerpt tracert tscon tsdiscon tskill tttracer typeperf tzutil undelete unformat
    verifier vmconnect vssadmin w32tm wbadmin wecutil wevtutil wget where whoami windiff winrm winrs wpeutil wpr wusa
    wuauclt wscript
    """.split()
)
ATTRIBUTES = frozenset("on off disable enableextensions enabledelayedexpansion".split())

ALPHA = "a-zA-Z\u017f\u212a"  # Ruby's /[a-z]/i


def word(ctx: Context, m: re.Match[str]) -> None:
    """A word, with an `.exe` suffix split off as `Error` unless the word is a command."""
    name = m.group(1)
    if name in DEVICES:
        groups(Keyword.Reserved, Error)(ctx, m)
    elif name in KEYWORDS:
        groups(Keyword, Error)(ctx, m)
    elif name in OPERATOR_WORDS:
        groups(Operator.Word, Error)(ctx, m)
    elif name in BUILTIN_COMMANDS or name in OTHER_COMMANDS:
        ctx.token(Name.Builtin)
    elif name in ATTRIBUTES:
        groups(Name.Attribute, Error)(ctx, m)
    else:
        groups(Keyword.Declaration, Error)(ctx, m)


def quoted(quote: str, token: _TokenType) -> list[Any]:
    """The states inside `"..."`, `'...'` and `` `...` ``: escapes and expansions, up to the closing quote."""
    return [include("escape"), (quote, token, "#pop"), include("expansions"), (rf"[^\^{quote}%!]+", token)]


class BatchfileLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Batchfile`."""

    tokens = {
        "basic": [
            (r"(?i)@?rem\b.*$", Comment),
            (r"^::.*$", Comment),
            (rf":[{ALPHA}]+", Name.Label),
            (rf"(?i)([{ALPHA}]\w*)(\.exe|com|bat|cmd|msi)?", word),
            (rf"((?:[/+]|--?)[{ALPHA}]+)\s*", Name.Attribute),
            include("expansions"),
            (r"[<>&|(){}\[\]\-+=;,~?*]", Operator),
        ],
        "escape": [(r"(?s)\^.", String.Escape)],
        "expansions": [
            (rf"[%!]+([{ALPHA}_$@#]+)[%!]+", Name.Variable),
            (rf"%+~?[{ALPHA}]+\d?", Name.Variable.Magic),
        ],
        "double_quotes": quoted('"', String.Double),
        "single_quotes": quoted("'", String.Single),
        "backtick": quoted("`", String.Backtick),
        "data": [
            (r"\s+", Text),
            (r"0[xX][0-9a-fA-F]+", Number.Hex),
            (r"[0-9]", Number),
            ('"', String.Double, "double_quotes"),
            ("'", String.Single, "single_quotes"),
            ("`", String.Backtick, "backtick"),
            (r"""[^\s&|()\[\]{}\^=;!%+\-,"'`~?*]+""", Text),
            include("escape"),
        ],
        "root": [include("basic"), include("data")],
    }
