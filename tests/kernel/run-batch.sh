#!/usr/bin/env bash
# Boots one kernel ONCE under qemu TCG and loads every OBJ_DIR/*.bpf.o in it
# (see guest/init). Writes the guest's machine-readable blocks to RESULT_FILE,
# followed by "HOST ..." lines with host-side timings; the console goes to
# RESULT_FILE.console.
# Usage: run-batch.sh KERNEL_VERSION OBJ_DIR RESULT_FILE [--workload-seconds N] [--extra DIR]
# --extra DIR: DIR's contents are copied over the guest's root (tools a scenario needs).
# Exit: 0 batch complete, 1 bad usage/missing inputs, 3 guest failed or timed out.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { echo "usage: $0 KERNEL_VERSION OBJ_DIR RESULT_FILE [--workload-seconds N] [--extra DIR]" >&2; exit 1; }
[ $# -ge 3 ] || usage
KVER=$1 OBJ_DIR=$2 RESULT=$3; shift 3
WORKLOAD=${SCHEDC_WORKLOAD_SECONDS:-10}
EXTRA=""
while [ $# -gt 0 ]; do
  case $1 in
    --workload-seconds) [ $# -ge 2 ] || usage; WORKLOAD=$2; shift 2 ;;
    --extra) [ $# -ge 2 ] || usage; EXTRA=$2; shift 2 ;;
    *) usage ;;
  esac
done
[[ $WORKLOAD =~ ^[0-9]+$ ]] || die "workload seconds must be a whole number, got '$WORKLOAD'"
REGISTER_TIMEOUT=${SCHEDC_REGISTER_TIMEOUT:-90}
BOOT_TIMEOUT=${SCHEDC_BOOT_TIMEOUT:-120}
# A guest that writes nothing for this long is stuck inside one object.
OBJECT_TIMEOUT=${SCHEDC_OBJECT_TIMEOUT:-$((REGISTER_TIMEOUT + WORKLOAD + 90))}
LOG_LIMIT_BYTES=${SCHEDC_LOG_LIMIT_BYTES:-204800}
# Multi-threaded TCG races with the kernel's live text patching (static keys flipped when a
# scheduler is enabled): a vCPU can hit a stale int3 and the guest oopses. One TCG thread
# for both vCPUs is slower but deterministic; override with SCHEDC_QEMU_ACCEL=tcg.
ACCEL=${SCHEDC_QEMU_ACCEL:-tcg,thread=single}

is_known_kernel "$KVER" || die "unknown kernel '$KVER' (manifest lists: $(manifest_kernels))"
[ -d "$OBJ_DIR" ] || die "object dir $OBJ_DIR does not exist"
[ -z "$EXTRA" ] || [ -d "$EXTRA" ] || die "extra dir $EXTRA does not exist"
QEMU=${SCHEDC_QEMU:-qemu-system-x86_64}
for tool in "$QEMU" cpio gzip ldd; do
  command -v "$tool" >/dev/null || die "'$tool' is missing; kernel tests need qemu-system-x86 and cpio installed"
done

"$HARNESS_DIR/kit.sh" >/dev/null
VMLINUZ=$(kernel_image "$KVER")
[ -f "$VMLINUZ" ] || die "kit.sh did not produce $VMLINUZ"

mapfile -t OBJECTS < <(cd "$OBJ_DIR" && ls -1 -- *.bpf.o 2>/dev/null | LC_ALL=C sort)
[ ${#OBJECTS[@]} -gt 0 ] || die "no *.bpf.o in $OBJ_DIR"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/schedc-batch.XXXXXX")
QEMU_PID=""
cleanup() {
  if [ -n "$QEMU_PID" ] && kill -0 "$QEMU_PID" 2>/dev/null; then kill "$QEMU_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- initramfs ---------------------------------------------------------------
ROOT="$WORK/root"
mkdir -p "$ROOT"/{bin,sbin,usr/sbin,proc,sys,dev,tmp,objects,lib64,lib/x86_64-linux-gnu}
cp "$(guest_busybox)" "$ROOT/bin/busybox"
for applet in $("$ROOT/bin/busybox" --list); do
  [ -e "$ROOT/bin/$applet" ] || ln -s busybox "$ROOT/bin/$applet"
done
cp "$(host_bpftool)" "$ROOT/usr/sbin/bpftool"
# bpftool is dynamic: copy exactly the libraries the host's loader resolves for it.
while read -r lib; do
  case $lib in
    */ld-linux-x86-64.so.2) cp -L "$lib" "$ROOT/lib64/ld-linux-x86-64.so.2" ;;
    *) cp -L "$lib" "$ROOT/lib/x86_64-linux-gnu/" ;;
  esac
done < <(ldd "$(host_bpftool)" | awk '/=> \// {print $3} /^[ \t]*\/[^ ]*ld-linux/ {print $1}')
for lib in libelf.so.1 libz.so.1 libcap.so.2 libc.so.6; do
  [ -f "$ROOT/lib/x86_64-linux-gnu/$lib" ] || die "host lacks $lib for the guest's bpftool (install libelf1 libcap2 zlib1g)"
done
[ -f "$ROOT/lib64/ld-linux-x86-64.so.2" ] || die "host lacks /lib64/ld-linux-x86-64.so.2"
for o in "${OBJECTS[@]}"; do
  cp "$OBJ_DIR/$o" "$ROOT/objects/"
  for ext in expect scenario; do
    e="$OBJ_DIR/${o%.bpf.o}.$ext"
    [ -f "$e" ] && cp "$e" "$ROOT/objects/"
  done
done
[ -z "$EXTRA" ] || cp -a "$EXTRA/." "$ROOT/"
cat > "$ROOT/harness.conf" <<CONF
WORKLOAD_SECONDS=$WORKLOAD
REGISTER_TIMEOUT=$REGISTER_TIMEOUT
LOG_LIMIT_BYTES=$LOG_LIMIT_BYTES
CONF
install -m 0755 "$HARNESS_DIR/guest/init" "$ROOT/init"
(cd "$ROOT" && find . | LC_ALL=C sort | cpio -o -H newc --quiet | gzip -1) > "$WORK/initrd.cpio.gz"

# ---- boot ----------------------------------------------------------------------
RAW="$WORK/results.raw"
CONSOLE="$RESULT.console"
mkdir -p "$(dirname "$RESULT")"
: > "$RAW"
start=$(date +%s)
"$QEMU" -accel "$ACCEL" -cpu max -m 2048 -smp 2 -no-reboot \
  -display none -monitor none -parallel none -nic none \
  -serial "file:$CONSOLE" -serial "file:$RAW" \
  -kernel "$VMLINUZ" -initrd "$WORK/initrd.cpio.gz" \
  -append "console=ttyS0 quiet panic=-1" </dev/null >"$WORK/qemu.out" 2>&1 &
QEMU_PID=$!

failure=""
boot_seconds=""
last_size=0 last_change=$start
n=${#OBJECTS[@]}
GLOBAL_TIMEOUT=${SCHEDC_BATCH_TIMEOUT:-$((BOOT_TIMEOUT + n * OBJECT_TIMEOUT))}
while kill -0 "$QEMU_PID" 2>/dev/null; do
  sleep 1
  now=$(date +%s)
  size=$(stat -c %s "$RAW")
  if [ "$size" != "$last_size" ]; then last_size=$size; last_change=$now; fi
  if [ -z "$boot_seconds" ] && grep -q '^BATCH_BEGIN' "$RAW"; then boot_seconds=$((now - start)); fi
  if [ -z "$boot_seconds" ] && [ $((now - start)) -ge "$BOOT_TIMEOUT" ]; then
    failure="guest did not start the batch within ${BOOT_TIMEOUT}s (boot hung?)"; break
  fi
  if [ -n "$boot_seconds" ] && [ $((now - last_change)) -ge "$OBJECT_TIMEOUT" ]; then
    done_n=$(grep -c '^END ' "$RAW" || true)
    failure="guest made no progress for ${OBJECT_TIMEOUT}s while loading ${OBJECTS[$done_n]:-?} (object $((done_n + 1)) of $n)"; break
  fi
  if [ $((now - start)) -ge "$GLOBAL_TIMEOUT" ]; then
    failure="batch exceeded the global timeout of ${GLOBAL_TIMEOUT}s"; break
  fi
done
if [ -n "$failure" ]; then
  kill "$QEMU_PID" 2>/dev/null || true
fi
wait "$QEMU_PID" 2>/dev/null || true
QEMU_PID=""
end=$(date +%s)

tr -d '\r' < "$RAW" > "$RESULT"
{
  echo "HOST kernel $KVER"
  echo "HOST wall_seconds $((end - start))"
  echo "HOST boot_seconds ${boot_seconds:--}"
  echo "HOST objects $n"
  [ -n "$failure" ] && echo "HOST failure $failure"
} >> "$RESULT"
if [ -z "$failure" ] && ! grep -q '^BATCH_END' "$RESULT"; then
  failure="guest stopped before finishing the batch (qemu: $(tr '\n' ' ' < "$WORK/qemu.out" | cut -c1-300))"
  echo "HOST failure $failure" >> "$RESULT"
fi
if [ -n "$failure" ]; then
  echo "schedc-kernel: $KVER: $failure; console tail:" >&2
  tail -n 30 "$CONSOLE" >&2 || true
  exit 3
fi
note "$KVER: $n object(s) in $((end - start))s (boot ${boot_seconds}s)"
