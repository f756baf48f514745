#!/bin/sh
# Regenerate the expected HTML of the Markdown corpus with Jekyll 4.3.1's own converter (kramdown 2.4,
# kramdown-parser-gfm, Rouge), configured with the kramdown options academicpages sets.
# Usage: tests/markdown/regenerate.sh [corpus/NAME.md ...]   (default: the whole corpus)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
oracle=${KRAMDOWN_ORACLE:-/work/shared/tools/kramdown-oracle.rb}
if [ "$#" -eq 0 ]; then
  set -- "$here"/corpus/*.md
fi
ruby "$oracle" "$@"
