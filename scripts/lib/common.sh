# Shared by the scripts: install what is missing, configure and build.
# Sourced, not run. Every step fails loudly with a message saying what broke.

set -euo pipefail

CABLESEARCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian packages the build and the tests need.
CABLESEARCH_PACKAGES=(
  cmake g++ make pkg-config
  libxapian-dev xapian-tools
  libicu-dev libfmt-dev zlib1g-dev
  libcli11-dev nlohmann-json3-dev libgumbo-dev libjemalloc-dev
  catch2
  python3
  scdoc          # the man pages (doc/*.scd)
  dpkg-dev file  # scripts/package: dpkg-shlibdeps finds the package's dependencies
)

die() { echo "error: $*" >&2; exit 1; }
step() { echo "==> $*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $* (install sudo or run as root)"; fi
}

# install_packages PKG...: installs those not yet installed, nothing otherwise.
install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -eq 0 ]; then return 0; fi
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: this needs Debian 12 (missing: ${missing[*]})"
  step "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
    || die "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install failed for: ${missing[*]}"
}

# build DIR [CMAKE ARGS...]: configures (once) and builds everything in DIR.
# The compiler's messages go to DIR/build.log: inside the build folder, which
# git ignores, never beside it.
build() {
  local dir="$1"; shift
  step "building in ${dir#$CABLESEARCH_ROOT/}"
  cmake -S "$CABLESEARCH_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null \
    || die "cmake configure failed (run: cmake -S $CABLESEARCH_ROOT -B $dir)"
  cmake --build "$dir" -j"$(nproc)" >/dev/null 2>"$dir/build.log" \
    || { tail -40 "$dir/build.log" >&2; die "build failed (log: $dir/build.log)"; }
}
