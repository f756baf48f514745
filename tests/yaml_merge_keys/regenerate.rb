# Regenerates expected.json: what Jekyll's YAML reader (Psych's safe_load with Date and Time, aliases
# allowed) makes of each *.yml here, in the encoding test_yaml_merge_keys.py compares with.
#   ruby tests/yaml_merge_keys/regenerate.rb
require "date"
require "json"
require "yaml"

class Cycle < StandardError; end

def encode(value, open = {})
  case value
  when Hash, Array
    raise Cycle if open[value.object_id]
    open[value.object_id] = true
    out = value.is_a?(Hash) ? { "map" => value.map { |k, v| [encode(k, open), encode(v, open)] } } : value.map { |v| encode(v, open) }
    open.delete(value.object_id)
    out
  when String
    value.encoding == Encoding::BINARY ? { "binary" => value.unpack1("H*") } : value
  when Float
    value.finite? ? { "float" => value } : { "float" => value.nan? ? "nan" : (value > 0 ? "inf" : "-inf") }
  when Time then { "time" => value.getutc.strftime("%Y-%m-%dT%H:%M:%S.%6NZ") }
  when Date then { "date" => value.iso8601 }
  when Integer, true, false, nil then value
  else raise "cannot encode #{value.class}"
  end
end

dir = __dir__
documents = {}
Dir.glob(File.join(dir, "*.yml")).sort.each do |path|
  text = File.read(path, mode: "rb").force_encoding(Encoding::UTF_8)
  begin
    documents[File.basename(path)] = { "value" => encode(YAML.safe_load(text, permitted_classes: [Date, Time], aliases: true)) }
  rescue Cycle
    documents[File.basename(path)] = { "cycle" => true }
  end
end
lines = documents.map { |name, result| "    #{JSON.generate(name)}: #{JSON.generate(result)}" }
File.write(File.join(dir, "expected.json"), <<~JSON)
  {
    "ruby": #{JSON.generate(RUBY_VERSION)},
    "psych": #{JSON.generate(Psych::VERSION)},
    "documents": {
  #{lines.join(",\n")}
    }
  }
JSON
