#!/usr/bin/env bash
# Rebuilds the verifier agreement corpus into obj/ (commit the results):
#   1. clang-14 objects listed in cases.txt (sources in src/),
#   2. schedc objects of examples/*.sched and tests/src/test/resources/policies/*.sched,
#   3. mutants of the schedc objects (tools/Mutator.java).
# Reproducible: fixed relative source paths, debug info stripped (BTF and line info stay),
# vmlinux.h generated from the kit's 7.2.13 BTF with the harness's bpftool.
# Usage: build.sh [clang|schedc|mutants]...   (default: all three)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
. "$REPO/tests/kernel/lib.sh"
OBJ="$HERE/obj"
WORK="$HERE/.build"
CLANG=${CLANG:-clang-14}
STRIP=${STRIP:-llvm-strip-14}
mkdir -p "$OBJ" "$WORK"

java_home() { (cd "$REPO" && . tools/find-jdk.sh >/dev/null 2>&1 && echo "$JAVA_HOME"); }

build_clang() {
  "$REPO/tests/kernel/kit.sh" >/dev/null
  local btf=${SCHEDC_CORPUS_BTF:-$KIT/btf/linux-7.2.13.btf}
  [ -f "$btf" ] || die "kernel BTF $btf not found (set SCHEDC_CORPUS_BTF)"
  "$(host_bpftool)" btf dump file "$btf" format c > "$WORK/vmlinux.h"
  printf '#define __ksym __attribute__((section(".ksyms")))\n#define __weak __attribute__((weak))\n' > "$WORK/defs.h"
  rm -f "$OBJ"/c_*.bpf.o
  local n=0 name src expect class flags
  while read -r name src expect class flags; do
    case "$name" in ''|'#'*) continue ;; esac
    # "--clang19" in the flags builds that case with clang-19 (kptr type tags and some kfunc externs need it, and
    # the real schedulers verifier-sim must handle are clang-19 builds); Debian ships it as clang-19
    local cc=$CLANG strip=$STRIP
    case " $flags " in *" --clang19 "*) cc=clang-19; strip=llvm-strip-19; flags=${flags/--clang19/} ;; esac
    # shellcheck disable=SC2086
    (cd "$HERE/src" && "$cc" -g -O2 -target bpf -mcpu=v3 -Wno-missing-declarations -Wno-unused-function \
        -I"$WORK" -include "$WORK/defs.h" $flags -c "$src" -o "$OBJ/$name.bpf.o") \
      || die "clang failed for $name"
    "$strip" -g "$OBJ/$name.bpf.o"
    n=$((n + 1))
  done < "$HERE/cases.txt"
  echo "clang objects: $n"
}

build_schedc() {
  local jh jar="$REPO/compiler/cli/target/schedc.jar"
  jh=$(java_home)
  [ -f "$jar" ] || die "$jar missing: build the compiler first"
  rm -f "$OBJ"/s_*.bpf.o
  local n=0 f base
  for f in "$REPO"/examples/*.sched "$REPO"/tests/src/test/resources/policies/*.sched; do
    base=$(basename "$f" .sched | tr -c 'a-zA-Z0-9_\n' '_')
    # A policy the current compiler refuses is reported and left out, not fatal: examples
    # are edited in parallel with the compiler.
    local suffix kargs
    for suffix in "" _k72 _k73; do
      case "$suffix" in _k72) kargs="-k 7.2.13" ;; _k73) kargs="-k 7.3.4" ;; *) kargs="" ;; esac
      # shellcheck disable=SC2086
      if "$jh/bin/java" --enable-native-access=ALL-UNNAMED -jar "$jar" compile $kargs "$f" -o "$OBJ/s_$base$suffix.bpf.o" >"$WORK/schedc.log" 2>&1; then
        n=$((n + 1))
      else
        echo "skipped $f ($kargs): $(head -n 1 "$WORK/schedc.log")" >&2
      fi
    done
  done
  echo "schedc objects: $n"
}

build_mutants() {
  local jh
  jh=$(java_home)
  rm -f "$OBJ"/m_*.bpf.o
  # The default-target schedc objects and three complete C schedulers are the mutation bases.
  "$jh/bin/java" "$HERE/tools/Mutator.java" "$OBJ" "$OBJ"/s_features.bpf.o "$OBJ"/s_fifo.bpf.o "$OBJ"/s_interactive.bpf.o "$OBJ"/s_simple.bpf.o "$OBJ"/c_sched_all.bpf.o "$OBJ"/c_sched_task_ctx.bpf.o
}

steps=("$@"); [ ${#steps[@]} -eq 0 ] && steps=(clang schedc mutants)
for s in "${steps[@]}"; do
  case "$s" in
    clang) build_clang ;;
    schedc) build_schedc ;;
    mutants) build_mutants ;;
    *) die "unknown step $s (clang|schedc|mutants)" ;;
  esac
done
ls "$OBJ"/*.bpf.o | wc -l | sed 's/^/corpus objects: /'
