#!/bin/sh
# Regenerate the expected outputs of the Liquid case tables with Jekyll 4.3.1's own Liquid
# (Ruby Liquid 5.4 plus Jekyll's filters and tags), using the fixture site in ./site.
# Times print in UTC; the site's absolute path is replaced by {SITE} so the file is portable.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
oracle=${LIQUID_ORACLE:-/work/shared/tools/liquid-oracle.rb}
for cases in "$here"/cases*.json; do
  expected="$here/expected${cases##*/cases}"
  TZ=UTC ruby "$oracle" "$cases" "$here/site" | sed "s#$here/site#{SITE}#g" > "$expected"
  echo "wrote $expected"
done
