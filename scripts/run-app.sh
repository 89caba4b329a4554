#!/usr/bin/env bash
# Set up (first time only) and launch the desktop app. Pass --demo for a vault of fictional
# youth, --data-dir DIR for another data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/csec-desktop "$@"
