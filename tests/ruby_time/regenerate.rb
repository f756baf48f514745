# Writes expected.json: what real Ruby makes of every line of inputs.txt, for tests/test_ruby_date_parse.py.
#
# For each input: Date._parse's hash (Rationals as {"rational": [num, den]}), and Time.parse(input, NOW)
# under each zone of ZONES as "%Y-%m-%dT%H:%M:%S.%6N%::z", or the exception's class name. NOW is fixed so
# the fields Time.parse takes from the current time do not depend on the day this runs.
#
#   ruby tests/ruby_time/regenerate.rb      # Ruby 3.1 (date 3.2.2), as Jekyll runs on
require "date"
require "json"
require "time"

NOW_SECONDS = 1_684_334_000 # 2023-05-17T14:33:20Z
NOW_USEC = 123_456
ZONES = %w[UTC America/New_York Europe/Berlin].freeze

def jsonable(value)
  value.is_a?(Rational) ? { "rational" => [value.numerator, value.denominator] } : value
end

def date_parse(input)
  Date._parse(input).to_h { |key, value| [key.to_s, jsonable(value)] }
rescue ArgumentError
  "ArgumentError"
end

def time_parse(input, now)
  Time.parse(input, now).strftime("%Y-%m-%dT%H:%M:%S.%6N%::z")
rescue StandardError => e
  e.class.name
end

inputs = File.readlines(File.join(__dir__, "inputs.txt"), chomp: true, encoding: "UTF-8")
times = ZONES.to_h do |zone|
  ENV["TZ"] = zone # Ruby re-reads TZ when ENV["TZ"] is assigned
  now = Time.at(NOW_SECONDS, NOW_USEC)
  [zone, inputs.map { |input| time_parse(input, now) }]
end
entries = inputs.each_with_index.map do |input, index|
  { "input" => input, "date_parse" => date_parse(input), "time_parse" => ZONES.to_h { |zone| [zone, times[zone][index]] } }
end
document = { "ruby" => RUBY_DESCRIPTION, "date" => Date::VERSION, "now" => [NOW_SECONDS, NOW_USEC], "entries" => entries }
File.write(File.join(__dir__, "expected.json"), "#{JSON.pretty_generate(document)}\n")
