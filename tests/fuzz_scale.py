"""How hard the fuzz tests push: CI runs the quick default; ``CSEC_FUZZ_SCALE=20`` (say) runs
twenty times the examples for a long soak (see docs/testing.md)."""

from __future__ import annotations

import os

SCALE = max(1, int(os.environ.get("CSEC_FUZZ_SCALE", "1")))


def examples(quick: int) -> int:
    return quick * SCALE
