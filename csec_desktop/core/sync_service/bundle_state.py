"""The states of an exported bundle: one enum for export, receipts, the status line and purge.

Four states are stored in ``sync_bundles.status`` (its CHECK constraint lists exactly these; a
test keeps the two in step). Two more are read from a written bundle's receipt column, so the
sync panel and the county answer speak the same words:

``reserved`` → ``built`` → ``written`` (held by its delivery: a folder, or the outbox the HTTPS
upload sends from) → ``answered`` (a verified county receipt was applied). An export cut short
before ``written`` ends ``abandoned`` (its number is skipped; its records go in the next bundle).
Purge only ever follows ``answered``: a youth's records leave the laptop only after a verified
receipt covers their current version.
"""

from __future__ import annotations

from enum import StrEnum


class BundleState(StrEnum):
    RESERVED = "reserved"  # the sequence number is committed; nothing built yet
    BUILT = "built"  # hash and contents recorded; the delivery may or may not hold it
    WRITTEN = "written"  # the delivery holds it; awaiting the county's answer
    ABANDONED = "abandoned"  # an interrupted export; its number is skipped
    ANSWERED = "answered"  # written, and a verified receipt for it was applied

    @property
    def stored(self) -> bool:
        """True for the states kept in ``sync_bundles.status``."""
        return self is not BundleState.ANSWERED

    @classmethod
    def of(cls, status: str, receipt_applied_at: str | None) -> BundleState:
        state = cls(status)
        if state is cls.WRITTEN and receipt_applied_at is not None:
            return cls.ANSWERED
        return state


STORED_STATES = tuple(s for s in BundleState if s.stored)
UNFINISHED = (BundleState.RESERVED, BundleState.BUILT)
