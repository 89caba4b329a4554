""" "Sync now": one pass with the county's receiving service over HTTPS.

1. fetch a newer trust file, if the county issued one (installed with the usual checks: same
   pinned root, no rollback);
2. settle interrupted exports, then export every pending record as one bundle into the
   outbox (written before any upload, so a cut upload is retried from the stored bundle);
3. upload, in sequence order, every written bundle still without a receipt that its delivery
   holds (the outbox, or a folder still at hand), applying each receipt the service answers
   with; a bundle once answered is removed from the outbox;
4. fetch receipts the county holds for bundles still unanswered (e.g. bundles carried on a
   USB stick and imported at the county) and apply them;
5. purge what retention allows (only records a verified receipt covers).

Every step is safe to repeat: the service is idempotent by bundle hash and receipts are
applied once. A network failure ends the pass with ``OfflineError``; nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import translate
from csec_desktop.core.sync.trust import Trust, TrustService
from csec_desktop.core.sync_service.bundle_state import BundleState
from csec_desktop.core.sync_service.county_client import CountyClient, ServiceRefusedError
from csec_desktop.core.sync_service.delivery import OutboxDelivery
from csec_desktop.core.sync_service.purge import PurgeReport
from csec_desktop.core.sync_service.records_codec import count_pending
from csec_desktop.core.sync_service.service import LAST_SYNC_KEY, SyncService

Progress = Callable[[str, float], None]  # what is happening, fraction done 0..1
ClientFactory = Callable[[TrustService], CountyClient]


@dataclass(frozen=True)
class SyncReport:
    trust_version: int | None  # a newer trust file installed, else None
    exported: int | None  # sequence of the bundle exported in this pass
    uploaded: int  # bundles the service answered
    receipts_applied: int
    purged: PurgeReport

    def summary(self) -> str:
        """``"Synced: 1 bundle sent; 1 county answer applied."``, in the worker's language
        (``core.i18n.translate``; the CLI's is English)."""
        parts = []
        if self.trust_version:
            version = self.trust_version
            parts.append(
                translate("SyncReport", "county trust file version {version} installed").format(
                    version=version
                )
            )
        parts.append(_sent(self.uploaded))
        if self.receipts_applied:
            parts.append(_applied(self.receipts_applied))
        if self.purged.youth:
            count = self.purged.youth
            parts.append(
                translate("SyncReport", "{count} youth purged after the retention period").format(
                    count=count
                )
            )
        joined = "; ".join(parts)
        return translate("SyncReport", "Synced: {parts}.").format(parts=joined)


def _sent(count: int) -> str:
    if count == 0:
        return translate("SyncReport", "nothing to send")
    if count == 1:
        return translate("SyncReport", "1 bundle sent")
    return translate("SyncReport", "{count} bundles sent").format(count=count)


def _applied(count: int) -> str:
    if count == 1:
        return translate("SyncReport", "1 county answer applied")
    return translate("SyncReport", "{count} county answers applied").format(count=count)


def service_of(trust: Trust | None) -> TrustService:
    if trust is None or trust.service is None:
        raise CsecError(
            translate(
                "SyncReport",
                "The county's trust file names no receiving service; export bundles to a folder "
                "instead (or ask the county for a trust file with its service address).",
            )
        )
    return trust.service


def service_answers(sync: SyncService, client: ClientFactory | None = None) -> bool:
    """The probe before an automatic sync: the county's service answers its health check
    (over the pinned connection; nothing is sent but the probe)."""
    service = service_of(sync.trust())
    make = client or (lambda s: CountyClient(s, sync.identity(), sync.clock))
    with make(service) as county:
        return county.health()


def _unanswered(sync: SyncService) -> list[tuple[int, str]]:
    rows = sync.session.db.execute(
        "SELECT sequence, file_path FROM sync_bundles WHERE status = ? "
        "AND receipt_applied_at IS NULL ORDER BY sequence",
        (str(BundleState.WRITTEN),),
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


def _upload_progress(
    say: Progress, sequence: int, base: float, share: float
) -> Callable[[int, int], None]:
    def sent(done: int, total: int) -> None:
        text = translate("SyncReport", "Sending bundle {sequence}…").format(sequence=sequence)
        say(text, base + share * done / max(total, 1))

    return sent


def _send_waiting(sync: SyncService, county: CountyClient, say: Progress, start: float) -> int:
    """Upload every unanswered bundle its delivery still holds, in sequence order, applying
    each receipt; returns how many the service answered."""
    waiting = [(seq, loc) for seq, loc in _unanswered(sync) if sync.resolve(loc).path(loc).exists()]
    share = (0.9 - start) / max(len(waiting), 1)
    for index, (sequence, locator) in enumerate(waiting):
        delivery = sync.resolve(locator)
        sent = _upload_progress(say, sequence, start + index * share, share)
        try:
            answer = county.upload(delivery.read(locator), sent)
        except ServiceRefusedError as exc:
            problem = exc.message
            raise CsecError(
                translate("SyncReport", "Bundle {sequence}: {problem}").format(
                    sequence=sequence, problem=problem
                )
            ) from None
        sync.apply_receipt_only(answer.receipt)
        if isinstance(delivery, OutboxDelivery):
            delivery.remove(locator)
    return len(waiting)


def sync_now(
    sync: SyncService, progress: Progress | None = None, client: ClientFactory | None = None
) -> SyncReport:
    say = progress or (lambda _text, _done: None)
    db = sync.session.db
    service = service_of(sync.trust())
    make = client or (lambda s: CountyClient(s, sync.identity(), sync.clock))
    with make(service) as county:
        say(translate("SyncReport", "Checking for a newer county trust file…"), 0.02)
        trust = sync.trust()
        newer = county.trust(trust.version if trust else 0)
        installed = sync.install_trust(newer).trust.version if newer else None
        sync.settle()
        # Bundles already written go first (an upload cut short last time is retried from
        # the stored file); a new bundle carries only what they did not.
        uploaded = _send_waiting(sync, county, say, 0.05)
        applied = uploaded
        still = _unanswered(sync)
        if still:
            say(translate("SyncReport", "Fetching the county's answers…"), 0.3)
            for _seq, receipt in county.receipts(still[0][0] - 1):
                applied += int(sync.apply_receipt_only(receipt))
        exported = None
        if sum(count_pending(db).values()):
            say(translate("SyncReport", "Preparing the records to send…"), 0.35)
            exported = sync.export_to(sync.outbox()).sequence
            sent = _send_waiting(sync, county, say, 0.4)
            uploaded, applied = uploaded + sent, applied + sent
    purged = sync.purge_due()
    with db.transaction():
        db.execute(
            "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (LAST_SYNC_KEY, to_iso(sync.clock())),
        )
    say(translate("SyncReport", "Done."), 1.0)
    return SyncReport(installed, exported, uploaded, applied, purged)


def last_synced(sync: SyncService) -> str | None:
    return sync.status().last_synced
