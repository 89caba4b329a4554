"""Failures of the sync formats, one class per thing that can be wrong.

Every class is a subclass of the project's IntegrityError (a cryptographic or chain check
failed) or ValidationError (the bytes are not a well-formed file of the expected kind); file
writes fail with ``core.errors.AtomicWriteError``. The CLI and the GUI can treat them
generically while tests and intake code can tell them apart. Messages name the part that is
wrong and never contain record content or key material.
"""

from __future__ import annotations

from csec_desktop.core.errors import IntegrityError, ValidationError


class FormatError(ValidationError):
    """The bytes are not a well-formed bundle, trust file, request or receipt."""


class TruncatedError(FormatError):
    """The file ends before a part it announces."""


class TooLargeError(ValidationError):
    """A part is larger than its cap; nothing beyond the cap was read."""


class SignatureError(IntegrityError):
    """A DSSE signature does not verify, or was made by a different key than expected."""


class UnknownDeviceError(IntegrityError):
    """The bundle's device is not in the county's device registry."""


class RevokedDeviceError(IntegrityError):
    """The bundle's device was revoked before this bundle's sequence number."""


class WrongRecipientError(IntegrityError):
    """The bundle is encrypted to another county key."""


class PayloadHashError(IntegrityError):
    """The encrypted payload's hash or length differs from the signed manifest."""


class DecryptionError(IntegrityError):
    """The content key does not unwrap, or the payload does not decrypt under it."""


class PayloadContentError(ValidationError):
    """The decrypted payload is not the record list the manifest describes."""


class TrustRootMismatchError(IntegrityError):
    """A trust file is signed by a root key other than the one pinned at enrollment."""


class TrustVersionError(IntegrityError):
    """A trust file is older than the installed one (a rollback)."""


class TrustExpiredError(IntegrityError):
    """A trust file is past its expiry time."""


class ReceiptMismatchError(IntegrityError):
    """A receipt answers a bundle this device did not send."""


class FingerprintMismatchError(IntegrityError):
    """The fingerprint a person typed (read to them out of band) is not the file's key."""


class FingerprintRequiredError(ValidationError):
    """A first trust install or an enrollment needs the fingerprint received out of band."""


class KeyChangeError(IntegrityError):
    """A trust file changes the county's encryption or receipt key; a person must accept it."""


class ServiceChangeError(IntegrityError):
    """A trust file moves the county's sync service (address or certificate); a supervisor
    must accept it."""


class DeviceKeyMismatchError(IntegrityError):
    """The county registry holds another key under this laptop's device id."""
