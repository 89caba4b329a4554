"""A county and laptops on one fake clock, built with the real services (minimum Argon2id)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.county.intake import ImportResult, import_bundle
from csec_desktop.core.county.store import CountyVault
from csec_desktop.core.county.store_backend import CountyStore, open_store
from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.desk import Desk
from csec_desktop.core.instruments.registry import shipped_registry
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.vault.audit import AuditLog
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.session import Session
from tests.core.vault.conftest import FakeClock

PASS = "morning fog over the bay"


def profile(first: str = "Jordan", last: str = "Alvarez", born: date | None = None) -> YouthProfile:
    return YouthProfile(
        legal_first_name=first,
        legal_last_name=last,
        birth_date=born or date(2010, 5, 17),
        agency=Agency.CHILD_WELFARE,
    )


@dataclass
class Laptop:
    session: Session
    sync: SyncService
    ctx: RecordContext
    out: Path

    @property
    def caseload(self) -> Caseload:
        return Caseload(self.ctx)

    def seed(self, youth: int, seed: int = 7) -> None:
        seed_caseload(self.ctx, shipped_registry(), default_screening_policy(), youth, seed=seed)

    def row(self, table: str, record_id: str) -> tuple[Any, ...]:
        return tuple(
            self.session.db.execute(
                f"SELECT version, base_version, dirty FROM {table} WHERE id = ?",
                (record_id,),
            ).fetchone()
        )


@dataclass
class World:
    root: Path
    clock: FakeClock
    county_session: Session
    authority: CountyAuthority
    store: CountyStore  # the intake store: the county vault itself, or PostgreSQL
    county_db: Database  # one connection to it for the world's life
    county_audit: AuditLog  # the intake audit trail
    laptops: list[Laptop] = field(default_factory=list)
    _release: Any = None

    def laptop(self, name: str, enroll: bool = True) -> Laptop:
        vault = DeviceVault(self.root / name, clock=self.clock, kdf_params=MINIMUM_PARAMS)
        session, _ = vault.initialize("kim.lee", "Kim Lee", PASS)
        desk = Desk(session)  # on the vault's clock: the world's
        out = self.root / f"{name}-out"
        out.mkdir()
        laptop = Laptop(session, desk.sync, desk.ctx, out)
        if enroll:
            request = laptop.sync.enrollment_request()
            _, trust = self.authority.enroll(request.data, self.clock(), request.fingerprint)
            laptop.sync.install_trust(trust, self.authority.current_trust().root_fingerprint)
        self.laptops.append(laptop)
        return laptop

    def import_(self, path: Path, **kwargs: Any) -> ImportResult:
        return import_bundle(
            self.county_db, self.county_audit, "county.admin", self.authority, path,
            self.clock(), **kwargs,
        )  # fmt: skip

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.session.sign_out()
        if self._release is not None:
            self._release()
        self.store.close()
        self.county_session.sign_out()


def make_world(root: Path, clock: FakeClock | None = None, database: str | None = None) -> World:
    """A county (intake store embedded, or on PostgreSQL at ``database``) on a fake clock."""
    clock = clock or FakeClock()
    vault = CountyVault(root / "county", clock=clock, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("county.admin", "Intake Desk", "county intake long phrase")
    store = open_store(database, session.db)
    lease = store.connection()
    county_db = lease.__enter__()
    audit = session.audit if store.kind == "embedded" else AuditLog(county_db, clock)
    authority = CountyAuthority.create(
        session.db, audit, "county.admin", "alameda", "Alameda County",
        {"sync": {"retention_days": 30}}, clock(), store=county_db,
    )  # fmt: skip
    return World(root, clock, session, authority, store, county_db, audit,
                 _release=lambda: lease.__exit__(None, None, None))  # fmt: skip


def digest(db: Database) -> str:
    """SHA-256 over every row of every table: equal digests mean nothing changed."""
    h = hashlib.sha256()
    listing = (
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
        if str(db.path) == "postgresql"
        else "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    )
    tables = [r[0] for r in db.execute(listing).fetchall()]
    for table in tables:
        h.update(table.encode())
        for row in db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall():
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()
