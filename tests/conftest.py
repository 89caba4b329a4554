"""Shared test setup. Qt runs offscreen; no test touches the user's real data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config: object) -> None:
    # A data folder that does not exist, so an accidental default never hits the real one.
    os.environ["CSEC_DATA_DIR"] = os.path.join(
        os.environ.get("TMPDIR", "/tmp"), f"csec-tests-default-{os.getpid()}"
    )
