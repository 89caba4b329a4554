"""The demo vault: created once, with the published accounts, in its own folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from csec_desktop.core.demo import ensure_demo_vault
from csec_desktop.core.demo_logins import DEMO_LOGINS, DemoLogin, demo_data_dir
from csec_desktop.core.passphrase_rules import passphrase_problem
from csec_desktop.core.paths import default_data_dir
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.roles import Role


def test_demo_vault_is_created_once_with_both_published_logins(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    login = ensure_demo_vault(folder, kdf_params=MINIMUM_PARAMS)
    assert login.role is Role.SUPERVISOR
    keys_before = (folder / "vault.keys").read_bytes()
    assert ensure_demo_vault(folder, kdf_params=MINIMUM_PARAMS) == login
    assert (folder / "vault.keys").read_bytes() == keys_before  # not recreated
    vault = DeviceVault(folder, kdf_params=MINIMUM_PARAMS)
    for demo in DEMO_LOGINS:
        session = vault.sign_in(demo.username, demo.passphrase)
        assert (session.account.display_name, session.account.role) == (
            demo.display_name,
            demo.role,
        )
        session.sign_out()


def test_demo_folder_is_apart_from_the_real_vault_files(tmp_path: Path) -> None:
    assert demo_data_dir() == default_data_dir() / "demo"
    assert demo_data_dir(tmp_path) == tmp_path


@pytest.mark.parametrize("login", DEMO_LOGINS)
def test_demo_passphrases_pass_the_product_rules(login: DemoLogin) -> None:
    assert passphrase_problem(login.passphrase, 12, login.username) is None
