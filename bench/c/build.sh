#!/usr/bin/env bash
# Builds the hand-written C reference schedulers: bench/c/build.sh OUTDIR [EXAMPLE...]
# Writes OUTDIR/<example>_clang.bpf.o. vmlinux.h is generated once from the kit's kernel
# BTF with the host bpftool (bench/.cache, git-ignored) and rebuilt when the BTF changes.
# Environment: CLANG (default clang-14), MCPU (default v3: clang-14 knows no v4),
# SCHEDC_BENCH_BTF (default: the kit's linux-7.2.13.btf).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${1:?usage: build.sh OUTDIR [EXAMPLE...]}
shift
CLANG=${CLANG:-clang-14}
MCPU=${MCPU:-v3}
mkdir -p "$out"

vmlinux_dir() {
  local btf=${SCHEDC_BENCH_BTF:-$repo/../shared/kernel-kit/btf/linux-7.2.13.btf}
  local dir=$repo/bench/.cache/include
  [ -f "$btf" ] || { echo "bench: kernel BTF $btf not found (set SCHEDC_BENCH_BTF)" >&2; exit 1; }
  if [ ! -f "$dir/vmlinux.h" ] || [ "$btf" -nt "$dir/vmlinux.h" ]; then
    local bpftool
    bpftool=$(command -v bpftool || true)
    if [ -z "$bpftool" ] || ! "$bpftool" version >/dev/null 2>&1; then
      bpftool=$("$repo/tests/kernel/kit.sh" | sed -n 's/^bpftool=//p')
    fi
    mkdir -p "$dir"
    "$bpftool" btf dump file "$btf" format c > "$dir/vmlinux.h.tmp"
    mv "$dir/vmlinux.h.tmp" "$dir/vmlinux.h"
  fi
  printf '%s\n' "$dir"
}

command -v "$CLANG" >/dev/null || { echo "bench: $CLANG not found (apt-get install clang-14 llvm-14)" >&2; exit 1; }
inc=$(vmlinux_dir)
if [ $# -eq 0 ]; then
  set -- $(cd "$here" && ls *.bpf.c | sed 's/\.bpf\.c$//')
fi
for ex in "$@"; do
  # -Wno-missing-declarations: bpftool's vmlinux.h has empty forward declarations.
  "$CLANG" -O2 -g -target bpf -mcpu="$MCPU" -Wno-missing-declarations -I"$inc" \
    -c "$here/$ex.bpf.c" -o "$out/${ex}_clang.bpf.o"
done
