#!/bin/sh
# Simulator benchmark: 10 s of an 8-CPU machine with 64 tasks (examples/workloads/bench64.json), default policy
# examples/game.sched. Reports the instructions interpreted and the CPU time of the simulation itself: the user+sys
# time of the 10 s run minus that of a 1 ms run (JVM start-up, compiling the policy, loading the kernel BTF), so a
# busy shared machine does not distort it as wall time would. Needs compiler/cli/target/schedc.jar.
set -eu
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
POLICY="${1:-examples/game.sched}"
CPUS="${2:-8}"
cpu_of() { # cpu seconds of one run; its stdout to $tmp
    /usr/bin/time -f '%U %S %e' -o "$tmp.t" "$JAVA" -jar compiler/cli/target/schedc.jar sim "$POLICY" examples/workloads/bench64.json --cpus "$CPUS" --seconds "$1" > "$tmp"
    awk '{ printf "%.2f %.2f", $1 + $2, $3 }' "$tmp.t"
}
tmp=$(mktemp)
base=$(cpu_of 0.001)
full=$(cpu_of 10)
insns=$(sed -n 's/^instructions interpreted: //p' "$tmp")
head -2 "$tmp"
rm -f "$tmp" "$tmp.t"
echo "$base $full $insns" | awk '{ sim = $3 - $1; if (sim < 0.01) sim = 0.01;
    printf "start-up %.2f s cpu; 10 s simulated: %.2f s cpu (%.2f s wall incl. start-up), simulation alone %.2f s cpu; %d instructions, %.1f M insn/s\n",
        $1, $3, $4, sim, $5, $5 / sim / 1e6 }'
