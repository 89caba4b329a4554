"""Unlocking the vault: a sign-in with the product's default Argon2id parameters, beside a bare
SQLCipher open with the raw data key (what the key derivation costs) and beside Argon2id alone
(what everything else in a sign-in costs).

    .venv/bin/python -m benchmarks.unlock [--runs 5]

Uses a throwaway vault; the same figure ``csec vault unlock-test`` reports for a real one.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from benchmarks.common import Row, median_ms, print_rows
from csec_desktop.core.vault.database import open_database
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import KdfParams, derive_key
from csec_desktop.core.vault.keyslots import KeySlots

USER, PASSPHRASE = "bench.worker", "steady river crossing at dawn"


def measure(runs: int = 5) -> list[Row]:
    params = KdfParams()  # the defaults a new vault gets, not the test-suite minimum
    with tempfile.TemporaryDirectory() as folder:
        vault = DeviceVault(Path(folder) / "data", kdf_params=params)
        session, _ = vault.initialize(USER, "Bench Worker", PASSPHRASE)
        session.sign_out()

        def sign_in() -> None:
            vault.sign_in(USER, PASSPHRASE).sign_out()

        keys = KeySlots.load(vault.keys_path)
        slot = keys.find_user(USER)
        data_key = keys.open(slot, PASSPHRASE) if slot else None
        if data_key is None:
            raise SystemExit("the benchmark vault did not open with its own passphrase")

        def bare_open() -> None:
            open_database(vault.db_path, bytes(data_key)).close()

        salt = os.urandom(16)
        unlock = median_ms(sign_in, runs)
        bare = median_ms(bare_open, max(runs, 5))
        kdf = median_ms(lambda: derive_key(PASSPHRASE, salt, params), runs)
    label = f"unlock: sign-in, Argon2id {params.memory_kib // 1024} MiB/{params.iterations} passes"
    return [
        Row(label, unlock, "ms", "bare SQLCipher open, raw key", bare),
        Row(label, unlock, "ms", "Argon2id derive alone", kdf),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print_rows(f"Unlock (median of {args.runs})", measure(args.runs))


if __name__ == "__main__":
    main()
