#!/usr/bin/env bash
# Regenerates the bundled KABI snapshots from full kernel BTF (the kit's btf/ directory by default).
# Deterministic: running it again on the same inputs gives the same bytes.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
btf_dir="${1:-$here/../shared/kernel-kit/btf}"
out="$here/bpf-backend/kabi/src/main/resources/org/schedc/kabi"
while read -r version resource _; do
  case "$version" in ''|'#'*) continue ;; esac
  "$here/schedc" kabi-snapshot --btf "$btf_dir/$resource" -o "$out/$resource"
done < "$out/kernels.txt"
