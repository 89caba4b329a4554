#!/usr/bin/env bash
# Set up everything the app and its tests need on a fresh Debian/Ubuntu machine:
# the system libraries Qt loads, then a virtual environment in .venv with the project installed.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Libraries PySide6's wheels load at run time (xcb platform, EGL/GL, fonts, D-Bus), Xvfb for
# screenshots, poppler-utils for looking at PDFs as pictures, binutils and icu-devtools for the
# frozen build (it links a smaller ICU data library: build/icu_data.py), and PostgreSQL, whose
# programs (initdb, pg_ctl) the tests use to start a throwaway cluster of their own (the county
# intake store's second backend); no PostgreSQL service is started or assumed.
SYSTEM_PACKAGES=(python3-venv libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
  xvfb poppler-utils binutils icu-devtools postgresql)
# Only to build the SQLCipher driver with a larger lookaside (scripts/build-sqlcipher.sh), and
# only while .venv has no such driver: a laptop set up once never needs them again.
BUILD_PACKAGES=(gcc libc6-dev libssl-dev)

missing_of() {  # the packages among "$@" that dpkg does not list as installed
  command -v dpkg-query >/dev/null 2>&1 || return 0
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}
SUDO=""
can_install() {
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    return 1
  fi
}
updated=""
apt_install() {
  if [ -z "$updated" ]; then $SUDO apt-get update -qq && updated=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

mapfile -t missing < <(missing_of "${SYSTEM_PACKAGES[@]}")
if [ ${#missing[@]} -gt 0 ]; then
  if ! can_install; then
    echo "Please install these system packages first: ${missing[*]}" >&2; exit 1
  fi
  echo "Installing system packages: ${missing[*]}"
  apt_install "${missing[@]}"
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# The SQLCipher driver with a larger lookaside (decision 67). The app runs on PyPI's driver too,
# only slower, so nothing here is fatal: what fails is said, and the app still starts (the test
# suite requires the built driver: tests/core/vault/test_sqlcipher_build.py).
if ! bash scripts/build-sqlcipher.sh --no-build 2>/dev/null; then
  mapfile -t build_missing < <(missing_of "${BUILD_PACKAGES[@]}")
  # Python's headers: Debian's python3-dev when the Python in use lacks them.
  if ! .venv/bin/python -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'; then
    build_missing+=($(missing_of python3-dev))
  fi
  if [ ${#build_missing[@]} -gt 0 ]; then
    if can_install && echo "Installing packages to build the SQLCipher driver: ${build_missing[*]}" &&
        apt_install "${build_missing[@]}"; then
      :
    else
      echo "Could not install ${build_missing[*]}, needed to build the SQLCipher driver." >&2
    fi
  fi
  if ! bash scripts/build-sqlcipher.sh; then
    echo "Carrying on with PyPI's SQLCipher driver: the app works, autosave, sign-in and sync" \
      "are slower. Run scripts/build-sqlcipher.sh again once the above is fixed." >&2
  fi
fi
