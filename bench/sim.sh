#!/bin/sh
# Simulator benchmark: 10 s of an 8-CPU machine with 64 tasks (examples/workloads/bench64.json) on the game policy.
# Reports wall time and instructions interpreted per second. Needs a built schedc.jar (compiler/cli/target).
set -eu
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
POLICY="${1:-examples/game.sched}"
start=$(date +%s.%N)
out=$("$JAVA" -jar compiler/cli/target/schedc.jar sim "$POLICY" examples/workloads/bench64.json --cpus 8 --seconds 10)
end=$(date +%s.%N)
insns=$(printf '%s\n' "$out" | sed -n 's/^instructions interpreted: //p')
echo "$out" | head -2
awk -v s="$start" -v e="$end" -v n="$insns" 'BEGIN { w = e - s; printf "wall %.2f s (incl. JVM start and compile), %d instructions, %.1f M insn/s\n", w, n, n / w / 1e6 }'
