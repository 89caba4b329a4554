#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite: lint and types, then every test (core,
# GUI offscreen, end-to-end, the frozen app's build and self-test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy  # strict on csec_desktop.core (configured in pyproject.toml)
# Two workers, whole files per worker (a file's module fixtures are never built twice); the
# frozen app's build is scheduled first (tests/conftest.py). docs/decisions.md says why.
.venv/bin/python -m pytest -q -n "${CSEC_TEST_WORKERS:-2}" --dist loadfile "$@"
