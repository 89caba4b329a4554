"""A supervisor's co-signature, given on the same laptop while a worker is signed in.

Overriding a decisive outcome downward and waiving a mandated report need a second person: a
supervisor with an account on this laptop types their username and passphrase, which opens
their own key slot (the same check as signing in, with the same lockout), without ending the
worker's session. The co-signature is audited under the supervisor's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from csec_desktop.core.errors import AuthError, CsecError, ValidationError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.passphrase_rules import normalize_passphrase
from csec_desktop.core.records.base import Actor
from csec_desktop.core.vault.accounts import normalize_username
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.keyslots import KeySlots
from csec_desktop.core.vault.roles import Role
from csec_desktop.core.vault.slot_opening import open_slot

if TYPE_CHECKING:
    from csec_desktop.core.vault.session import Session

COSIGN_FAILED = QT_TRANSLATE_NOOP(
    "Cosign", "That supervisor username and passphrase were not recognised."
)
COSIGN_ROLES = (Role.SUPERVISOR,)


def verify_cosigner(session: Session, username: str, passphrase: str, what: str) -> Actor:
    """The co-signing supervisor, once their passphrase opens their key slot.

    Raises ``CsecError`` (wrong name or passphrase, not a supervisor, the worker themself) and
    ``AccountLocked`` after too many failures, as signing in does."""
    failed = translate("Cosign", COSIGN_FAILED)
    try:
        name = normalize_username(username)
    except ValidationError:
        raise AuthError(failed) from None
    if name == session.account.username:
        raise CsecError(
            translate("Cosign", "A second person must co-sign: ask a supervisor to sign here.")
        )
    keys = KeySlots.load(session.vault.keys_path)
    slot = keys.find_user(name)
    if slot is None:
        raise AuthError(failed)
    # The same slot check (and lockout) as signing in.
    secret = normalize_passphrase(passphrase)
    key = open_slot(session.vault, keys, slot, secret, failed)
    for i in range(len(key)):
        key[i] = 0
    keys.save()
    account = session.accounts.by_slot(slot.id)
    if account is None or not account.active:
        raise AuthError(failed)
    if account.role not in COSIGN_ROLES:
        name = account.display_name
        raise CsecError(
            translate("Cosign", "{name} is not a supervisor; a supervisor must co-sign.").format(
                name=name
            )
        )
    session.audit.append(
        AuditEvent.COSIGNED,
        account.username,
        session.account.username,
        {"cosigned": what},
    )
    return Actor(account.username, account.display_name)
