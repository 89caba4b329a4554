"""What a worker reads when a sync file is refused: what happened and what to do, never the
format checker's own words ("trust file envelope payloadType must be …").

The core's messages name the exact part that is wrong, which is right for the CLI, a log and
the county's IT; on a worker's screen each kind of failure gets one plain sentence instead.
One table maps failure class to words; the first class that matches (most specific first)
decides. Errors not in the table are the core's worker-fit messages and are shown as they are.
"""

from __future__ import annotations

from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync import errors as sync

NOTHING_CHANGED = "Nothing on this laptop was changed."
WORDS: tuple[tuple[type[CsecError], str], ...] = (
    (sync.TrustRootMismatchError,
     "This trust file was signed by a different county key than the one this laptop trusts. "
     "Do not install it; call the county help desk."),
    (sync.TrustVersionError,
     "This trust file is older than the one already installed. Ask the county for its newest "
     "trust file."),
    (sync.TrustExpiredError, "This trust file has expired. Ask the county for a new one."),
    (sync.ReceiptMismatchError,
     "This receipt answers a bundle this laptop did not send. Check that you chose the receipt "
     "for this laptop."),
    (sync.SignatureError,
     "The file's signature does not check out: it may have been changed or damaged on the way. "
     "Ask the county for a fresh copy."),
    (sync.TooLargeError,
     "The file is far larger than a file of this kind can be, so it was not read. Check that "
     "you chose the right file."),
    (sync.FormatError,
     "The file is not the kind of file expected here, or it was damaged in copying. Check that "
     "you chose the right file, or ask for a fresh copy."),
)  # fmt: skip


def worker_message(error: CsecError) -> str:
    """The words to show a worker for ``error``."""
    for kind, words in WORDS:
        if isinstance(error, kind):
            return f"{words} {NOTHING_CHANGED}"
    return error.message
