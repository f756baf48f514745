# Dump Rouge 3.30's PHP word tables as jekyll_py/lexers/php_words.py:
#   ruby tests/highlight/dump_php_words.rb > jekyll_py/lexers/php_words.py
require "rouge"
def block(words)
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
  lines.join("\n").gsub("\\", "\\\\\\\\")
end
kw = Rouge::Lexers::PHP.keywords.to_a
bi = Rouge::Lexers::PHP.builtins.values.inject(Set.new) { |a, b| a.merge(b) }.to_a.sort
puts '"""Rouge 3.30\'s PHP word tables, dumped from `Rouge::Lexers::PHP` (`keywords`, and `builtins` over all modules,'
puts 'as no module is disabled by default); regenerate them from Rouge rather than editing them by hand."""'
puts
puts "from __future__ import annotations"
puts
puts "KEYWORDS = frozenset("
puts '    """'
puts block(kw)
puts '    """.split()'
puts ")"
puts
puts "# builtin functions; Rouge compares them with the downcased name, so its few mixed-case entries never match"
puts "BUILTINS = frozenset("
puts '    """'
puts block(bi)
puts '    """.split()'
puts ")"
