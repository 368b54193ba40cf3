#!/usr/bin/env bash
# Where does `./schedc` spend its startup? bench/startup.sh [-n N] [EXAMPLE]
# Times (whole process, median and min of N, ms) each layer on its own, alternating the
# stages in every round so that load changes on a shared machine hit all of them alike.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
runs=9
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
example=${1:-interactive}
cd "$repo"
SCHEDC_NO_REBUILD=0 ./schedc --version >/dev/null  # build and train the AOT cache first
. tools/find-jdk.sh
java=$JAVA_HOME/bin/java
aot=$(ls compiler/cli/target/aot/*.aot 2>/dev/null | head -n 1 || true)
[ -n "$aot" ] || { echo "startup: no AOT cache under compiler/cli/target/aot" >&2; exit 1; }
# The cache is for the launcher's prelinked copy of the jar when there is one (the JVM ignores a cache
# made for another jar); the plain rows run the same jar, so that only the cache differs.
jar=${aot%.aot}.jar
[ -f "$jar" ] || jar=compiler/cli/target/schedc.jar
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED"
aotflags="-XX:AOTCache=$aot -Xlog:aot=off -Xlog:cds=off"
src=examples/$example.sched

stages=(
  "tools/find-jdk.sh, JAVA_HOME unset (one JVM per candidate)|env -u JAVA_HOME bash -c '. tools/find-jdk.sh'"
  "tools/find-jdk.sh, JAVA_HOME set|bash -c '. tools/find-jdk.sh'"
  "JVM only (java -version)|$java $flags -Xshare:auto -version"
  "picocli (--version), plain|$java $flags -Xshare:auto -jar $jar --version"
  "picocli (--version), AOT|$java $flags $aotflags -jar $jar --version"
  "KABI listing (kernels), AOT|$java $flags $aotflags -jar $jar kernels"
  "compile $example, java plain|$java $flags -Xshare:auto -jar $jar compile $src -o $tmp/a.o"
  "compile $example, java AOT|$java $flags $aotflags -jar $jar compile $src -o $tmp/a.o"
  "./schedc compile, SCHEDC_AOT=0|env SCHEDC_NO_REBUILD=1 SCHEDC_AOT=0 ./schedc compile $src -o $tmp/a.o"
  "./schedc compile|env SCHEDC_NO_REBUILD=1 ./schedc compile $src -o $tmp/a.o"
)
for i in "${!stages[@]}"; do : >"$tmp/$i"; done
for _ in $(seq "$runs"); do
  for i in "${!stages[@]}"; do
    cmd=${stages[$i]#*|}
    s=$(date +%s%N)
    bash -c "$cmd" >/dev/null 2>&1 || { echo "startup: failed: $cmd" >&2; exit 1; }
    e=$(date +%s%N)
    echo $(((e - s) / 1000000)) >>"$tmp/$i"
  done
done
printf '| stage | median ms | min ms |\n| --- | ---: | ---: |\n'
for i in "${!stages[@]}"; do
  sort -n "$tmp/$i" | awk -v l="${stages[$i]%%|*}" '{ v[NR] = $1 } END { printf "| %s | %d | %d |\n", l, v[int((NR + 1) / 2)], v[1] }'
done
