#!/bin/bash
set -euo pipefail

NAME=${1:-world}
COUNT=$((COUNT + 1))
for f in *.txt; do
    if [ -f "$f" ]; then
        wc -l "$f" | awk '{print $1}'
    elif [[ -d $f ]]; then
        echo "dir: ${f}"
    else
        echo 'skip' ; continue
    fi
done

function greet() {
    local msg="Hello, ${NAME}!"
    printf '%s\n' "$msg"
    return 0
}

case "$2" in
    start|run) greet ;;
    stop) exit 1 ;;
    *) echo "usage: $0 {start|stop}" ;;
esac

cat <<EOF2 > config.ini
[main]
user = $USER
path = $(pwd)
EOF2

result=`date +%Y`
while read -r line; do echo "$line"; done < input.txt
