"""A refused trust file says what to do next, like the fingerprint refusal."""

from __future__ import annotations

import json
from pathlib import Path

from .cli import run_csec

WORKER, WORKER_PASS = "kim.lee", "morning fog over the bay"


def test_a_malformed_trust_file_is_refused_with_a_next_step(tmp_path: Path) -> None:
    """Before, `csec device trust` ended at "envelope is not in canonical form" (or "signature
    does not verify", "older than the installed version"), leaving the worker to guess."""
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

    data = tmp_path / "data"
    DeviceVault(data, kdf_params=MINIMUM_PARAMS).initialize(WORKER, "Kim", WORKER_PASS)[
        0
    ].sign_out()
    bad = tmp_path / "trust.json"
    bad.write_text(json.dumps({"payloadType": "x", "payload": "", "signatures": []}, indent=2))
    done = run_csec(["device", "trust", str(bad), "--data-dir", str(data), "--username", WORKER,
                     "--passphrase-stdin", "--expect-fingerprint", "lusab-babad"],
                    WORKER_PASS + "\n", tmp_path)  # fmt: skip
    assert done.returncode != 0 and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.rstrip().endswith(
        "Nothing was trusted. Do not use this file; call the county on a number you already know."
    ), done.stderr
