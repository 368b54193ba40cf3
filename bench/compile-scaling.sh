#!/usr/bin/env bash
# Compile time against handler length (issue 14 item 4): generates one policy per size whose enqueue
# handler is N statements `G += k`, times `schedc compile` on each with the built jar, and, to show how much
# of that is verifier-sim (compile runs it on its own output), times `schedc verify` on the object alone.
# Prints a markdown table. See bench/README.md.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: bench/compile-scaling.sh [options]
  --sizes "A B C"   statements per handler (default "1000 10000 100000")
  --jar PATH        schedc jar (default compiler/cli/target/schedc.jar)
  --java CMD        java launcher (default $JAVA_HOME/bin/java, else java)
  --timeout S       give up on one compile after S seconds (default 600)
  --shape NAME      add: `G += k`; mixed: every third statement `if G > k { G -= 1 }` (default add)
  --out FILE        also write the table to FILE
USAGE
}

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
sizes="1000 10000 100000"
jar="$repo/compiler/cli/target/schedc.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
timeout_s=600
shape=add
out=""
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --java) java=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --shape) shape=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "compile-scaling: no jar at $jar (build with ./mvnw -o install -DskipTests)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

generate() { # N FILE
  awk -v n="$1" -v shape="$shape" 'BEGIN {
    print "policy scale {"
    print "  const SLICE = 5ms"
    print "  queue main: fifo"
    print "  var G: u64 = 0"
    print "  on enqueue(p, enq_flags) {"
    for (k = 1; k <= n; k++) {
      if (shape == "mixed" && k % 3 == 0) printf "    if G > %d { G -= 1 }\n", k
      else printf "    G += %d\n", k
    }
    print "    insert p into main slice SLICE"
    print "  }"
    print "  on dispatch(cpu, prev) { move main to local }"
    print "}"
  }' > "$2"
}

# Wall and CPU seconds of one command (GNU time's %e %U+%S), or "timeout".
timed() { # LOG CMD...
  local log=$1; shift
  local t0 t1 rc
  t0=$(date +%s.%N)
  set +e
  timeout "$timeout_s" /usr/bin/time -f '%U %S %M' -o "$log.time" "$@" > "$log" 2>&1
  rc=$?
  set -e
  t1=$(date +%s.%N)
  if [ $rc -eq 124 ]; then echo "timeout"; return; fi
  if [ $rc -ne 0 ]; then echo "exit$rc"; return; fi
  awk -v a="$t0" -v b="$t1" '{ printf "%.2f %.2f %d", b - a, $1 + $2, $3 / 1024 }' "$log.time"
}

table="| statements | lines | compile wall s | compile CPU s | max RSS MiB | verify-only wall s | object insns |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
echo "$table"
for n in $sizes; do
  src="$work/scale$n.sched" obj="$work/scale$n.bpf.o"
  generate "$n" "$src"
  lines=$(wc -l < "$src")
  read -r cw cc rss _ <<< "$(timed "$work/c$n.log" "$java" -jar "$jar" compile "$src" -o "$obj") x x"
  vw="-" insns="-"
  if [ -f "$obj" ]; then
    read -r vw _ _ <<< "$(timed "$work/v$n.log" "$java" -jar "$jar" verify "$obj") x x"
    insns=$("$java" -jar "$jar" disasm "$obj" 2>/dev/null | grep -cE '^ *[0-9]+:' || true)
  elif [ "$cw" != timeout ]; then
    cw="$cw ($(grep -m1 -oE 'error\[E[0-9]+\][^(]*' "$work/c$n.log" | head -c 80))"
  fi
  [ "$cw" = timeout ] && cw="> $timeout_s" && cc="-" && rss="-"
  row="| $n | $lines | $cw | $cc | $rss | $vw | $insns |"
  echo "$row"
  table="$table
$row"
done
if [ -n "$out" ]; then printf '%s\n' "$table" > "$out"; fi
