"""The CLI's one sign-in (``cli.common.signed_in``): the session is signed out however the
command ends, so a failed command never leaves the vault open or held."""

from __future__ import annotations

import argparse
import io
import tempfile
from pathlib import Path

import pytest

from csec_desktop.cli.common import signed_in
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

WORKER, PASS = "maria", "tide pools at noon"


class CommandFailed(Exception):
    pass


def test_a_failing_command_is_signed_out_and_the_next_one_signs_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _code = DeviceVault(tmp_path, kdf_params=MINIMUM_PARAMS).initialize(
        WORKER, "Maria", PASS
    )
    session.sign_out()
    args = argparse.Namespace(data_dir=tmp_path, policy=None, username=WORKER)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASS}\n{PASS}\n"))
    # Signing in makes the data folder's tmp this process's temp folder; undone after the test.
    monkeypatch.setenv("TMPDIR", tempfile.gettempdir())
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)
    with pytest.raises(CommandFailed), signed_in(args) as failing:
        raise CommandFailed
    assert failing.is_locked
    with signed_in(args) as again:  # the second stdin line: the vault is free again
        assert again.account.username == WORKER
    assert again.is_locked
