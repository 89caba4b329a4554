#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite: lint and types, then every test (core,
# GUI offscreen, end-to-end, the frozen app's build and self-test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy  # strict on csec_desktop.core (configured in pyproject.toml)
# CSEC_TEST_WORKERS=2 runs the tests on two pytest-xdist workers, whole files per worker (a
# file's module fixtures are never built twice). One process stays the default until the suite
# is shown green under workers twice in a row (docs/decisions.md, decision 38).
workers=()
if [ "${CSEC_TEST_WORKERS:-1}" -gt 1 ]; then
  workers=(-n "$CSEC_TEST_WORKERS" --dist loadfile)
fi
.venv/bin/python -m pytest -q ${workers[@]+"${workers[@]}"} "$@"
