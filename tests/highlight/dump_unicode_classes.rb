# Dump Unicode character classes as Onigmo (Ruby's Unicode version) matches them, as Python regex class bodies,
# for the lexers whose Rouge patterns use Unicode properties:
#   ruby tests/highlight/dump_unicode_classes.rb 'XID_START=\p{XID_Start}' 'XID_CONTINUE=\p{XID_Continue}'
# prints `XID_START = (...)` and `XID_CONTINUE = (...)`, the tables below a *_words.py module's imports.

# A class body: ASCII word characters as themselves, everything else as \uXXXX / \UXXXXXXXX, runs as ranges.
def table(name, re)
  spans = []
  (0..0x10FFFF).each do |c|
    next if c.between?(0xD800, 0xDFFF) || [c].pack("U") !~ re
    spans.last && spans.last[1] == c - 1 ? spans.last[1] = c : spans << [c, c]
  end
  esc = ->(c) { c < 0x80 && c.chr =~ /\w/ ? c.chr : format(c > 0xFFFF ? "\\U%08x" : "\\u%04x", c) }
  body = spans.map { |a, b| a == b ? esc[a] : "#{esc[a]}#{b > a + 1 ? "-" : ""}#{esc[b]}" }.join
  ["#{name} = (", *body.scan(/.{1,110}(?=\\|\z)|.+/).map { |l| "    r\"#{l}\"" }, ")"].join("\n")
end

puts(ARGV.map do |arg|
  name, pattern = arg.split("=", 2)
  table(name, Regexp.new("\\A(?:#{pattern})\\z"))
end.join("\n\n"))
