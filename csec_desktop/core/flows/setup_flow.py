"""First-run setup as a state machine: welcome, account, passphrase, recovery code, confirm.

The GUI renders the current step and calls the methods below; every rule and message lives here
so the whole flow is tested without a screen. Creating the vault (two Argon2id derivations) is
slow, so it is split in two: ``create_vault`` does the work and changes nothing in the flow (the
GUI runs it in the background), then ``vault_created`` moves the flow on, on the GUI thread.

The vault exists from the passphrase step on; the recovery code is only kept in memory until the
person has typed part of it back, and is forgotten when the flow finishes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from csec_desktop.core.errors import CsecError, ValidationError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.passphrase_rules import passphrase_problem
from csec_desktop.core.vault.accounts import check_display_name, normalize_username
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.recovery_code import normalize_recovery_code
from csec_desktop.core.vault.session import Session

MISMATCH = QT_TRANSLATE_NOOP(
    "SetupFlow",
    "The two passphrases are not the same. Type the passphrase again in both fields.",
)
RECOVERY_MISMATCH = QT_TRANSLATE_NOOP(
    "SetupFlow",
    "That does not match the recovery code. Compare it with what you wrote down and try again.",
)
# How many groups at the end of the code are enough to show it was written down.
CONFIRM_GROUPS = 2


class SetupStep(StrEnum):
    WELCOME = "welcome"
    ACCOUNT = "account"
    PASSPHRASE = "passphrase"  # noqa: S105 - a step name
    RECOVERY_CODE = "recovery_code"
    CONFIRM_RECOVERY = "confirm_recovery"
    DONE = "done"


@dataclass(frozen=True)
class Problem:
    """One message for the person, and the field it belongs next to."""

    field: str
    message: str


@dataclass(frozen=True)
class CreatedVault:
    session: Session
    recovery_code: str


class SetupFlow:
    def __init__(self, vault: DeviceVault) -> None:
        if vault.is_initialized():
            raise CsecError(
                translate(
                    "SetupFlow", "This laptop already has a vault; sign in instead of setting up."
                )
            )
        self.vault = vault
        self.step = SetupStep.WELCOME
        self.username = ""
        self.display_name = ""
        self._recovery_code = ""
        self._session: Session | None = None

    @property
    def min_length(self) -> int:
        return int(self.vault.policy.security.min_passphrase_length)

    def _expect(self, *steps: SetupStep) -> None:
        if self.step not in steps:
            raise CsecError(f"setup is at the {self.step.value} step, not {steps[0].value}")

    # -- moving between steps ------------------------------------------------------------------
    def begin(self) -> None:
        self._expect(SetupStep.WELCOME)
        self.step = SetupStep.ACCOUNT

    def back(self) -> None:
        """One step back, where that is possible (never back past the creation of the vault)."""
        previous = {
            SetupStep.ACCOUNT: SetupStep.WELCOME,
            SetupStep.PASSPHRASE: SetupStep.ACCOUNT,
            SetupStep.CONFIRM_RECOVERY: SetupStep.RECOVERY_CODE,
        }
        if self.step not in previous:
            raise CsecError(f"there is no step to go back to from {self.step.value}")
        self.step = previous[self.step]

    @property
    def can_go_back(self) -> bool:
        return self.step in (
            SetupStep.ACCOUNT,
            SetupStep.PASSPHRASE,
            SetupStep.CONFIRM_RECOVERY,
        )

    # -- account details -----------------------------------------------------------------------
    def submit_account(self, username: str, display_name: str) -> Problem | None:
        self._expect(SetupStep.ACCOUNT)
        try:
            name = normalize_username(username)
        except ValidationError as exc:
            return Problem("username", exc.message)
        try:
            shown = check_display_name(display_name)
        except ValidationError as exc:
            return Problem("display_name", exc.message)
        self.username, self.display_name = name, shown
        self.step = SetupStep.PASSPHRASE
        return None

    # -- passphrase ----------------------------------------------------------------------------
    def passphrase_feedback(self, passphrase: str) -> str | None:
        """Live feedback while typing: why the passphrase would be refused, or None."""
        return passphrase_problem(passphrase, self.min_length, self.username)

    def check_passphrase(self, passphrase: str, confirm: str) -> Problem | None:
        self._expect(SetupStep.PASSPHRASE)
        problem = self.passphrase_feedback(passphrase)
        if problem:
            return Problem("passphrase", problem)
        if passphrase != confirm:
            return Problem("confirm", translate("SetupFlow", MISMATCH))
        return None

    def create_vault(self, passphrase: str) -> CreatedVault:
        """The slow part: create the vault and the first supervisor. Leaves the flow unchanged."""
        self._expect(SetupStep.PASSPHRASE)
        session, code = self.vault.initialize(self.username, self.display_name, passphrase)
        return CreatedVault(session, code)

    def vault_created(self, created: CreatedVault) -> None:
        self._expect(SetupStep.PASSPHRASE)
        self._session = created.session
        self._recovery_code = created.recovery_code
        self.step = SetupStep.RECOVERY_CODE

    # -- recovery code -------------------------------------------------------------------------
    @property
    def recovery_code(self) -> str:
        self._expect(SetupStep.RECOVERY_CODE, SetupStep.CONFIRM_RECOVERY)
        return self._recovery_code

    def recovery_written_down(self) -> None:
        self._expect(SetupStep.RECOVERY_CODE)
        self.step = SetupStep.CONFIRM_RECOVERY

    def confirm_recovery(self, typed: str) -> Problem | None:
        """Accept the whole code or its last two groups, typed back from paper."""
        self._expect(SetupStep.CONFIRM_RECOVERY)
        given = normalize_recovery_code(typed).replace("-", "")
        whole = self._recovery_code.replace("-", "")
        tail = "".join(self._recovery_code.split("-")[-CONFIRM_GROUPS:])
        if not given or given not in (whole, tail):
            return Problem("recovery", translate("SetupFlow", RECOVERY_MISMATCH))
        self._recovery_code = ""
        self.step = SetupStep.DONE
        return None

    @property
    def session(self) -> Session:
        """The first supervisor's session, once setup is done."""
        self._expect(SetupStep.DONE)
        assert self._session is not None
        return self._session

    def abandon(self) -> None:
        """Setup closed before the end: sign the new supervisor out, forget the code."""
        self._recovery_code = ""
        if self._session is not None:
            self._session.sign_out()
            self._session = None
