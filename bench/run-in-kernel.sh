#!/bin/sh
# Issue 12's measurements, side by side in the same boot of each test kernel (qemu TCG guests through the kernel
# harness): load-to-enabled of 'schedc run' vs 'bpftool struct_ops register' per example (JVM start reported
# apart), the hot-upgrade gap (median and max over 10 upgrades of game under load), the restart after a CPU
# hot-unplug and the switch to --fallback. They come from RunInKernelTest, which CI runs too; this script runs
# only it and keeps its measurement lines in bench/results/run-in-kernel.txt. Needs what the kernel tests need
# (qemu, the kernel kit) and an installed build (./mvnw install -DskipTests). Takes about 10 minutes.
set -eu
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
out=bench/results/run-in-kernel.txt
log=$(mktemp)
CI=true ./mvnw -B -ntp -o -pl tests verify -Dtest=RunInKernelTest -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || {
  echo "RunInKernelTest failed: see $log" >&2; exit 1; }
grep -E "^kernel [0-9.]+ (load-to-enabled|upgrade gap|upgrade:|hotplug:|fallback:)" "$log" > "$out.tmp"
[ -s "$out.tmp" ] || { echo "no measurements in $log" >&2; rm -f "$out.tmp"; exit 1; }
mv "$out.tmp" "$out"
rm -f "$log"
echo "wrote $out"
