"""A new demo vault comes with a fictional caseload; an existing one is left alone."""

from __future__ import annotations

from pathlib import Path

from csec_desktop.core.demo import ensure_demo_vault
from csec_desktop.core.demo_logins import SUPERVISOR
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS


def youth_count(folder: Path) -> int:
    session = DeviceVault(folder, kdf_params=MINIMUM_PARAMS).sign_in(
        SUPERVISOR.username, SUPERVISOR.passphrase
    )
    try:
        return int(session.db.execute("SELECT count(*) FROM youth").fetchone()[0])
    finally:
        session.sign_out()


def test_a_new_demo_vault_is_seeded_once(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    ensure_demo_vault(folder, kdf_params=MINIMUM_PARAMS, youth=6)
    assert youth_count(folder) == 6
    ensure_demo_vault(folder, kdf_params=MINIMUM_PARAMS, youth=6)
    assert youth_count(folder) == 6
