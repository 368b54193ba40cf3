# Shared helpers for the kernel harness scripts; sourced, not run.
# Why one file: the manifest, cache layout and error style must agree between kit.sh and run-batch.sh.

HARNESS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HARNESS_DIR/../.." && pwd)
MANIFEST="$HARNESS_DIR/kernels.properties"
CACHE=${SCHEDC_KERNEL_CACHE:-$REPO/.kernel-cache}
# SCHEDC_KERNEL_KIT=none hides the shared kit (forces the download path).
KIT=${SCHEDC_KERNEL_KIT:-$REPO/../shared/kernel-kit}

die() { echo "schedc-kernel: error: $*" >&2; exit 1; }
note() { echo "schedc-kernel: $*" >&2; }

# prop KEY: value of KEY in the manifest (empty when absent).
prop() {
  local key=$1
  sed -n "s/^${key//./\\.}=//p" "$MANIFEST" | head -n 1
}
require_prop() {
  local v; v=$(prop "$1")
  [ -n "$v" ] || die "manifest $MANIFEST has no '$1'"
  printf '%s\n' "$v"
}

manifest_kernels() { require_prop kernels; }

is_known_kernel() {
  local k
  for k in $(manifest_kernels); do [ "$k" = "$1" ] && return 0; done
  return 1
}

# Cache layout (kit.sh writes it, run-batch.sh reads it).
kernel_image() { printf '%s\n' "$CACHE/kernels/$1/vmlinuz"; }
host_bpftool() { printf '%s\n' "$CACHE/bpftool/usr/sbin/bpftool"; }
guest_busybox() { printf '%s\n' "$CACHE/busybox/bin/busybox"; }
