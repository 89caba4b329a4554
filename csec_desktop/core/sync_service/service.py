"""``SyncService``: everything the sync panel and the ``csec device``/``csec sync`` commands do.

It works on a signed-in session and passes the session's database, audit log, account and
clock explicitly to the modules that do the work. Every method is safe to run on a background
thread (the database lock serialises access) and returns plain frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from csec_desktop.core.clock import Clock
from csec_desktop.core.demo_logins import DEMO_LOGINS
from csec_desktop.core.errors import UsageError
from csec_desktop.core.i18n import translate
from csec_desktop.core.sync.enrollment import make_device_request
from csec_desktop.core.sync.fingerprints import fingerprint_text
from csec_desktop.core.sync.keys import DeviceIdentity, key_id
from csec_desktop.core.sync.trust import Trust
from csec_desktop.core.sync_service import identity as ident
from csec_desktop.core.sync_service.bundle_state import BundleState
from csec_desktop.core.sync_service.delivery import (
    BundleDelivery,
    FolderDelivery,
    OutboxDelivery,
    delivery_for,
)
from csec_desktop.core.sync_service.export import ExportResult, export_bundle, settle_unfinished
from csec_desktop.core.sync_service.purge import PurgeReport, purge_delivered
from csec_desktop.core.sync_service.receipts import ReceiptOutcome, apply_receipt
from csec_desktop.core.sync_service.records_codec import count_pending
from csec_desktop.core.sync_service.service_change import ServiceChange, service_change
from csec_desktop.core.vault.roles import Role
from csec_desktop.core.vault.session import Session

MAX_RETENTION_DAYS = 3650


@dataclass(frozen=True)
class EnrollmentRequest:
    data: bytes  # the request file's bytes
    device_id: str
    fingerprint: str  # words + hex (fingerprints.fingerprint_text), read to the county officer


@dataclass(frozen=True)
class SyncStatus:
    device_id: str
    device_fingerprint: str | None  # None until a request was made
    county_name: str | None
    county_fingerprint: str | None
    trust_version: int | None
    enrolled: bool  # this device (with this laptop's key) is in the trust file, not revoked
    key_mismatch: bool  # the registry holds another key under this device id: nothing is sent
    pending: dict[str, int]  # records waiting to be sent, by kind
    last_export_sequence: int | None
    last_export_at: str | None
    awaiting_receipt: int  # bundles written without a receipt yet
    last_receipt_at: str | None
    conflicts: int  # records the county answered with a conflict, awaiting a person
    rejected: int
    retention_days: int
    online: bool = False  # the trust file names the county's receiving service
    auto_sync: bool = False  # ... and the county's policy lets the laptop sync on its own
    last_synced: str | None = None  # the last online sync that finished

    @property
    def pending_total(self) -> int:
        return sum(self.pending.values())


class SyncService:
    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self.clock = clock or session.vault.clock

    @property
    def _actor(self) -> str:
        return self.session.account.username

    def identity(self) -> DeviceIdentity:
        db, audit = self.session.db, self.session.audit
        return ident.ensure_identity(db, audit, self._actor, self.session.device_id, self.clock())

    def _refuse_demo(self) -> None:
        """Demo data must never reach a county: a demo vault (marked at creation, or holding
        the published demo accounts) neither enrolls, installs a trust file nor exports."""
        db = self.session.db
        marked = db.execute("SELECT 1 FROM meta WHERE key = 'demo'").fetchone()
        demo_account = any(
            db.execute("SELECT 1 FROM accounts WHERE username = ?", (login.username,)).fetchone()
            for login in DEMO_LOGINS
        )
        if marked or demo_account:
            raise UsageError(
                translate(
                    "SyncErrors",
                    "This is the demo vault: its data is fictional and never goes to a county. "
                    "Enroll and sync from the real vault.",
                )
            )

    def enrollment_request(self) -> EnrollmentRequest:
        self._refuse_demo()
        identity = self.identity()
        data = make_device_request(identity, self.clock())
        self.session.audit.append("enrollment_requested", self._actor, identity.device_id)
        return EnrollmentRequest(
            data,
            identity.device_id,
            fingerprint_text(identity.public_key),
        )

    def check_trust(self, data: bytes) -> Trust:
        """Verify a trust file without installing it (to show its fingerprint first)."""
        return ident.check_trust(self.session.db, data, self.clock())

    def install_trust(
        self,
        data: bytes,
        expected_fingerprint: str | None = None,
        accept_key_change: bool = False,
        accept_service_change: bool = False,
    ) -> ident.TrustInstall:
        """Install a trust file (see ``identity.install_trust``). Pinning the county root and
        accepting a change of the county's keys or sync service are a supervisor's decisions."""
        self._refuse_demo()
        db, audit = self.session.db, self.session.audit
        if ident.installed_trust(db) is None or accept_key_change or accept_service_change:
            self.session.require(Role.SUPERVISOR)
        installed = ident.install_trust(
            db, audit, self._actor, data, self.clock(), expected_fingerprint, accept_key_change,
            accept_service_change,
        )  # fmt: skip
        self.session.save_keys()  # the county's security rules apply before sign-in, too
        self.session.refresh_policy()  # the trust update may carry the county's package
        return installed

    def key_changes(self, data: bytes) -> list[str]:
        """Which county keys a (verified) trust file would change, to ask a person first."""
        return ident.key_changes(self.trust(), self.check_trust(data))

    def service_change(self, data: bytes) -> ServiceChange | None:
        """How a (verified) trust file would move the county's sync service, to ask first."""
        return service_change(self.trust(), self.check_trust(data))

    def trust(self) -> Trust | None:
        return ident.installed_trust(self.session.db)

    def retention_days(self) -> int:
        """The county's retention period from its trust file, else this laptop's policy."""
        trust = self.trust()
        value = trust.policy.get("sync", {}).get("retention_days") if trust else None
        if isinstance(value, int) and not isinstance(value, bool):
            return min(max(value, 1), MAX_RETENTION_DAYS)
        return int(self.session.policy.sync.retention_days)

    def resolve(self, locator: str) -> BundleDelivery:
        """The delivery that keeps the bundle recorded under ``locator``."""
        return self._resolve(locator)

    def _resolve(self, locator: str) -> BundleDelivery:
        return delivery_for(locator, self.session.vault.data_dir)

    def outbox(self) -> OutboxDelivery:
        return OutboxDelivery(self.session.vault.data_dir)

    def export(self, out_dir: Path, on_step: Callable[[str], None] | None = None) -> ExportResult:
        """Write one bundle to a folder (a USB stick or share) for ``csec county import``."""
        return self.export_to(FolderDelivery(out_dir), on_step)

    def export_to(
        self, delivery: BundleDelivery, on_step: Callable[[str], None] | None = None
    ) -> ExportResult:
        self._refuse_demo()
        now = self.clock()
        trust = ident.require_trust(self.session.db, now)
        ident.check_own_key(trust, self.identity())
        return export_bundle(
            db=self.session.db,
            audit=self.session.audit,
            actor=self._actor,
            identity=self.identity(),
            trust=trust,
            delivery=delivery,
            resolve=self._resolve,
            now=now,
            on_step=on_step,
        )

    def apply_receipt(self, data: bytes) -> tuple[ReceiptOutcome, PurgeReport]:
        """Verify and apply a receipt, then purge what retention allows."""
        return self._apply(data), self.purge_due()

    def apply_receipt_only(self, data: bytes) -> bool:
        """Verify and apply a receipt; True when it was new (online sync purges once, after)."""
        return not self._apply(data).already_applied

    def _apply(self, data: bytes) -> ReceiptOutcome:
        trust = ident.require_trust(self.session.db, self.clock())
        return apply_receipt(
            self.session.db,
            self.session.audit,
            self._actor,
            trust,
            self.session.device_id,
            data,
            self.clock(),
        )

    def purge_due(self) -> PurgeReport:
        """Purge delivered youth past the retention period (call after sign-in, too)."""
        db, audit = self.session.db, self.session.audit
        return purge_delivered(db, audit, self._actor, self.retention_days(), self.clock())

    def settle(self) -> list[int]:
        """Settle exports a crash interrupted; returns the sequence numbers abandoned."""
        with self.session.db.transaction():
            return settle_unfinished(self.session.db, self._resolve)

    def status(self) -> SyncStatus:
        db = self.session.db
        identity = ident.load_identity(db)
        trust = self.trust()
        entry = trust.device(self.session.device_id) if trust else None
        mismatch = bool(entry and identity and key_id(entry.public_key) != identity.key_id)
        written = str(BundleState.WRITTEN)
        last = db.execute(
            "SELECT sequence, written_at FROM sync_bundles WHERE status = ? "
            "ORDER BY sequence DESC LIMIT 1",
            (written,),
        ).fetchone()
        waiting = db.execute(
            "SELECT count(*) FROM sync_bundles WHERE status = ? AND receipt_applied_at IS NULL",
            (written,),
        ).fetchone()[0]
        receipt = db.execute("SELECT max(applied_at) FROM sync_receipts").fetchone()[0]
        fates = dict(
            db.execute(
                "SELECT fate, count(*) FROM sync_delivery WHERE fate IN ('conflict', 'rejected') "
                "GROUP BY fate"
            ).fetchall()
        )
        return SyncStatus(
            device_id=self.session.device_id,
            device_fingerprint=fingerprint_text(identity.public_key) if identity else None,
            county_name=trust.county_name if trust else None,
            county_fingerprint=fingerprint_text(trust.root_public_key) if trust else None,
            trust_version=trust.version if trust else None,
            enrolled=entry is not None and entry.revoked is None and not mismatch,
            key_mismatch=mismatch,
            pending=count_pending(db),
            last_export_sequence=int(last[0]) if last else None,
            last_export_at=last[1] if last else None,
            awaiting_receipt=int(waiting),
            last_receipt_at=receipt,
            conflicts=int(fates.get("conflict", 0)),
            rejected=int(fates.get("rejected", 0)),
            retention_days=self.retention_days(),
            online=trust is not None and trust.service is not None,
            auto_sync=bool(
                trust and trust.service and trust.policy.get("sync", {}).get("auto_sync")
            ),
            last_synced=_meta(db, LAST_SYNC_KEY),
        )


LAST_SYNC_KEY = "sync.last_online_sync"


def _meta(db: Any, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None
