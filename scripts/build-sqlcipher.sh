#!/usr/bin/env bash
# Build the SQLCipher driver (sqlcipher3) from its published source with a larger lookaside
# allocator and install it into .venv (docs/decisions.md, decision 67).
#
# Why: with SQLCipher's memory security on (it stays on), every allocation the per-connection
# lookaside cannot serve goes to SQLCipher's allocator, which locks and wipes it: two system
# calls each. SQLite's default lookaside (48,000 bytes: 123 slots) was full on every statement of
# an autosave. 1,000 slots serve every small allocation of a step; autosave,
# export, import and the status column at sign-in all get faster, nothing else changes.
#
# The source is the sqlcipher3 sdist on PyPI (it carries the SQLCipher amalgamation), checked
# against its published SHA-256. It links the system's OpenSSL (libcrypto) rather than the one
# the PyPI wheel carries, so OpenSSL's security updates come from the system's packages.
# Needs a C compiler, Python's headers and libssl-dev (scripts/bootstrap.sh installs them).
# Safe to run again: it does nothing when .venv's driver already has the option.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=0.6.4
SHA256=b02a3edfc554c9197d63ab4c38a30f7682eec65b10e5be2c9285a0d6ffb7a29a
LOOKASIDE=1200,1000  # slot size in bytes, slot count: csec_desktop/core/vault/sqlcipher_build.py
WHEELS=.venv/sqlcipher-wheel

has_option() {
  .venv/bin/python - "$LOOKASIDE" <<'EOF'
import sys
import sqlcipher3
options = {row[0] for row in sqlcipher3.connect(":memory:").execute("PRAGMA compile_options")}
sys.exit(0 if f"DEFAULT_LOOKASIDE={sys.argv[1]}" in options else 1)
EOF
}

if has_option 2>/dev/null; then
  exit 0
fi

wheel=$(ls "$WHEELS"/sqlcipher3-"$VERSION"-*.whl 2>/dev/null | head -n 1 || true)
if [ -z "$wheel" ]; then
  echo "Building the SQLCipher driver with a larger lookaside (about a minute, once) ..."
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # A build environment without conan: sqlcipher3's setup.py then links the system's libcrypto
  # instead of fetching and compiling OpenSSL.
  .venv/bin/python -m venv "$work/venv"
  "$work/venv/bin/python" -m pip install -q "setuptools>=69" wheel
  echo "sqlcipher3==$VERSION --hash=sha256:$SHA256" > "$work/requirements.txt"
  mkdir -p "$WHEELS"
  if ! CFLAGS="-O2 -DSQLITE_DEFAULT_LOOKASIDE=$LOOKASIDE" "$work/venv/bin/python" -m pip wheel -q \
      --no-deps --no-build-isolation --no-binary sqlcipher3 --no-cache-dir \
      --require-hashes -r "$work/requirements.txt" -w "$WHEELS" > "$work/build.log" 2>&1; then
    tail -n 20 "$work/build.log" >&2
    echo "Could not build the SQLCipher driver: it needs a C compiler, Python's headers and" \
      "OpenSSL's headers (Debian/Ubuntu: gcc python3-dev libssl-dev)." >&2
    exit 1
  fi
  wheel=$(ls "$WHEELS"/sqlcipher3-"$VERSION"-*.whl | head -n 1)
fi
.venv/bin/python -m pip install -q --no-deps --force-reinstall "$wheel"
if ! has_option; then
  echo "The SQLCipher driver in .venv lacks DEFAULT_LOOKASIDE=$LOOKASIDE after the build." >&2
  exit 1
fi
echo "SQLCipher driver built with lookaside $LOOKASIDE."
