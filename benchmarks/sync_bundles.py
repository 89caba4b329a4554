"""Benchmark: export of 10,000 encounters and the county's import of them, each beside a
baseline measured in the same run on the same data:

- export    vs  AES-256-GCM of the same plaintext bytes alone (the floor for any encryption);
- import    vs  the same rows through one plain ``executemany`` into an SQLCipher table;
- each also beside its same-work floor (``benchmarks/sync_floors.py``); export also beside the
  floor that keeps what was sent in the vault, as the product must (its first floor keeps it
  in a temporary table in memory).

Run: ``.venv/bin/python -m benchmarks.sync_bundles [--encounters 10000] [--cache DIR]``.
Fictional data only.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from benchmarks import sync_floors
from benchmarks.common import Row, print_rows
from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.county.intake import import_bundle
from csec_desktop.core.county.store import CountyVault
from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.instruments.registry import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.sync.canonical import canonical_json
from csec_desktop.core.sync_service import records_codec
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.vault.database import Database, open_database
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS


def _timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def _add_encounters(ctx: RecordContext, wanted: int) -> int:
    """Copy completed screenings onto the seeded youth until there are ``wanted`` encounters."""
    store = EncounterStore(ctx)
    youth = YouthStore(ctx).all()
    rows = ctx.db.execute("SELECT id FROM encounters WHERE status = 'completed'").fetchall()
    templates = [store.get(r[0]) for r in rows]
    have = ctx.db.execute("SELECT count(*) FROM encounters").fetchone()[0]
    with ctx.db.transaction():
        for n in range(wanted - have):
            model, person = templates[n % len(templates)], youth[n % len(youth)]
            made = store.start(person.id, model.decision_point, model.definition,
                               ctx.clock() - timedelta(hours=n % 500), person.profile.in_care,
                               person.profile.missing)  # fmt: skip
            store.save_answers(made.id, model.answers, None)
    return int(ctx.db.execute("SELECT count(*) FROM encounters").fetchone()[0])


LAPTOP_USER, LAPTOP_PASSPHRASE = "kim.lee", "morning fog over the bay"


def seeded_laptop(folder: Path, encounters: int, youth: int) -> float:
    """Seed a laptop vault with ``encounters`` encounters in ``folder`` unless already there."""
    if DeviceVault(folder).is_initialized():
        return 0.0
    laptop = DeviceVault(folder, kdf_params=MINIMUM_PARAMS)
    session, _ = laptop.initialize(LAPTOP_USER, "Kim Lee", LAPTOP_PASSPHRASE)
    try:
        ctx = RecordContext(session.db, session.audit, laptop.clock, Actor(LAPTOP_USER, "Kim Lee"))
        _, seed_s = _timed(lambda: seed_caseload(ctx, shipped_registry(),
                                                 default_screening_policy(), youth))  # fmt: skip
        _, copy_s = _timed(lambda: _add_encounters(ctx, encounters))
    finally:
        session.sign_out()
    return seed_s + copy_s


def run(encounters: int, youth: int, cache: Path | None = None) -> dict[str, float | int]:
    """Export from a copy of a seeded laptop vault (cached in ``cache``) into a fresh county."""
    root = Path(tempfile.mkdtemp(prefix="csec-bench-"))
    try:
        return _run(root, encounters, youth, cache)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _run(root: Path, encounters: int, youth: int, cache: Path | None) -> dict[str, float | int]:
    pristine = (cache or root) / f"sync-{youth}-{encounters}" / "laptop"
    seed_s = seeded_laptop(pristine, encounters, youth)
    # Export marks records as sent, so every run exports from a fresh copy of the seeded vault.
    shutil.copytree(pristine, root / "laptop", ignore=shutil.ignore_patterns("*.lock"))
    county_vault = CountyVault(root / "county", kdf_params=MINIMUM_PARAMS)
    county, _ = county_vault.initialize("county.admin", "Intake", "county intake long phrase")
    authority = CountyAuthority.create(county.db, county.audit, "county.admin", "bench",
                                       "Benchmark County", {}, county_vault.clock())  # fmt: skip
    laptop = DeviceVault(root / "laptop", kdf_params=MINIMUM_PARAMS)
    session = laptop.sign_in(LAPTOP_USER, LAPTOP_PASSPHRASE)
    total = int(session.db.execute("SELECT count(*) FROM encounters").fetchone()[0])
    service = SyncService(session)
    request = service.enrollment_request()
    _, trust = authority.enroll(request.data, laptop.clock(), request.fingerprint)
    service.install_trust(trust, authority.current_trust().root_fingerprint)
    out = root / "out"
    out.mkdir()

    records, _ = records_codec.collect(session.db)
    plaintext = canonical_json({"records": records})
    _, aes_s = _timed(lambda: AESGCM(secrets.token_bytes(32)).encrypt(
        secrets.token_bytes(12), plaintext, None))  # fmt: skip
    floor_export_s, sealed, floor_key = sync_floors.export_floor(session.db, root)
    vault_floor_s, _, _ = sync_floors.export_floor(session.db, root, sent_in_vault=True)
    exported, export_s = _timed(lambda: service.export(out))

    result, import_s = _timed(
        lambda: import_bundle(
            county.db, county.audit, "county.admin", authority, exported.path, county_vault.clock()
        )
    )
    rows = [(r["id"], r["kind"], r.get("youth_id"), r["version"], "h" * 64,
             canonical_json(r).decode(), "device", "bundle", "now")
            for r in records if "id" in r]  # fmt: skip
    plain = Database(open_database(root / "plain.db", os.urandom(32), create=True),
                     root / "plain.db")  # fmt: skip
    plain.execute("CREATE TABLE t (a TEXT PRIMARY KEY, b, c, d, e, f, g, h, i)")

    def bulk() -> None:
        with plain.transaction() as conn:
            conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    _, bulk_s = _timed(bulk)
    floor_import_s = sync_floors.import_floor(root, sealed, floor_key)
    plain.close()
    session.sign_out()
    county.sign_out()
    return {
        "encounters": total, "records": exported.records, "seed_s": round(seed_s, 2),
        "bundle_bytes": exported.path.stat().st_size, "plaintext_bytes": len(plaintext),
        "export_s": export_s, "aes_gcm_same_bytes_s": aes_s,
        "import_s": import_s, "executemany_same_rows_s": bulk_s,
        "accepted": result.counts.get("accepted", 0),
        "floor_export_s": floor_export_s, "floor_import_s": floor_import_s,
        "floor_export_sent_in_vault_s": vault_floor_s,
    }  # fmt: skip


def rows(figures: dict[str, float | int]) -> list[Row]:
    count = f"{figures['encounters']:,} encounters"
    return [
        Row(f"export, {count} ({figures['bundle_bytes'] / 1e6:.1f} MB)",
            float(figures["export_s"]) * 1000, "ms", "AES-GCM of the same bytes",
            float(figures["aes_gcm_same_bytes_s"]) * 1000),
        Row(f"county import, {count}", float(figures["import_s"]) * 1000, "ms",
            "executemany of the same rows", float(figures["executemany_same_rows_s"]) * 1000),
        Row(f"export, {count}", float(figures["export_s"]) * 1000, "ms",
            "floor: read, JSON, zlib, AES-GCM, fsync, sent",
            float(figures["floor_export_s"]) * 1000),
        Row(f"export, {count}", float(figures["export_s"]) * 1000, "ms",
            "floor, sent rows kept in the vault",
            float(figures["floor_export_sent_in_vault_s"]) * 1000),
        Row(f"county import, {count}", float(figures["import_s"]) * 1000, "ms",
            "floor: open, parse, store all, same indexes",
            float(figures["floor_import_s"]) * 1000),
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encounters", type=int, default=10_000)
    parser.add_argument("--youth", type=int, default=500)
    parser.add_argument("--cache", type=Path, default=None, help="keep the seeded vault here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.encounters, args.youth, args.cache)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(
        f"{figures['encounters']} encounters, {figures['records']} records, "
        f"bundle {figures['bundle_bytes'] / 1e6:.1f} MB "
        f"({figures['plaintext_bytes'] / 1e6:.1f} MB of JSON); seeding {figures['seed_s']} s"
    )
    print_rows("Sync bundles", rows(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
