"""A failed account addition leaves no key slot behind (it used to shadow a later retry)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest

from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.roles import Role


def test_retry_after_a_failed_add_account_can_sign_in(tmp_path: Path) -> None:
    vault = DeviceVault(tmp_path / "data", kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("maria", "Maria Rivera", "seven lighthouse kites")
    slots_before = len(session.keys.slots)
    with pytest.raises(AttributeError):
        # A role that is not a Role fails inside the database transaction, after the slot.
        session.add_account("lee", "Lee Chen", cast(Any, "field_worker"), "first try passphrase")
    assert len(session.keys.slots) == slots_before
    session.add_account("lee", "Lee Chen", Role.FIELD_WORKER, "second try passphrase")
    session.sign_out()
    assert vault.sign_in("lee", "second try passphrase").account.username == "lee"
