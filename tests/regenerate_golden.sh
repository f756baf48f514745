#!/usr/bin/env bash
# Rebuild the expected output of every fixture site (tests/sites/NAME) with real Jekyll 4.3.1 into
# tests/golden/NAME. Needs Debian's jekyll and plugin packages (see README). Usage:
#   tests/regenerate_golden.sh            # every site
#   tests/regenerate_golden.sh NAME...    # only these
#
# A site whose plugin has no Debian package says how to build it in its _config.yml, on one line:
#   # regenerate: RUBYLIB=${GEM_SOURCES:-/tmp/me}/ghm/lib $jekyll_build
# The command runs in bash in the site's folder with $src, $out, $configs and $jekyll_build (the default
# command) set. Output goes to a scratch folder and replaces tests/golden/NAME only when Jekyll succeeded,
# so a site whose gems are missing here keeps its committed expected output.
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
failed=0
for name in "${names[@]}"; do
  src="$here/sites/$name"
  out="$here/golden/$name"
  scratch=$(mktemp -d)
  echo "== $name"
  # Static files' modified_time shows in output (sitemap lastmod): pin every mtime to the golden time.
  find "$src" -exec touch -h -d "2026-01-01 12:00:00 UTC" {} +
  configs="$src/_config.yml,$here/sites/_golden_time.yml"
  jekyll_build="jekyll build --quiet -s $src -d $scratch/site --config $configs"
  command=$(sed -n 's/^# regenerate: //p' "$src/_config.yml" | head -n 1)
  if (cd "$src" && export src out="$scratch/site" configs jekyll_build && \
        TZ=UTC JEKYLL_ENV=production bash -c "${command:-\$jekyll_build}") && [ -d "$scratch/site" ]; then
    rm -rf "$out"
    mv "$scratch/site" "$out"
  else
    echo "jekyll failed on $name; tests/golden/$name left as it was" >&2
    failed=1
  fi
  rm -rf "$scratch" "$src/.jekyll-cache" "$src/.sass-cache" "$src/.jekyll-metadata"
done
exit $failed
