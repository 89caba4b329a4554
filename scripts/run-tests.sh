#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite: lint, then every test (core, GUI
# offscreen, end-to-end, the frozen app's self-test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m pytest -q "$@"
