from __future__ import annotations

import pytest

from csec_desktop.core.errors import AccountLocked, AuthError
from csec_desktop.core.policy import LockoutRelease, SecurityPolicy, load_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

from .conftest import SUPERVISOR, SUPERVISOR_PASS, WORKER, WORKER_PASS


def fail(vault: DeviceVault, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthError):
            vault.sign_in(WORKER, "wrong passphrase again")


def test_five_failures_within_fifteen_minutes_lock_the_account(setup_vault, clock) -> None:
    vault, _ = setup_vault
    fail(vault, 4)
    with pytest.raises(AccountLocked):
        vault.sign_in(WORKER, "wrong passphrase again")
    # Even the right passphrase is refused while locked.
    with pytest.raises(AccountLocked, match="locked"):
        vault.sign_in(WORKER, WORKER_PASS)


def test_failures_spread_beyond_the_window_do_not_lock(setup_vault, clock) -> None:
    vault, _ = setup_vault
    for _ in range(6):
        fail(vault, 1)
        clock.advance(minutes=4)
    vault.sign_in(WORKER, WORKER_PASS).sign_out()


def test_the_lock_survives_a_restart_and_ends_after_fifteen_minutes(setup_vault, data_dir, clock):
    vault, _ = setup_vault
    fail(vault, 5)
    restarted = DeviceVault(data_dir, clock=clock, kdf_params=MINIMUM_PARAMS)
    with pytest.raises(AccountLocked):
        restarted.sign_in(WORKER, WORKER_PASS)
    clock.advance(minutes=15, seconds=1)
    restarted.sign_in(WORKER, WORKER_PASS).sign_out()


def test_a_supervisor_unlock_is_audited_with_the_failures(setup_vault) -> None:
    vault, _ = setup_vault
    fail(vault, 5)
    supervisor = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    assert dict((a.username, locked) for a, locked in supervisor.list_accounts())[WORKER]
    supervisor.unlock_account(WORKER)
    events = [(e.event, e.actor, e.subject) for e in supervisor.audit.entries()]
    assert ("account_unlocked", SUPERVISOR, WORKER) in events
    assert events.count(("sign_in_failed", None, WORKER)) == 5
    assert ("account_locked", None, WORKER) in events
    supervisor.sign_out()
    vault.sign_in(WORKER, WORKER_PASS).sign_out()


def test_supervisor_only_release_does_not_time_out(data_dir, clock) -> None:
    base = load_policy()
    security = SecurityPolicy(
        **{**base.security.model_dump(), "lockout_release": LockoutRelease.SUPERVISOR_ONLY}
    )
    policy = base.model_copy(update={"security": security})
    vault = DeviceVault(data_dir, policy=policy, clock=clock, kdf_params=MINIMUM_PARAMS)
    vault.initialize(SUPERVISOR, "Maria", SUPERVISOR_PASS)[0].sign_out()
    for _ in range(5):
        with pytest.raises(AuthError):
            vault.sign_in(SUPERVISOR, "not it at all, sorry")
    clock.advance(days=2)
    with pytest.raises(AccountLocked, match="Ask a supervisor"):
        vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)


def test_a_worker_cannot_unlock_accounts(setup_vault) -> None:
    vault, _ = setup_vault
    worker = vault.sign_in(WORKER, WORKER_PASS)
    with pytest.raises(AuthError, match="supervisor"):
        worker.unlock_account(SUPERVISOR)
    worker.sign_out()
