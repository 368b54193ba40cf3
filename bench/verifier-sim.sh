#!/usr/bin/env bash
# verifier-sim benchmark: per-object verification time over the agreement corpus (tests/corpus/obj) and growth
# with program size on generated C programs (straight-line and branchy, 100..50k instructions, clang-14).
# Writes bench/results/verifier-sim.md (use --out - to print only).
# Usage: bench/verifier-sim.sh [-n RUNS] [--kernel 7.2.13] [--sizes "100 1000 ..."] [--out FILE|-]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
RUNS=5 KERNEL=7.2.13 SIZES="100 300 1000 3000 10000 30000 50000" OUT="$HERE/results/verifier-sim.md"
while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS=$2; shift 2 ;;
    --kernel) KERNEL=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) echo "usage: $0 [-n RUNS] [--kernel K] [--sizes LIST] [--out FILE|-]" >&2; exit 1 ;;
  esac
done
cd "$REPO"
. tools/find-jdk.sh >/dev/null
BTF=${SCHEDC_KERNEL_KIT:-$REPO/../shared/kernel-kit}/btf/linux-$KERNEL.btf
[ -f "$BTF" ] || { echo "kernel BTF $BTF missing" >&2; exit 1; }
./mvnw -B -ntp -q -o -pl verifier-sim compile >/dev/null
M2=${HOME}/.m2/repository/org/schedc
CP="$REPO/verifier-sim/target/classes:$M2/bpf-bytecode/0.1.0-SNAPSHOT/bpf-bytecode-0.1.0-SNAPSHOT.jar:$M2/bpf-object/0.1.0-SNAPSHOT/bpf-object-0.1.0-SNAPSHOT.jar"

# Generated programs: one enqueue callback of N/4 statements (about four instructions each).
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/synth"
"$REPO/tests/kernel/kit.sh" >/dev/null
. "$REPO/tests/kernel/lib.sh"
"$(host_bpftool)" btf dump file "$REPO/../shared/kernel-kit/btf/linux-7.2.13.btf" format c > "$tmp/vmlinux.h"
gen() { # kind size
  local kind=$1 n=$(( $2 / 4 )) i
  {
    echo '#include "vmlinux.h"'
    echo '#include <bpf/bpf_helpers.h>'
    echo '#include <bpf/bpf_tracing.h>'
    echo 'char _license[] SEC("license") = "GPL"; u64 g[16];'
    echo '#define __ksym __attribute__((section(".ksyms")))'
    echo 'extern void scx_bpf_dsq_insert(struct task_struct *p, u64 dsq_id, u64 slice, u64 enq_flags) __ksym;'
    echo 'SEC("struct_ops/b_enqueue") void BPF_PROG(b_enqueue, struct task_struct *p, u64 enq_flags) {'
    echo ' volatile u64 x = p->pid;'
    for ((i = 0; i < n; i++)); do
      if [ "$kind" = line ]; then echo " g[$((i % 16))] += x * $((i + 3));"
      else echo " if (x & $((1 << (i % 31)))) g[$((i % 16))] += $i; else g[$(((i + 1) % 16))] ^= $i;"; fi
    done
    echo ' scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags); }'
    echo 'SEC(".struct_ops.link") struct sched_ext_ops b_ops = { .enqueue = (void *)b_enqueue, .name = "bench" };'
  } > "$tmp/$kind.c"
  clang-14 -O2 -g -target bpf -mcpu=v3 -Wno-missing-declarations -I"$tmp" -c "$tmp/$kind.c" -o "$tmp/synth/$(printf 'synth_%s_%05d' "$kind" "$2").bpf.o"
}
for s in $SIZES; do gen line "$s"; gen branchy "$s"; done

report=$("$JAVA_HOME/bin/java" -cp "$CP" "$HERE/verifier-sim/VerifierSimBench.java" "$BTF" "$KERNEL" "$RUNS" "$REPO/tests/corpus/obj" "$tmp/synth")
{
  echo "# verifier-sim benchmark"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) CPUs shared, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), one JVM, JIT warmed up by three passes over all objects."
  echo "Times are for \`VerifierSim.verify\` on the whole object (all its programs), excluding JVM start and BTF parsing."
  echo
  echo "$report"
} > "$tmp/out.md"
if [ "$OUT" = - ]; then cat "$tmp/out.md"; else mkdir -p "$(dirname "$OUT")"; cp "$tmp/out.md" "$OUT"; cat "$OUT"; fi
