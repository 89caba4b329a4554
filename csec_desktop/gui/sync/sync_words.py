"""The sync panel's words: what each status field says, the receipt's summary and the
key names of a trust update, in the worker's language.

Record kinds, fates and key names come from core (``records_codec.KIND_TABLES``,
``sync.receipt.FATES``, ``identity.key_changes``); each table gives them words for a person,
and a value no table knows is shown as it is.
"""

from __future__ import annotations

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import moment_words
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.sync_service.purge import PurgeReport
from csec_desktop.core.sync_service.receipts import ReceiptOutcome
from csec_desktop.core.sync_service.service import SyncStatus

KIND_WORDS = {
    "youth": QT_TRANSLATE_NOOP("SyncDialog", "youth"),
    "encounter": QT_TRANSLATE_NOOP("SyncDialog", "screenings and assessments"),
    "duty": QT_TRANSLATE_NOOP("SyncDialog", "duties"),
    "case_item": QT_TRANSLATE_NOOP("SyncDialog", "plan, team and note entries"),
    "episode": QT_TRANSLATE_NOOP("SyncDialog", "missing episodes"),
}
FATE_WORDS = {
    "conflict": QT_TRANSLATE_NOOP("SyncDialog", "needs a person to decide (conflict)"),
    "rejected": QT_TRANSLATE_NOOP("SyncDialog", "not accepted"),
}
# The receipt's tally by fate ("3 accepted, 1 conflict"), core ``sync.receipt.FATES``.
COUNT_WORDS = {
    "accepted": QT_TRANSLATE_NOOP("SyncDialog", "accepted"),
    "duplicate": QT_TRANSLATE_NOOP("SyncDialog", "duplicate"),
    "conflict": QT_TRANSLATE_NOOP("SyncDialog", "conflict"),
    "rejected": QT_TRANSLATE_NOOP("SyncDialog", "rejected"),
}
# The county keys a trust file may change (core ``identity.key_changes``).
KEY_WORDS = {
    "encryption": QT_TRANSLATE_NOOP("SyncDialog", "encryption"),
    "receipt": QT_TRANSLATE_NOOP("SyncDialog", "receipt"),
}


def words(table: dict[str, str], key: str) -> str:
    """``table[key]`` in the worker's language; an unknown key as it is."""
    return translate("SyncDialog", table[key]) if key in table else key


def _moment(stamp: str | None) -> str:
    """A recorded ISO moment as the worker reads it (``display_words``); unreadable as it is."""
    if not stamp:
        return "—"
    try:
        return moment_words(from_iso(stamp))
    except ValueError:
        return stamp


def status_texts(status: SyncStatus) -> dict[str, str]:
    """Field key of the panel -> its text (the fingerprint, county and dates as recorded)."""
    kinds = ", ".join(f"{n} {words(KIND_WORDS, k)}" for k, n in sorted(status.pending.items()) if n)
    waiting = status.pending_total
    records = (
        translate("SyncDialog", "1 record ({kinds})")
        if waiting == 1
        else translate("SyncDialog", "{count} records ({kinds})")
    )
    return {
        "device": status.device_fingerprint
        or translate("SyncDialog", "Not made yet (make an enrollment request)"),
        "county": status.county_name
        or translate("SyncDialog", "No county trust file installed yet"),
        "county_fp": status.county_fingerprint or "—",
        "enrolled": translate("SyncDialog", "Yes")
        if status.enrolled
        else translate(
            "SyncDialog", "No: the county lists another key for this laptop (nothing is sent)"
        )
        if status.key_mismatch
        else translate("SyncDialog", "Not yet"),
        "pending": records.format(count=waiting, kinds=kinds)
        if kinds
        else translate("SyncDialog", "Nothing"),
        "last_export": translate("SyncDialog", "number {sequence}, {when}").format(
            sequence=status.last_export_sequence, when=_moment(status.last_export_at)
        )
        if status.last_export_sequence
        else translate("SyncDialog", "None yet"),
        "awaiting": str(status.awaiting_receipt),
        "last_receipt": _moment(status.last_receipt_at)
        if status.last_receipt_at
        else translate("SyncDialog", "None yet"),
        "review": translate("SyncDialog", "{conflicts} conflicts, {rejected} not accepted").format(
            conflicts=status.conflicts, rejected=status.rejected
        ),
    }


def receipt_summary(outcome: ReceiptOutcome, purged: PurgeReport) -> str:
    """What applying a receipt did: the tally, up to 20 refused records, and the youth removed
    after the retention period (core ``ReceiptOutcome`` and ``PurgeReport``)."""
    counts = ", ".join(
        f"{n} {words(COUNT_WORDS, fate)}" for fate, n in sorted(outcome.counts.items())
    )
    lines = [
        translate("SyncDialog", "Receipt for bundle {sequence} applied: {counts}.").format(
            sequence=outcome.sequence, counts=counts
        )
    ]
    lines += [
        f"• {words(KIND_WORDS, p.kind)} {p.record_id[:8]}: {words(FATE_WORDS, p.fate)} — {p.reason}"
        for p in outcome.problems[:20]
    ]
    if purged.youth:
        lines.append(
            translate(
                "SyncDialog",
                "{count} delivered youth past the retention period were removed from this laptop.",
            ).format(count=purged.youth)
        )
    return "\n".join(lines)
