"""Demo data must never reach a county (a reviewer's finding)."""

from __future__ import annotations

from pathlib import Path

import pytest

from csec_desktop.core.demo import ensure_demo_vault
from csec_desktop.core.errors import UsageError
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS


def test_a_demo_vault_cannot_enroll_install_a_trust_file_or_export(tmp_path: Path) -> None:
    """Attack (mistake): a worker enrolls the demo vault (published passphrases, fictional
    youth) with the county, so its youth would be counted. The request, a trust file and an
    export are each refused with one clear line."""
    login = ensure_demo_vault(tmp_path / "demo", kdf_params=MINIMUM_PARAMS)
    session = DeviceVault(tmp_path / "demo", kdf_params=MINIMUM_PARAMS).sign_in(
        login.username, login.passphrase
    )
    try:
        service = SyncService(session)
        for attempt in (
            service.enrollment_request,
            lambda: service.install_trust(b"{}", "x"),
            lambda: service.export(tmp_path / "out"),
        ):
            with pytest.raises(UsageError, match="demo vault: its data is fictional") as caught:
                attempt()
            assert "\n" not in caught.value.message
    finally:
        session.sign_out()
