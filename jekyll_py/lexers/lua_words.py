"""Rouge 3.30's Lua builtins (`lua/keywords.rb`, every module, as none is disabled by default), dumped with
    ruby -rrouge -e 'puts Rouge::Lexers::Lua.builtins.values.inject(:|).sort.join(" ")' | fold -s -w 112
and indented; regenerate them from Rouge rather than editing them by hand. Rouge lowercased them (`_g`, not
`_G`), and its `file:...` entries can never match a name, which has no `:`."""

from __future__ import annotations

BUILTINS = frozenset(
    """
    _g _version assert collectgarbage coroutine.create coroutine.isyieldable coroutine.resume coroutine.running
    coroutine.status coroutine.wrap coroutine.yield debug.debug debug.gethook debug.getinfo debug.getlocal
    debug.getmetatable debug.getregistry debug.getupvalue debug.getuservalue debug.sethook debug.setlocal
    debug.setmetatable debug.setupvalue debug.setuservalue debug.traceback debug.upvalueid debug.upvaluejoin dofile
    error file:close file:flush file:lines file:read file:seek file:setvbuf file:write getmetatable io.close
    io.flush io.input io.lines io.open io.output io.popen io.read io.stderr io.stdin io.stdout io.tmpfile io.type
    io.write ipairs load loadfile lua_cpath lua_cpath_5_3 lua_errerr lua_errfile lua_errgcmm lua_errmem lua_errrun
    lua_errsyntax lua_hookcall lua_hookcount lua_hookline lua_hookret lua_hooktailcall lua_init lua_init_5_3
    lua_maskcall lua_maskcount lua_maskline lua_maskret lua_maxinteger lua_mininteger lua_minstack lua_multret
    lua_noref lua_ok lua_opadd lua_opband lua_opbnot lua_opbor lua_opbxor lua_opdiv lua_opeq lua_opidiv lua_ople
    lua_oplt lua_opmod lua_opmul lua_oppow lua_opshl lua_opshr lua_opsub lua_opunm lua_path lua_path_5_3 lua_refnil
    lua_registryindex lua_ridx_globals lua_ridx_mainthread lua_tboolean lua_tfunction lua_tlightuserdata lua_tnil
    lua_tnone lua_tnumber lua_tstring lua_ttable lua_tthread lua_tuserdata lua_use_apicheck lua_yield
    lual_buffersize luaopen_base luaopen_coroutine luaopen_debug luaopen_io luaopen_math luaopen_os luaopen_package
    luaopen_string luaopen_table luaopen_utf8 math.abs math.acos math.asin math.atan math.ceil math.cos math.deg
    math.exp math.floor math.fmod math.huge math.log math.max math.maxinteger math.min math.mininteger math.modf
    math.pi math.rad math.random math.randomseed math.sin math.sqrt math.tan math.tointeger math.type math.ult next
    os.clock os.date os.difftime os.execute os.exit os.getenv os.remove os.rename os.setlocale os.time os.tmpname
    package.config package.cpath package.loaded package.loadlib package.path package.preload package.searchers
    package.searchpath pairs pcall print rawequal rawget rawlen rawset require select setmetatable string.byte
    string.char string.dump string.find string.format string.gmatch string.gsub string.len string.lower
    string.match string.pack string.packsize string.rep string.reverse string.sub string.unpack string.upper
    table.concat table.insert table.move table.pack table.remove table.sort table.unpack tonumber tostring type
    utf8.char utf8.charpattern utf8.codepoint utf8.codes utf8.len utf8.offset xpcall
    """.split()
)
