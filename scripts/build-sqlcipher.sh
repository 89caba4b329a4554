#!/usr/bin/env bash
# Build the SQLCipher driver (sqlcipher3) from its published source with a larger lookaside
# allocator and install it into .venv (docs/decisions.md, decision 67).
#
# Why: with SQLCipher's memory security on (it stays on), every allocation the per-connection
# lookaside cannot serve goes to SQLCipher's allocator, which locks and wipes it: two system
# calls each. SQLite's default lookaside (48,000 bytes: 123 slots) was full on every statement
# of an autosave. 1,000 slots of 1,200 bytes serve the small allocations; autosave, export,
# import and the status column at sign-in all get faster, nothing else changes.
#
# The source is the sqlcipher3 sdist on PyPI (it carries the SQLCipher amalgamation), checked
# against its published SHA-256, so the first build needs PyPI. It links the system's OpenSSL
# (libcrypto) in .venv; a frozen build copies the build machine's libcrypto into the app.
# Needs a C compiler, the C library's and Python's headers and OpenSSL's headers
# (scripts/bootstrap.sh installs them on Debian and Ubuntu).
#
# Exit status: 0 when .venv's driver has the option (built now, reinstalled from this script's
# cache, or already there); 1 with a message saying what is missing otherwise (the app then
# still runs on PyPI's driver, only slower; scripts/bootstrap.sh says so and carries on).
# A driver that works is never replaced by one that does not load. `--no-build`: only check
# and reinstall from the cache (exit 1 when a build would be needed).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=0.6.4
SHA256=b02a3edfc554c9197d63ab4c38a30f7682eec65b10e5be2c9285a0d6ffb7a29a
LOOKASIDE=1200,1000  # slot size in bytes, slot count: csec_desktop/core/vault/sqlcipher_build.py
# One cache folder per version and lookaside, so a changed setting builds afresh.
WHEELS=".venv/sqlcipher-wheel/$VERSION-${LOOKASIDE/,/x}"

if [ ! -x .venv/bin/python ]; then
  echo "No .venv here: run scripts/bootstrap.sh, which makes it and then runs this script." >&2
  exit 1
fi

# `has_option [FOLDER]`: the driver .venv's Python imports (from FOLDER first, if given) loads
# and was compiled with the lookaside.
has_option() {
  PYTHONPATH="${1:-}" .venv/bin/python - "$LOOKASIDE" <<'EOF'
import sys
import sqlcipher3
options = {row[0] for row in sqlcipher3.connect(":memory:").execute("PRAGMA compile_options")}
sys.exit(0 if f"DEFAULT_LOOKASIDE={sys.argv[1]}" in options else 1)
EOF
}

if has_option 2>/dev/null; then
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# `install_checked WHEEL`: tried in a scratch folder first, so a wheel that does not load (or
# lacks the option) never replaces a driver that works.
install_checked() {
  rm -rf "$work/try"
  .venv/bin/python -m pip install -q --no-deps --target "$work/try" "$1" >/dev/null 2>&1 &&
    has_option "$work/try" 2>/dev/null &&
    .venv/bin/python -m pip install -q --no-deps --force-reinstall "$1"
}

# A wheel this script built earlier for this Python: reinstall it; if it does not load or lacks
# the option, drop it and build again.
tag=$(.venv/bin/python -c 'import sys; print(f"cp{sys.version_info[0]}{sys.version_info[1]}")')
for cached in "$WHEELS"/sqlcipher3-"$VERSION"-"$tag"-*.whl; do
  [ -f "$cached" ] || continue
  if install_checked "$cached"; then
    echo "SQLCipher driver with lookaside $LOOKASIDE reinstalled from $WHEELS."
    exit 0
  fi
  rm -f "$cached"
done
if [ "${1:-}" = "--no-build" ]; then
  exit 1  # scripts/bootstrap.sh asks first, to know whether the build's packages are needed
fi

echo "Building the SQLCipher driver with a larger lookaside (about a minute, once) ..."
fail() {
  [ -f "$work/build.log" ] && tail -n 20 "$work/build.log" >&2
  echo "Could not build the SQLCipher driver: $1" >&2
  exit 1
}
# A build environment without conan: sqlcipher3's setup.py then links the system's libcrypto
# instead of fetching and compiling OpenSSL.
.venv/bin/python -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "setuptools>=69" wheel > "$work/build.log" 2>&1 ||
  fail "its build tools (setuptools, wheel) could not be installed from PyPI."
echo "sqlcipher3==$VERSION --hash=sha256:$SHA256" > "$work/requirements.txt"
"$work/venv/bin/python" -m pip download -q --no-deps --no-binary sqlcipher3 \
    --no-build-isolation --require-hashes -r "$work/requirements.txt" -d "$work/source" \
    > "$work/build.log" 2>&1 ||
  fail "its source (sqlcipher3 $VERSION) could not be downloaded from PyPI; check the network."
mkdir -p "$WHEELS"
CFLAGS="-O2 -DSQLITE_DEFAULT_LOOKASIDE=$LOOKASIDE" "$work/venv/bin/python" -m pip wheel -q \
    --no-deps --no-build-isolation --no-index --no-cache-dir \
    -w "$WHEELS" "$work/source"/sqlcipher3-"$VERSION".tar.gz > "$work/build.log" 2>&1 ||
  fail "it needs a C compiler with the C library's headers, Python's headers and OpenSSL's \
headers (Debian/Ubuntu: gcc libc6-dev python3-dev libssl-dev)."
wheel=$(ls "$WHEELS"/sqlcipher3-"$VERSION"-"$tag"-*.whl)
if ! install_checked "$wheel"; then
  rm -f "$wheel"
  echo "The SQLCipher driver built does not load or lacks DEFAULT_LOOKASIDE=$LOOKASIDE;" \
    ".venv's driver is unchanged." >&2
  exit 1
fi
echo "SQLCipher driver built with lookaside $LOOKASIDE."
