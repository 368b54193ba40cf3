#!/usr/bin/env bash
# Rebuilds the committed reference objects (needs clang-14 and libbpf-dev headers;
# the tests themselves only use the committed .bpf.o files).
# vmlinux.h is generated from the 7.2.13 BTF by the host bpftool that kit.sh extracts.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib.sh"
"$HARNESS_DIR/kit.sh" >/dev/null
first=$(manifest_kernels | awk '{print $1}')
btf=${SCHEDC_REFERENCE_BTF:-$KIT/btf/linux-$first.btf}
[ -f "$btf" ] || die "kernel BTF $btf not found (set SCHEDC_REFERENCE_BTF)"
CLANG=${CLANG:-clang-14}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$(host_bpftool)" btf dump file "$btf" format c > "$tmp/vmlinux.h"
# The kfunc prototypes in the generated header use these markers.
cat > "$tmp/defs.h" <<'DEFS'
#define __ksym __attribute__((section(".ksyms")))
#define __weak __attribute__((weak))
DEFS
build() {
  "$CLANG" -g -O2 -target bpf -mcpu=v3 -Wno-missing-declarations -I"$tmp" -include "$tmp/defs.h" "$@"
}
build -c "$HERE/harness_ref.bpf.c" -o "$HERE/harness_ref.bpf.o"
build -DHARNESS_REF_BAD -c "$HERE/harness_ref.bpf.c" -o "$HERE/harness_ref_bad.bpf.o"
# Debug info would make the objects needlessly large in git; BTF stays.
llvm-strip-14 -g "$HERE/harness_ref.bpf.o" "$HERE/harness_ref_bad.bpf.o" 2>/dev/null || true
"$(host_bpftool)" -d gen skeleton "$HERE/harness_ref.bpf.o" >/dev/null 2>"$tmp/skel.log" || { cat "$tmp/skel.log" >&2; die "libbpf cannot open harness_ref.bpf.o"; }
ls -l "$HERE"/*.bpf.o
