#!/usr/bin/env bash
# Schema (KABI) load time per bundled kernel and, for comparison, per full kernel BTF from the kit.
# Usage: bench/kabi-load.sh [FULL_BTF...]   (writes bench/results/kabi-load.md)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/tools/find-jdk.sh"
jar="${SCHEDC_JAR:-$here/compiler/cli/target/schedc.jar}"
[ -f "$jar" ] || (cd "$here" && ./mvnw -B -ntp -q install -DskipTests)
full=("$@")
if [ ${#full[@]} -eq 0 ] && [ -d "$here/../shared/kernel-kit/btf" ]; then full=("$here"/../shared/kernel-kit/btf/*.btf); fi
out="$here/bench/results/kabi-load.md"
{
  echo "# KABI schema load time ($(date -u +%Y-%m-%d), $(nproc) cores)"
  echo
  echo '```'
  "$JAVA_HOME/bin/java" -XX:+UseSerialGC -cp "$jar" "$here/bench/KabiLoadBench.java" "${full[@]}"
  echo '```'
  echo
  echo "Bundled snapshot sizes (bytes):"
  echo
  for f in "$here"/bpf-backend/kabi/src/main/resources/org/schedc/kabi/*.btf; do echo "- $(basename "$f"): $(stat -c %s "$f")"; done
} | tee "$out"
