"""``vault_exists`` (used before the vault layer loads) agrees with the vault itself."""

from __future__ import annotations

from pathlib import Path

from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.files import KEYS_NAME, vault_exists
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS


def test_vault_exists_agrees_with_the_vault_before_after_and_when_a_file_is_gone(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    vault = DeviceVault(folder, kdf_params=MINIMUM_PARAMS)
    assert vault_exists(folder) is vault.is_initialized() is False
    session, _code = vault.initialize("maria", "Maria Rivera", "seven lighthouse kites")
    session.sign_out()
    assert vault_exists(folder) is vault.is_initialized() is True
    (folder / KEYS_NAME).unlink()
    assert vault_exists(folder) is vault.is_initialized() is False
