"""A signed-in session: the open database, the account, and what that account may do.

``Session`` is what callers hold. Its parts: the open vault, locking and the key file
(``lockable_session``); account management for supervisors (``account_admin``); here, the
county policy in force and re-keying on request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from csec_desktop.core.vault.account_admin import AccountAdministration
from csec_desktop.core.vault.rekey import rekey
from csec_desktop.core.vault.roles import Role

if TYPE_CHECKING:
    from csec_desktop.core.policy import CountyPolicy


class Session(AccountAdministration):
    """What a signed-in caller holds (screens, commands, the demo, tests)."""

    # The county policy in force, read when first asked for (``policy``).
    _policy: CountyPolicy | None = None

    @property
    def policy(self) -> CountyPolicy:
        """The county policy: the vault's, with the screening policy the county's signed
        package carries in place of the file's when one is installed (``refresh_policy``
        after installing a package)."""
        if self._policy is None:
            if self.is_locked:
                return self.vault.policy
            from csec_desktop.core.records.county_instruments import county_screening_policy

            screening = county_screening_policy(self.db)
            base = self.vault.policy
            self._policy = (
                base if screening is None else base.model_copy(update={"screening": screening})
            )
        return self._policy

    def refresh_policy(self) -> None:
        """Read the county's screening policy again (a package was just installed)."""
        self._policy = None

    def rekey(self, reason: str, subject: str | None = None) -> list[str]:
        """A new data key for the vault (see ``rekey``); supervisors only. Returns user names
        whose old-format slots could not receive it (they need a new passphrase)."""
        self.require(Role.SUPERVISOR)
        return rekey(self, reason, subject)
