#!/usr/bin/env bash
# Start-up before/after side by side: bench/before-after.sh [-n N] BEFORE_CHECKOUT [EXAMPLE...]
# Per example, N rounds of: `BEFORE_CHECKOUT/schedc compile`, this checkout's `./schedc compile`,
# clang-14 on bench/c's equivalent, in that order every round (load changes hit all three alike),
# after one warm-up each. BEFORE_CHECKOUT is another checkout with a built jar (e.g. git archive of
# the base commit, built once). Prints a markdown table: median wall ms (min-max), median cpu ms,
# and each schedc's ratio to clang of the same rounds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
runs=9
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
before=$(cd "${1:?usage: before-after.sh [-n N] BEFORE_CHECKOUT [EXAMPLE...]}" && pwd); shift
examples=${*:-$(cd "$here/c" && ls *.bpf.c | sed 's/\.bpf\.c$//')}
cd "$repo"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CLANG=${CLANG:-clang-14} "$here/c/build.sh" "$tmp" $examples
inc=$repo/bench/.cache/include
./schedc --version >/dev/null
"$before/schedc" --version >/dev/null

cpu_ms() { tail -n 1 "$1" | awk '{ s = 0; for (i = 1; i <= 2; i++) { split($i, b, "m"); sub(/s$/, "", b[2]); s += b[1] * 60 + b[2] } printf "%.0f\n", s * 1000 }'; }
time_ms() {
  local s e
  times >"$tmp/t0"; s=$(date +%s%N)
  "$@" >"$tmp/out" 2>&1 || { echo "before-after: failed: $*" >&2; cat "$tmp/out" >&2; exit 1; }
  e=$(date +%s%N); times >"$tmp/t1"
  echo "$(( (e - s) / 1000000 )) $(( $(cpu_ms "$tmp/t1") - $(cpu_ms "$tmp/t0") ))"
}
before_c() { (cd "$before" && SCHEDC_NO_REBUILD=1 ./schedc compile "$repo/examples/$1.sched" -o "$tmp/$1_before.bpf.o"); }
after_c() { SCHEDC_NO_REBUILD=1 ./schedc compile "$repo/examples/$1.sched" -o "$tmp/$1_after.bpf.o"; }
clang_c() { "${CLANG:-clang-14}" -O2 -g -target bpf -mcpu=v3 -Wno-missing-declarations -I"$inc" -c "$here/c/$1.bpf.c" -o "$tmp/$1_clang.bpf.o"; }
med() { awk -v k="$1" '{ print $k }' "$2" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f %.0f %.0f\n", m, v[1], v[NR] }'; }

echo "| example | before schedc | after schedc | clang-14 | before/clang | after/clang | cpu before / after / clang |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for ex in $examples; do
  for k in before after clang; do "${k}_c" "$ex" >/dev/null; : >"$tmp/$ex.$k"; done
  for _ in $(seq "$runs"); do
    for k in before after clang; do time_ms "${k}_c" "$ex" >>"$tmp/$ex.$k"; done
  done
  cmp -s "$tmp/${ex}_before.bpf.o" "$tmp/${ex}_after.bpf.o" || echo "before-after: WARNING: $ex objects differ" >&2
  read -r bm bmin bmax < <(med 1 "$tmp/$ex.before"); read -r am amin amax < <(med 1 "$tmp/$ex.after")
  read -r cm cmin cmax < <(med 1 "$tmp/$ex.clang")
  read -r bc _ _ < <(med 2 "$tmp/$ex.before"); read -r ac _ _ < <(med 2 "$tmp/$ex.after"); read -r cc _ _ < <(med 2 "$tmp/$ex.clang")
  printf '| %s | %d (%d-%d) | %d (%d-%d) | %d (%d-%d) | %.2fx | %.2fx | %d / %d / %d |\n' "$ex" "$bm" "$bmin" "$bmax" "$am" "$amin" "$amax" \
    "$cm" "$cmin" "$cmax" "$(echo "$bm / $cm" | bc -l)" "$(echo "$am / $cm" | bc -l)" "$bc" "$ac" "$cc"
done
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg); $runs rounds per example"
