#!/usr/bin/env bash
# schedc benchmark: per example, whole-process compile wall time of `./schedc compile` vs
# clang compiling the hand-written C equivalent (bench/c), BPF instructions per program of
# both objects, and optionally the verifier's processed-insns counts from a kernel batch.
# Prints a markdown report and writes it to bench/results/latest.md. See bench/README.md.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: bench/run.sh [options]
  -n N                   timed runs per compiler and example (default 7)
  --examples "A B"       examples to run (default: every bench/c/*.bpf.c with examples/*.sched)
  --clang CMD            reference compiler (default clang-14)
  --mcpu V               its -mcpu (default v3: clang-14 has no v4)
  --v4-clang CMD         also count insns of CMD -mcpu=v4 objects (e.g. clang-19), untimed
  --kernel VERSION       run tests/kernel/run-batch.sh on both objects with VERSION (repeatable)
  --verifier FILE        use an existing batch result of those objects (repeatable)
  --workload-seconds S   workload per object for --kernel (default 3)
  --objects DIR          keep the objects here (default: a temporary directory)
  --out FILE             report file (default bench/results/latest.md; "-" = stdout only)
USAGE
}

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
runs=7
examples=""
clang=clang-14
mcpu=v3
v4_clang=""
kernels=()
verifier_files=()
workload=3
objdir=""
out="$here/results/latest.md"

while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    --examples) examples=$2; shift 2 ;;
    --clang) clang=$2; shift 2 ;;
    --mcpu) mcpu=$2; shift 2 ;;
    --v4-clang) v4_clang=$2; shift 2 ;;
    --kernel) kernels+=("$2"); shift 2 ;;
    --verifier) verifier_files+=("$(readlink -f "$2")"); shift 2 ;;
    --workload-seconds) workload=$2; shift 2 ;;
    --objects) objdir=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; usage >&2; exit 1 ;;
  esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench: -n needs a positive integer" >&2; exit 1; }

cd "$repo"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "$objdir" ]; then objdir=$tmp/objects; fi
mkdir -p "$objdir"
objdir=$(readlink -f "$objdir")

# Tools. The brief allows installing the reference compiler when it is missing.
objdump=llvm-objdump-14
command -v "$objdump" >/dev/null || objdump=llvm-objdump
if ! command -v "$clang" >/dev/null && [ "$clang" = clang-14 ] && [ "$(id -u)" = 0 ]; then
  echo "bench: installing clang-14 and llvm-14 with apt-get" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang-14 llvm-14 >&2
fi
command -v "$clang" >/dev/null || { echo "bench: $clang not found" >&2; exit 1; }
command -v "$objdump" >/dev/null || { echo "bench: llvm-objdump not found" >&2; exit 1; }

if [ -z "$examples" ]; then
  for c in "$here"/c/*.bpf.c; do
    ex=$(basename "$c" .bpf.c)
    [ -f "examples/$ex.sched" ] && examples="$examples $ex"
  done
fi
examples=$(echo $examples)
[ -n "$examples" ] || { echo "bench: no examples" >&2; exit 1; }

# Build schedc (and its startup cache) and vmlinux.h before anything is timed.
echo "bench: preparing schedc, vmlinux.h and the C objects" >&2
if ! ./schedc --version >/dev/null; then
  # A colleague's half-done change must not stop the benchmark of the last good jar.
  echo "bench: build failed; benchmarking the existing jar" >&2
  SCHEDC_NO_REBUILD=1 ./schedc --version >/dev/null
fi
CLANG=$clang MCPU=$mcpu "$here/c/build.sh" "$objdir" $examples
inc=$repo/bench/.cache/include
jar=compiler/cli/target/schedc.jar
jar_stamp() { stat -c '%Y %s' "$jar"; }
jar_before=$(jar_stamp)

now_ns() { date +%s%N; }
# cpu_ms FILE: user+sys milliseconds of finished children in a saved `times` output.
# (`times` must run in this shell: a $(...) subshell has no finished children.)
cpu_ms() {
  tail -n 1 "$1" | awk '{ s = 0
    for (i = 1; i <= 2; i++) { split($i, b, "m"); sub(/s$/, "", b[2]); s += b[1] * 60 + b[2] }
    printf "%.0f\n", s * 1000 }'
}
# time_ms CMD...: "<wall ms> <cpu ms>" of one whole process; fails loudly. CPU time (user +
# sys) suffers less than wall time from the other engineers' load on this machine.
time_ms() {
  local s e c0 c1
  times >"$tmp/times0"
  s=$(now_ns)
  if ! "$@" >"$tmp/cmd.out" 2>&1; then
    echo "bench: command failed: $*" >&2; cat "$tmp/cmd.out" >&2; exit 1
  fi
  e=$(now_ns)
  times >"$tmp/times1"
  c0=$(cpu_ms "$tmp/times0"); c1=$(cpu_ms "$tmp/times1")
  awk -v d=$((e - s)) -v c=$((c1 - c0)) 'BEGIN { printf "%.1f %d\n", d / 1e6, c }'
}
# stats COLUMN: reads "wall cpu" lines, prints "median min max" of that column.
stats() { awk -v k="$1" '{ print $k }' | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f %.0f %.0f\n", m, v[1], v[NR] }'; }

# SCHEDC_NO_REBUILD: the launcher still checks the sources (that cost is timed) but does
# not rebuild when a colleague edits them mid-run.
schedc_compile() { SCHEDC_NO_REBUILD=1 ./schedc compile "examples/$1.sched" -o "$objdir/$1_schedc.bpf.o"; }
clang_compile() {
  "$clang" -O2 -g -target bpf -mcpu="$mcpu" -Wno-missing-declarations -I"$inc" \
    -c "$here/c/$1.bpf.c" -o "$objdir/$1_clang.bpf.o"
}

# Timing: one untimed warm-up each, then alternate the two compilers so that load
# changes on this shared machine hit both alike.
for ex in $examples; do
  echo "bench: timing $ex ($runs runs each)" >&2
  time_ms schedc_compile "$ex" >/dev/null
  time_ms clang_compile "$ex" >/dev/null
  : >"$tmp/$ex.schedc.ms"; : >"$tmp/$ex.clang.ms"
  for _ in $(seq "$runs"); do
    time_ms schedc_compile "$ex" >>"$tmp/$ex.schedc.ms"
    time_ms clang_compile "$ex" >>"$tmp/$ex.clang.ms"
  done
done
jar_changed=""
[ "$(jar_stamp)" = "$jar_before" ] || jar_changed=yes

if [ -n "$v4_clang" ]; then
  for ex in $examples; do
    "$v4_clang" -O2 -g -target bpf -mcpu=v4 -Wno-missing-declarations -I"$inc" \
      -c "$here/c/$ex.bpf.c" -o "$tmp/${ex}_clangv4.bpf.o"
  done
fi

# insns OBJ: "<program> <slots>" per code section. A program is named by its callback
# (section struct_ops/<cb> or struct_ops.s/<cb>); other code sections keep their name.
# Slots are 8-byte instructions as the kernel counts them: ld_imm64 (opcode 0x18) is 2.
insns() {
  "$objdump" -d "$1" | awk -F'\t' '
    /^Disassembly of section / { sec = $0; sub(/^Disassembly of section /, "", sec); sub(/:$/, "", sec)
                                 sub(/^struct_ops(\.s)?\//, "", sec); order[++k] = sec; n[sec] = 0; next }
    /^ *[0-9]+:\t/ { n[sec] += (substr($2, 1, 2) == "18") ? 2 : 1 }
    END { for (i = 1; i <= k; i++) print order[i], n[order[i]] }'
}
# progmap OBJ: "<function symbol> <callback>" for the verifier results.
progmap() {
  "$objdump" -t "$1" | awk '$3 == "F" { sec = $4; sub(/^struct_ops(\.s)?\//, "", sec); print $NF, sec }'
}
# lookup FILE KEY: second field of the line whose first field is KEY ("-" if none).
lookup() { awk -v k="$2" '$1 == k { print $2; f = 1; exit } END { if (!f) print "-" }' "$1"; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%+.1f%%\n", (a - b) * 100 / b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2fx\n", a / b }'; }

for ex in $examples; do
  insns "$objdir/${ex}_schedc.bpf.o" >"$tmp/$ex.schedc.insns"
  insns "$objdir/${ex}_clang.bpf.o" >"$tmp/$ex.clang.insns"
  [ -n "$v4_clang" ] && insns "$tmp/${ex}_clangv4.bpf.o" >"$tmp/$ex.clangv4.insns"
done

# Kernel batches on exactly these objects (names without dots: bpffs refuses them as pins).
for k in ${kernels[@]+"${kernels[@]}"}; do
  echo "bench: kernel batch on $k" >&2
  res=$tmp/batch-$k.txt
  tests/kernel/run-batch.sh "$k" "$objdir" "$res" --workload-seconds "$workload" >&2
  verifier_files+=("$res")
done

# verifier RESULT OBJNAME: "<callback> <processed insns>" from one batch result.
verifier() {
  awk -v obj="$2" '
    $1 == "OBJECT" { inobj = ($2 == obj); next }
    $1 == "END" { inobj = 0; next }
    !inobj { next }
    /^LOG libbpf: prog .*BEGIN PROG LOAD LOG/ { p = $4; gsub(/[\x27:]/, "", p); next }
    /^LOG processed [0-9]+ insns/ { if (p != "") print p, $3; p = "" }' "$1"
}
# kernel_verdict RESULT OBJNAME: one-line load/run summary from the batch result.
kernel_verdict() {
  awk -v obj="$2" '
    $1 == "OBJECT" { inobj = ($2 == obj); next }
    $1 == "END" && inobj { inobj = 0; seen = 1 }
    !inobj { next }
    $1 == "register_rc" { rc = $2 } $1 == "state_after_load" { st = $2 }
    $1 == "workload_done" { wd = $2 } $1 == "state_after_workload" { sa = $2 }
    /^DMESG .*(error|runnable task stall|invalid)/ { err = 1 }
    END { if (!seen) { print "not in batch"; exit }
          printf "register_rc %s, %s, workload %s, after workload %s%s\n", rc, st, wd, sa, err ? ", sched_ext error in dmesg" : "" }' "$1"
}
# same_object RESULT OBJNAME: a warning when the batch loaded another build of the object.
same_object() {
  local want got
  want=$(sha256sum "$objdir/$2.bpf.o" | cut -d' ' -f1)
  got=$(awk -v obj="$2" '$1 == "OBJECT" && $2 == obj { sub(/^sha256=/, "", $3); print $3; exit }' "$1")
  [ -z "$got" ] || [ "$got" = "$want" ] || echo " (WARNING: the batch loaded a different build of this object)"
}
batch_kernel() { awk '$1 == "HOST" && $2 == "kernel" { print $3; exit }' "$1"; }

report() {
  local clang_label="$clang -O2 -mcpu=$mcpu"
  echo "# schedc benchmark"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) CPUs, $(uname -m), load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- schedc: commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -n "$(git status --porcelain 2>/dev/null | head -1)" ] && echo ' + uncommitted changes'), $(. tools/find-jdk.sh && "$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), AOT cache $( [ -n "$(ls compiler/cli/target/aot/*.aot 2>/dev/null)" ] && echo present || echo absent)"
  echo "- reference: $("$clang" --version | head -n 1), C sources in bench/c, vmlinux.h from the 7.2.13 BTF"
  echo "- runs: $runs per compiler and example, alternating, after one warm-up each"
  [ -n "$jar_changed" ] && echo "- WARNING: schedc.jar changed during the timed runs (someone rebuilt it); times are suspect"
  echo
  echo "## Compile wall time (ms, whole process)"
  echo
  echo "| example | schedc median | schedc min-max | clang median | clang min-max | schedc/clang | schedc cpu | clang cpu |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  local ex s c sm smin smax cm cmin cmax scpu ccpu
  for ex in $examples; do
    read -r sm smin smax < <(stats 1 <"$tmp/$ex.schedc.ms")
    read -r cm cmin cmax < <(stats 1 <"$tmp/$ex.clang.ms")
    read -r scpu _ _ < <(stats 2 <"$tmp/$ex.schedc.ms")
    read -r ccpu _ _ < <(stats 2 <"$tmp/$ex.clang.ms")
    echo "| $ex | $sm | $smin-$smax | $cm | $cmin-$cmax | $(ratio "$sm" "$cm") | $scpu | $ccpu |"
  done
  echo
  echo "Wall times are medians (and range) of whole processes; cpu is the median user+sys ms."
  echo
  echo "## BPF instructions per program (8-byte slots; ld_imm64 counts 2)"
  echo
  if [ -n "$v4_clang" ]; then
    echo "| example | program | schedc | $clang_label | diff | $v4_clang -mcpu=v4 | diff v4 |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
  else
    echo "| example | program | schedc | $clang_label | diff |"
    echo "| --- | --- | ---: | ---: | ---: |"
  fi
  for ex in $examples; do
    local progs st=0 ct=0 vt=0
    progs=$(cat "$tmp/$ex.schedc.insns" "$tmp/$ex.clang.insns" | awk '!seen[$1]++ { print $1 }')
    for p in $progs; do
      s=$(lookup "$tmp/$ex.schedc.insns" "$p"); c=$(lookup "$tmp/$ex.clang.insns" "$p")
      [ "$s" = - ] || st=$((st + s)); [ "$c" = - ] || ct=$((ct + c))
      if [ -n "$v4_clang" ]; then
        local v; v=$(lookup "$tmp/$ex.clangv4.insns" "$p"); [ "$v" = - ] || vt=$((vt + v))
        echo "| $ex | $p | $s | $c | $(pct "$s" "$c") | $v | $(pct "$s" "$v") |"
      else
        echo "| $ex | $p | $s | $c | $(pct "$s" "$c") |"
      fi
    done
    if [ -n "$v4_clang" ]; then
      echo "| $ex | **total** | **$st** | **$ct** | **$(pct "$st" "$ct")** | **$vt** | **$(pct "$st" "$vt")** |"
    else
      echo "| $ex | **total** | **$st** | **$ct** | **$(pct "$st" "$ct")** |"
    fi
  done
  local f
  for f in ${verifier_files[@]+"${verifier_files[@]}"}; do
    local kv; kv=$(batch_kernel "$f")
    echo
    echo "## Verifier processed insns, kernel ${kv:-?} ($(basename "$f"))"
    echo
    echo "| example | program | schedc | clang | diff |"
    echo "| --- | --- | ---: | ---: | ---: |"
    for ex in $examples; do
      verifier "$f" "${ex}_schedc" >"$tmp/v.s.raw"; verifier "$f" "${ex}_clang" >"$tmp/v.c.raw"
      # Map program (function) names to callbacks through each object's symbol table.
      progmap "$objdir/${ex}_schedc.bpf.o" >"$tmp/m.s"; progmap "$objdir/${ex}_clang.bpf.o" >"$tmp/m.c"
      awk 'NR == FNR { cb[$1] = $2; next } { print (($1 in cb) ? cb[$1] : $1), $2 }' "$tmp/m.s" "$tmp/v.s.raw" >"$tmp/v.s"
      awk 'NR == FNR { cb[$1] = $2; next } { print (($1 in cb) ? cb[$1] : $1), $2 }' "$tmp/m.c" "$tmp/v.c.raw" >"$tmp/v.c"
      for p in $(cat "$tmp/v.s" "$tmp/v.c" | awk '!seen[$1]++ { print $1 }'); do
        s=$(lookup "$tmp/v.s" "$p"); c=$(lookup "$tmp/v.c" "$p")
        echo "| $ex | $p | $s | $c | $(pct "$s" "$c") |"
      done
    done
    echo
    echo "Kernel check of the objects:"
    echo
    local o
    for ex in $examples; do
      for o in "${ex}_schedc" "${ex}_clang"; do
        echo "- $o: $(kernel_verdict "$f" "$o")$(same_object "$f" "$o")"
      done
    done
  done
}

report >"$tmp/report.md"
cat "$tmp/report.md"
if [ "$out" != - ]; then
  mkdir -p "$(dirname "$out")"
  cp "$tmp/report.md" "$out"
  echo "bench: wrote $out" >&2
fi
