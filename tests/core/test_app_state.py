"""The app's top-level state machine on a real vault: locking really closes the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from csec_desktop.core.errors import AuthError
from csec_desktop.core.flows.app_state import (
    TRANSITIONS,
    AppEvent,
    AppState,
    AppStateMachine,
    InvalidTransition,
)
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

PASS = "seven lighthouse kites"


@pytest.fixture
def vault(tmp_path: Path) -> DeviceVault:
    vault = DeviceVault(tmp_path / "data", kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("maria", "Maria Rivera", PASS)
    session.sign_out()
    return vault


def test_a_new_laptop_starts_in_setup_and_an_existing_one_signed_out() -> None:
    assert AppStateMachine(vault_initialized=False).state is AppState.NEEDS_SETUP
    assert AppStateMachine(vault_initialized=True).state is AppState.SIGNED_OUT


def test_lock_unlock_hide_and_sign_out(vault: DeviceVault) -> None:
    machine = AppStateMachine(vault_initialized=True)
    seen: list[tuple[AppState, AppState]] = []
    machine.subscribe(lambda old, new: seen.append((old, new)))
    session = vault.sign_in("maria", PASS)
    machine.signed_in(session)
    assert machine.state is AppState.ACTIVE

    machine.lock("idle")
    assert machine.state is AppState.LOCKED and session.is_locked
    with pytest.raises(InvalidTransition):
        machine.unlocked()  # the passphrase has not opened the vault yet
    session.unlock(PASS)
    machine.unlocked()
    assert machine.state is AppState.ACTIVE and not session.is_locked

    machine.hide()
    assert machine.state is AppState.PRIVACY and session.is_locked
    with pytest.raises(AuthError):
        session.unlock("not the passphrase")
    session.unlock(PASS)
    machine.unlocked()
    events = [entry.event for entry in session.audit.entries()]
    assert AuditEvent.SESSION_LOCKED in events and AuditEvent.SESSION_UNLOCKED in events
    reasons = [
        e.detail.get("reason") for e in session.audit.entries() if e.event == "session_locked"
    ]
    assert reasons[:2] == ["privacy", "idle"]

    machine.sign_out()
    assert machine.state is AppState.SIGNED_OUT and machine.session is None
    assert session.is_locked
    assert [new for _, new in seen] == [
        AppState.ACTIVE,
        AppState.LOCKED,
        AppState.ACTIVE,
        AppState.PRIVACY,
        AppState.ACTIVE,
        AppState.SIGNED_OUT,
    ]


def test_privacy_from_the_lock_screen_and_sign_out_while_locked(vault: DeviceVault) -> None:
    machine = AppStateMachine(vault_initialized=True)
    machine.signed_in(vault.sign_in("maria", PASS))
    machine.lock()
    machine.hide()
    assert machine.state is AppState.PRIVACY
    machine.sign_out()
    assert machine.state is AppState.SIGNED_OUT


@pytest.mark.parametrize("state", list(AppState))
def test_events_a_state_does_not_accept_are_refused(state: AppState) -> None:
    machine = AppStateMachine(vault_initialized=True)
    machine.state = state
    for event in AppEvent:
        if (state, event) not in TRANSITIONS:
            assert not machine.can(event)
    if state in (AppState.NEEDS_SETUP, AppState.SIGNED_OUT):
        for action in (machine.lock, machine.hide, machine.sign_out):
            with pytest.raises(InvalidTransition):
                action()
        assert machine.state is state


def test_a_locked_session_cannot_start_the_app(vault: DeviceVault) -> None:
    machine = AppStateMachine(vault_initialized=True)
    session = vault.sign_in("maria", PASS)
    session.lock()
    with pytest.raises(InvalidTransition):
        machine.signed_in(session)
    assert machine.state is AppState.SIGNED_OUT
