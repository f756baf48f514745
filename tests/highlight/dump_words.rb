# Dump Rouge 3.30's big word tables as Python modules, from Rouge itself rather than retyped:
#   ruby tests/highlight/dump_words.rb php > jekyll_py/lexers/php_words.py
#   ruby tests/highlight/dump_words.rb apache > jekyll_py/lexers/apache_words.py
#   ruby tests/highlight/dump_words.rb go > jekyll_py/lexers/go_words.py
require "rouge"

# A frozenset assignment, its words wrapped to the project's line length.
def table(name, words)
  lines = []
  cur = "    "
  words.each do |w|
    if cur.size + w.size + 1 > 116
      lines << cur.rstrip
      cur = "    "
    end
    cur += w + " "
  end
  lines << cur.rstrip
  ["#{name} = frozenset(", '    """', lines.join("\n").gsub("\\", "\\\\\\\\"), '    """.split()', ")"].join("\n")
end

# A regex character class body (Python escapes) for every character Onigmo's `re` matches, wrapped as `table`.
def char_class(name, re)
  spans = []
  (0..0x10FFFF).each do |c|
    next if c.between?(0xD800, 0xDFFF) || [c].pack("U") !~ re
    spans.last && spans.last[1] == c - 1 ? spans.last[1] = c : spans << [c, c]
  end
  esc = ->(c) { c < 0x80 && c.chr =~ /[A-Za-z0-9]/ ? c.chr : format(c > 0xFFFF ? "\\U%08x" : "\\u%04x", c) }
  body = spans.map { |a, b| a == b ? esc[a] : "#{esc[a]}#{b > a + 1 ? "-" : ""}#{esc[b]}" }.join
  lines = body.scan(/.{1,110}(?=\\|\z)|.+/)
  ["#{name} = (", *lines.map { |l| "    r\"#{l}\"" }, ")"].join("\n")
end

def header(doc)
  puts doc
  puts
  puts "from __future__ import annotations"
  puts
end

case ARGV[0]
when "php"
  header <<~DOC.chomp
    """Rouge 3.30's PHP word tables, dumped from `Rouge::Lexers::PHP` (`keywords`, and `builtins` over all modules,
    as no module is disabled by default); regenerate them from Rouge rather than editing them by hand."""
  DOC
  puts table("KEYWORDS", Rouge::Lexers::PHP.keywords.to_a)
  puts
  puts "# builtin functions; Rouge compares them with the downcased name, so its few mixed-case entries never match"
  puts table("BUILTINS", Rouge::Lexers::PHP.builtins.values.inject(Set.new) { |a, b| a.merge(b) }.to_a.sort)
when "apache"
  header <<~DOC.chomp
    """Rouge 3.30's Apache word tables (`apache/keywords.rb`: section names, directives, directive values), dumped
    from `Rouge::Lexers::Apache`; regenerate them from Rouge rather than editing them by hand."""
  DOC
  puts table("SECTIONS", Rouge::Lexers::Apache.sections.to_a)
  puts
  puts table("DIRECTIVES", Rouge::Lexers::Apache.directives.to_a)
  puts
  puts table("VALUES", Rouge::Lexers::Apache.values.to_a)
when "go"
  header <<~DOC.chomp
    """The character classes of Rouge 3.30's Go identifiers (`[[:alpha:]]` and `[[:digit:]]`, which Onigmo matches
    by Unicode properties), dumped from Ruby's regex engine; regenerate them from Ruby rather than editing them."""
  DOC
  puts char_class("ALPHA", /[[:alpha:]]/)
  puts
  puts char_class("DIGIT", /[[:digit:]]/)
else
  abort "usage: ruby dump_words.rb php|apache|go"
end
