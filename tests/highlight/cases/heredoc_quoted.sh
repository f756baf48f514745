cat <<-'END' | sed 's/a/b/g'
	literal $HOME text
	END
python - <<PY
print("x")
PY
echo ${HOME:-/root} ${var:=default} $(( 2 * (3 + 4) ))
echo $(basename $(dirname "$0"))
[ -z "$VAR" ] || echo "set" ; true
