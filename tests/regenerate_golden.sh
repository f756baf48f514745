#!/usr/bin/env bash
# Rebuild the expected output of every fixture site (tests/sites/NAME) with real Jekyll 4.3.1 into
# tests/golden/NAME. Needs Debian's jekyll and plugin packages (see README). Usage:
#   tests/regenerate_golden.sh            # every site
#   tests/regenerate_golden.sh NAME...    # only these
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v jekyll >/dev/null || { echo "jekyll is not installed (apt-get install jekyll ...)" >&2; exit 2; }
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for dir in "$here"/sites/*/; do
    name=$(basename "$dir")
    [ -f "$dir/_config.yml" ] && names+=("$name")
  done
fi
for name in "${names[@]}"; do
  src="$here/sites/$name"
  out="$here/golden/$name"
  rm -rf "$out"
  echo "== $name"
  # Static files' modified_time shows in output (sitemap lastmod): pin every mtime to the golden time.
  find "$src" -exec touch -h -d "2026-01-01 12:00:00 UTC" {} +
  (cd "$src" && TZ=UTC JEKYLL_ENV=production jekyll build --quiet -s "$src" -d "$out" \
      --config "$src/_config.yml,$here/sites/_golden_time.yml") || echo "jekyll failed on $name" >&2
  rm -rf "$src/.jekyll-cache" "$src/.sass-cache" "$src/.jekyll-metadata"
done
