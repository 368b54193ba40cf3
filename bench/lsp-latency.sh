#!/bin/sh
# Latency of diagnostics after an edit in `schedc lsp` (didChange -> publishDiagnostics), per example,
# with the default debounce and with none (the analysis alone). Writes bench/results/lsp.md.
# Usage: bench/lsp-latency.sh [EDITS]   (default 100 measured edits per file after 20 warm-up edits)
set -eu
cd "$(dirname "$0")/.."
. tools/find-jdk.sh
EDITS=${1:-100}
JAR=compiler/cli/target/schedc.jar
[ -f "$JAR" ] || ./mvnw -B -ntp -q -o -pl compiler -am install -DskipTests
OUT=bench/results/lsp.md
FILES=$(ls examples/*.sched)
run() { "$JAVA_HOME/bin/java" -cp "$JAR" bench/lsp-latency/LspLatency.java "$JAR" "$1" "$EDITS" $FILES; }
{
  echo "# schedc lsp: diagnostics latency after an edit"
  echo
  echo "Time from sending \`textDocument/didChange\` (full text) to receiving \`publishDiagnostics\` for that"
  echo "version, with the server as a separate process (\`java -jar schedc.jar lsp\`) over pipes, as an editor"
  echo "runs it. Edits alternate between the example and a copy with a type error (so both the clean path and"
  echo "the partial re-check for hover run); $EDITS measured edits per file after 20 warm-up edits."
  echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), shared with other jobs; $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)."
  echo "Date: $(date -u +%Y-%m-%d)."
  echo
  echo "## With the default debounce (150 ms of quiet after the last edit)"
  echo
  run 150
  echo
  echo "## Without debounce (\`--debounce-ms 0\`): the analysis itself (parse, check per kernel, lint, publish)"
  echo
  run 0
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
cat "$OUT"
