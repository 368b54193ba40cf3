#!/usr/bin/env bash
# Prepares the kernel-test inputs in the cache dir: per kernel the bare vmlinuz,
# plus bpftool (host copy + guest files) and busybox-static.
# Source of packages: the shared kernel kit when present (SHA256SUMS verified),
# otherwise apt-get download with a private apt config derived from this
# machine's apt sources at run time.
# Stdout: machine-readable "key=path" lines; diagnostics go to stderr.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command -v dpkg-deb >/dev/null || die "dpkg-deb is missing (it unpacks the kernel packages)"
mkdir -p "$CACHE"
# Several test JVMs may prepare the cache at once; one at a time.
exec 9>"$CACHE/.kit.lock"
flock 9

kit_available() { [ "$KIT" != none ] && [ -f "$KIT/SHA256SUMS" ] && [ -d "$KIT/debs" ]; }

# ---- private apt (download path) ------------------------------------------
APT="$CACHE/apt"
APT_OPTS=()

# Prints "URI<TAB>SIGNED_BY" for every Debian archive entry of the machine's apt
# sources (one-line and deb822 formats). An entry counts when one of its suites is
# a plain Debian suite (codename, -updates or -backports); security archives are
# left out because they do not carry the kernels or tools.
machine_debian_mirrors() {
  local files=()
  [ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
  local f
  for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && files+=("$f")
  done
  [ ${#files[@]} -gt 0 ] || return 0
  awk '
    function debian_suite(s) {
      return s ~ /^(sid|unstable|testing|stable|oldstable|experimental|buster|bullseye|bookworm|trixie|forky|duke)(-updates|-backports)?$/
    }
    function flush(   i, n, u, s, ok) {
      if (is822 && types ~ /(^| )deb( |$)/) {
        ok = 0; n = split(suites, s, /[ \t]+/)
        for (i = 1; i <= n; i++) if (debian_suite(s[i])) ok = 1
        if (ok) { n = split(uris, u, /[ \t]+/); for (i = 1; i <= n; i++) if (u[i] != "") print u[i] "\t" signed }
      }
      types = ""; uris = ""; suites = ""; signed = ""
    }
    FNR == 1 { flush(); is822 = (FILENAME ~ /\.sources$/) }
    is822 {
      if ($0 ~ /^[ \t]*$/) { flush(); next }
      if ($0 ~ /^#/) next
      k = $1; sub(/:$/, "", k); v = $0; sub(/^[^:]*:[ \t]*/, "", v)
      if (k == "Types") types = v
      else if (k == "URIs") uris = v
      else if (k == "Suites") suites = v
      else if (k == "Signed-By") signed = v
      next
    }
    /^[ \t]*deb[ \t]/ {
      line = $0; opts = ""; signed = ""
      if (match(line, /\[[^]]*\]/)) {
        opts = substr(line, RSTART + 1, RLENGTH - 2); line = substr(line, 1, RSTART - 1) substr(line, RSTART + RLENGTH)
        if (match(opts, /signed-by=[^ \t]+/)) signed = substr(opts, RSTART + 10, RLENGTH - 10)
      }
      n = split(line, w, /[ \t]+/); i = 1; while (w[i] == "") i++
      if (debian_suite(w[i + 2])) print w[i + 1] "\t" signed
      signed = ""
    }
    END { flush() }
  ' "${files[@]}" | awk -F'\t' '!seen[$1]++'
}

apt_setup() {
  command -v apt-get >/dev/null || die "no shared kit and no apt-get: cannot obtain the kernel packages"
  local mirrors
  mirrors=$(machine_debian_mirrors)
  [ -n "$mirrors" ] || die "no shared kit ($KIT) and no Debian mirror found in /etc/apt/sources.list{,.d/*} to download from"
  mkdir -p "$APT/state/lists/partial" "$APT/cache/archives/partial" "$APT/sources.list.d" "$APT/preferences.d"
  : > "$APT/state/status"
  : > "$APT/preferences"
  local suites uri signed suite opt
  suites=$(require_prop apt.suites)
  {
    while IFS=$'\t' read -r uri signed; do
      opt=""
      [ -n "$signed" ] && opt="[signed-by=$signed] "
      for suite in $suites; do echo "deb ${opt}${uri} ${suite} main"; done
    done <<<"$mirrors"
  } > "$APT/sources.list"
  APT_OPTS=(
    -o "Dir::Etc::SourceList=$APT/sources.list"
    -o "Dir::Etc::SourceParts=$APT/sources.list.d"
    -o "Dir::Etc::Preferences=$APT/preferences"
    -o "Dir::Etc::PreferencesParts=$APT/preferences.d"
    -o "Dir::State=$APT/state"
    -o "Dir::State::Lists=$APT/state/lists"
    -o "Dir::State::status=$APT/state/status"
    -o "Dir::Cache=$APT/cache"
    -o "APT::Architecture=amd64"
    -o "Acquire::Languages=none"
    -o "APT::Sandbox::User=root"
    -o "Debug::NoLocking=true"
  )
  # obtain() runs in command substitutions, so remember the update in a file keyed by this run ($$ is the main shell's pid).
  [ "$(cat "$APT/.updated-by" 2>/dev/null)" = "$$" ] && return 0
  note "updating private apt lists ($(wc -l < "$APT/sources.list") sources from the machine's mirrors, suites: $suites)"
  # A suite that fails (e.g. a mirror without backports) must not hide the others;
  # a missing package is reported below by name.
  apt-get "${APT_OPTS[@]}" -q update >"$APT/update.log" 2>&1 || note "apt-get update reported errors (see $APT/update.log); continuing with what it fetched"
  echo "$$" > "$APT/.updated-by"
}

# download_deb SPEC NAME: apt-get download SPEC into the cache, prints the .deb path.
download_deb() {
  local spec=$1 name=$2
  mkdir -p "$CACHE/debs"
  rm -f "$CACHE/debs/${name}_"*.deb
  (cd "$CACHE/debs" && apt-get "${APT_OPTS[@]}" -q download "$spec" >&2) || return 1
  local f
  f=$(ls -1 "$CACHE/debs/${name}_"*.deb 2>/dev/null | head -n 1)
  [ -n "$f" ] || return 1
  printf '%s\n' "$f"
}

# ---- obtaining one package -------------------------------------------------
# obtain ITEM_KEY [SEARCH_REGEX]: prints "<deb path>\t<origin>" where origin says
# which package/version was used. ITEM_KEY is a manifest prefix (kernel.X, bpftool, busybox).
obtain() {
  local key=$1 search=${2:-}
  local pkg ver deb
  pkg=$(require_prop "$key.package"); ver=$(require_prop "$key.version"); deb=$(require_prop "$key.deb")
  if kit_available && [ -f "$KIT/debs/$deb" ]; then
    local line
    line=$(grep -F " debs/$deb" "$KIT/SHA256SUMS" || true)
    [ -n "$line" ] || die "$KIT/SHA256SUMS does not list debs/$deb"
    (cd "$KIT" && printf '%s\n' "$line" | sha256sum -c --quiet -) >&2 || die "checksum mismatch for $KIT/debs/$deb"
    printf '%s\t%s\n' "$KIT/debs/$deb" "kit $pkg $ver"
    return 0
  fi
  apt_setup
  local f
  if f=$(download_deb "$pkg=$ver" "$pkg"); then
    printf '%s\t%s\n' "$f" "download $pkg $ver (pinned)"
    return 0
  fi
  note "pinned $pkg=$ver is not available from the mirrors; looking for a replacement"
  local alt="" suite
  if [ -n "$search" ]; then
    alt=$(apt-cache "${APT_OPTS[@]}" search --names-only "$search" | awk '{print $1}' | sort -V | tail -n 1)
    [ -n "$alt" ] || die "no package matching '$search' in the mirrors (suites: $(prop apt.suites))"
    f=$(download_deb "$alt" "$alt") || die "apt-get download $alt failed"
  else
    suite=$(require_prop "$key.suite")
    alt=$pkg
    f=$(download_deb "$pkg/$suite" "$pkg") || die "apt-get download $pkg/$suite failed"
  fi
  local got
  got=$(dpkg-deb -f "$f" Version)
  printf '%s\t%s\n' "$f" "download $alt $got (replacement for $pkg $ver)"
}

# ready DIR DEB: the cache entry in DIR was made from the manifest's DEB.
ready() { [ -f "$1/source.txt" ] && grep -qxF "manifest_deb=$2" "$1/source.txt"; }

write_source() {
  local dir=$1 deb=$2 file=$3 origin=$4
  {
    echo "manifest_deb=$deb"
    echo "origin=$origin"
    echo "sha256=$(sha256sum "$file" | cut -d' ' -f1)"
  } > "$dir/source.txt"
}

prepare_kernel() {
  local k=$1 dir="$CACHE/kernels/$1" deb
  deb=$(require_prop "kernel.$k.deb")
  if ! ready "$dir" "$deb"; then
    local got path origin tmp img
    got=$(obtain "kernel.$k" "$(require_prop "kernel.$k.search")")
    path=${got%%$'\t'*}; origin=${got#*$'\t'}
    rm -rf "$dir"; mkdir -p "$dir"
    tmp=$(mktemp -d "$CACHE/.x.XXXXXX")
    # Only the image is needed; the modules would be ~100 MB of disk for nothing.
    dpkg-deb --fsys-tarfile "$path" | tar -x -C "$tmp" --wildcards '*/vmlinuz.unsigned'
    img=$(find "$tmp" -name vmlinuz.unsigned | head -n 1)
    [ -n "$img" ] || { rm -rf "$tmp"; die "$path has no usr/lib/modules/*/vmlinuz.unsigned"; }
    mv "$img" "$dir/vmlinuz"
    echo "$img" | sed -n 's#.*/modules/\([^/]*\)/vmlinuz.unsigned#release=\1#p' > "$dir/release.txt"
    rm -rf "$tmp"
    write_source "$dir" "$deb" "$path" "$origin"
    note "kernel $k: $origin"
  fi
  echo "kernel.$k=$dir/vmlinuz"
  extract_btf "$k" "$dir"
  echo "btf.$k=$dir/vmlinux.btf"
}

# The kernel's raw BTF (the .BTF section of its vmlinux), for tests that need the whole kernel's
# types without the shared kit: the compressed vmlinux inside the bzImage is found by its magic.
extract_btf() {
  local k=$1 dir=$2 magic off tmp
  [ -s "$dir/vmlinux.btf" ] && return 0
  command -v llvm-objcopy >/dev/null || die "llvm-objcopy is missing (apt-get install llvm); needed to extract the BTF of kernel $k"
  tmp=$(mktemp -d "$CACHE/.b.XXXXXX")
  for magic in '\x28\xb5\x2f\xfd:zstd -dcq' '\xfd\x37\x7a\x58\x5a\x00:xz -dcq' '\x1f\x8b\x08:gzip -dcq'; do
    off=$(LC_ALL=C grep -obaP "${magic%%:*}" "$dir/vmlinuz" | head -n 1 | cut -d: -f1)
    [ -n "$off" ] || continue
    # Trailing data after the payload makes the decompressor complain; the ELF check below decides.
    tail -c +$((off + 1)) "$dir/vmlinuz" | ${magic#*:} > "$tmp/vmlinux" 2>/dev/null || true
    if [ "$(head -c 4 "$tmp/vmlinux" | od -An -c | tr -d ' ')" = '177ELF' ]; then break; fi
    rm -f "$tmp/vmlinux"
  done
  [ -f "$tmp/vmlinux" ] || { rm -rf "$tmp"; die "cannot find the compressed vmlinux in $dir/vmlinuz (zstd/xz/gzip)"; }
  llvm-objcopy --dump-section .BTF="$tmp/vmlinux.btf" "$tmp/vmlinux" "$tmp/discard" \
    || { rm -rf "$tmp"; die "vmlinux of kernel $k has no .BTF section"; }
  mv "$tmp/vmlinux.btf" "$dir/vmlinux.btf"
  rm -rf "$tmp"
  note "kernel $k: extracted BTF ($(stat -c %s "$dir/vmlinux.btf") bytes)"
}

prepare_tool() {
  local key=$1 dir="$CACHE/$1" deb
  deb=$(require_prop "$key.deb")
  if ! ready "$dir" "$deb"; then
    local got path origin
    got=$(obtain "$key")
    path=${got%%$'\t'*}; origin=${got#*$'\t'}
    rm -rf "$dir"; mkdir -p "$dir"
    dpkg-deb -x "$path" "$dir"
    write_source "$dir" "$deb" "$path" "$origin"
    note "$key: $origin"
  fi
}

for k in $(manifest_kernels); do prepare_kernel "$k"; done
prepare_tool bpftool
prepare_tool busybox

BPFTOOL=$(host_bpftool)
[ -x "$BPFTOOL" ] || die "bpftool package did not contain usr/sbin/bpftool"
"$BPFTOOL" version >/dev/null 2>&1 || die "host bpftool does not run: $(ldd "$BPFTOOL" 2>&1 | grep 'not found' | tr '\n' ' ')(install its libraries: libelf1 libcap2 zlib1g)"
[ -x "$(guest_busybox)" ] || die "busybox-static package did not contain bin/busybox"
echo "bpftool=$BPFTOOL"
echo "busybox=$(guest_busybox)"
echo "cache=$CACHE"
