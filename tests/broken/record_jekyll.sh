#!/usr/bin/env bash
# Record what Jekyll 4.3.1 does with each broken site (exit status and its message lines) into
# tests/broken/NAME/jekyll.txt, so the tests can compare our exit status with Jekyll's.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for dir in "$here"/*/; do
  name=$(basename "$dir")
  out=$(mktemp -d)
  log=$(cd "$dir" && jekyll build -s "$dir" -d "$out/site" 2>&1)
  status=$?
  rm -rf "$out" "$dir/.jekyll-cache"
  # keep the message lines, without colours, backtraces or this machine's paths
  { echo "exit: $status"
    echo "$log" | sed -e 's/\x1b\[[0-9;]*m//g' -e "s|$dir||g" -e "s|$here/||g" \
      | grep -E "Warning|Exception|Error|error|YAML|invalid" | grep -v "^\s*from \|\.rb:[0-9]" | head -5
  } > "$dir/jekyll.txt"
  echo "$name: exit $status"
done
