"""The application's top-level states and the events that move between them.

    needs_setup --setup_complete--> active
    signed_out  --signed_in-------> active
    active      --lock------------> locked      (idle timeout or "Lock now")
    active      --hide------------> privacy     (the one-key privacy screen)
    locked      --hide------------> privacy
    locked      --unlocked--------> active
    privacy     --unlocked--------> active
    active | locked | privacy --sign_out--> signed_out

Entering ``locked`` or ``privacy`` locks the session (closes the database and wipes the key), so
in those states nothing on the laptop can be read until a passphrase opens the vault again. The
GUI subscribes and shows the widget that belongs to the new state; it never decides the rules.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from csec_desktop.core.errors import CsecError
from csec_desktop.core.vault.session import Session


class AppState(StrEnum):
    NEEDS_SETUP = "needs_setup"
    SIGNED_OUT = "signed_out"
    ACTIVE = "active"
    LOCKED = "locked"
    PRIVACY = "privacy"


class AppEvent(StrEnum):
    SETUP_COMPLETE = "setup_complete"
    SIGNED_IN = "signed_in"
    LOCK = "lock"
    HIDE = "hide"
    UNLOCKED = "unlocked"
    SIGN_OUT = "sign_out"


TRANSITIONS: dict[tuple[AppState, AppEvent], AppState] = {
    (AppState.NEEDS_SETUP, AppEvent.SETUP_COMPLETE): AppState.ACTIVE,
    (AppState.SIGNED_OUT, AppEvent.SIGNED_IN): AppState.ACTIVE,
    (AppState.ACTIVE, AppEvent.LOCK): AppState.LOCKED,
    (AppState.ACTIVE, AppEvent.HIDE): AppState.PRIVACY,
    (AppState.LOCKED, AppEvent.HIDE): AppState.PRIVACY,
    (AppState.LOCKED, AppEvent.UNLOCKED): AppState.ACTIVE,
    (AppState.PRIVACY, AppEvent.UNLOCKED): AppState.ACTIVE,
    (AppState.ACTIVE, AppEvent.SIGN_OUT): AppState.SIGNED_OUT,
    (AppState.LOCKED, AppEvent.SIGN_OUT): AppState.SIGNED_OUT,
    (AppState.PRIVACY, AppEvent.SIGN_OUT): AppState.SIGNED_OUT,
}

Listener = Callable[[AppState, AppState], None]


class InvalidTransition(CsecError):
    """An event that the current state does not accept (a programming error, not user input)."""


class AppStateMachine:
    def __init__(self, vault_initialized: bool) -> None:
        self.state = AppState.SIGNED_OUT if vault_initialized else AppState.NEEDS_SETUP
        self.session: Session | None = None
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """``listener(old, new)`` runs after every change of state."""
        self._listeners.append(listener)

    def can(self, event: AppEvent) -> bool:
        return (self.state, event) in TRANSITIONS

    def _move(self, event: AppEvent) -> None:
        target = TRANSITIONS.get((self.state, event))
        if target is None:
            raise InvalidTransition(f"cannot {event.value} while {self.state.value}")
        old, self.state = self.state, target
        for listener in list(self._listeners):
            listener(old, target)

    def _current(self) -> Session:
        if self.session is None:
            raise InvalidTransition(f"no one is signed in while {self.state.value}")
        return self.session

    # -- events --------------------------------------------------------------------------------
    def setup_complete(self, session: Session) -> None:
        self._signed_in(session, AppEvent.SETUP_COMPLETE)

    def signed_in(self, session: Session) -> None:
        self._signed_in(session, AppEvent.SIGNED_IN)

    def _signed_in(self, session: Session, event: AppEvent) -> None:
        if not self.can(event):
            raise InvalidTransition(f"cannot {event.value} while {self.state.value}")
        if session.is_locked:
            raise InvalidTransition("a session that is locked cannot start the app")
        self.session = session
        self._move(event)

    def lock(self, reason: str = "manual") -> None:
        """Lock the session (``reason``: "manual" or "idle") and show the lock screen."""
        if not self.can(AppEvent.LOCK):
            raise InvalidTransition(f"cannot lock while {self.state.value}")
        self._current().lock(reason)
        self._move(AppEvent.LOCK)

    def hide(self) -> None:
        """The privacy screen: lock the session too, so coming back needs the passphrase."""
        if not self.can(AppEvent.HIDE):
            raise InvalidTransition(f"cannot hide while {self.state.value}")
        self._current().lock("privacy")
        self._move(AppEvent.HIDE)

    def unlocked(self) -> None:
        """Called once ``session.unlock(passphrase)`` has succeeded."""
        if self._current().is_locked:
            raise InvalidTransition("the session is still locked")
        self._move(AppEvent.UNLOCKED)

    def sign_out(self) -> None:
        if not self.can(AppEvent.SIGN_OUT):
            raise InvalidTransition(f"cannot sign out while {self.state.value}")
        session, self.session = self._current(), None
        session.sign_out()
        self._move(AppEvent.SIGN_OUT)
