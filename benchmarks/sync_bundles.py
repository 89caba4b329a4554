"""Benchmark: export of 10,000 encounters and the county's import of them, each beside a
baseline measured in the same run on the same data:

- export    vs  AES-256-GCM of the same plaintext bytes alone (the floor for any encryption);
- import    vs  the same rows through one plain ``executemany`` into an SQLCipher table.

Run: ``python benchmarks/sync_bundles.py [--encounters 10000] [--json]``. Fictional data only.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

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


def run(encounters: int, youth: int) -> dict[str, float | int]:
    root = Path(tempfile.mkdtemp(prefix="csec-bench-"))
    county_vault = CountyVault(root / "county", kdf_params=MINIMUM_PARAMS)
    county, _ = county_vault.initialize("county.admin", "Intake", "county intake long phrase")
    authority = CountyAuthority.create(county.db, county.audit, "county.admin", "bench",
                                       "Benchmark County", {}, county_vault.clock())  # fmt: skip
    laptop = DeviceVault(root / "laptop", kdf_params=MINIMUM_PARAMS)
    session, _ = laptop.initialize("kim.lee", "Kim Lee", "morning fog over the bay")
    ctx = RecordContext(session.db, session.audit, laptop.clock, Actor("kim.lee", "Kim Lee"))
    _, seed_s = _timed(lambda: seed_caseload(ctx, shipped_registry(), default_screening_policy(),
                                             youth))  # fmt: skip
    total, copy_s = _timed(lambda: _add_encounters(ctx, encounters))
    service = SyncService(session)
    _, trust = authority.enroll(service.enrollment_request().data, laptop.clock())
    service.install_trust(trust)
    out = root / "out"
    out.mkdir()

    records, _ = records_codec.collect(session.db)
    plaintext = canonical_json({"records": records})
    _, aes_s = _timed(lambda: AESGCM(secrets.token_bytes(32)).encrypt(
        secrets.token_bytes(12), plaintext, None))  # fmt: skip
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
    plain.close()
    session.sign_out()
    county.sign_out()
    return {
        "encounters": total, "records": exported.records, "seed_s": round(seed_s + copy_s, 2),
        "bundle_bytes": exported.path.stat().st_size, "plaintext_bytes": len(plaintext),
        "export_s": round(export_s, 3), "aes_gcm_same_bytes_s": round(aes_s, 3),
        "import_s": round(import_s, 3), "executemany_same_rows_s": round(bulk_s, 3),
        "accepted": result.counts.get("accepted", 0),
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encounters", type=int, default=10_000)
    parser.add_argument("--youth", type=int, default=500)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.encounters, args.youth)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(
        f"{figures['encounters']} encounters, {figures['records']} records, "
        f"bundle {figures['bundle_bytes'] / 1e6:.1f} MB "
        f"({figures['plaintext_bytes'] / 1e6:.1f} MB of JSON); seeding {figures['seed_s']} s"
    )
    print(
        f"export  {figures['export_s']:>8.3f} s   vs AES-GCM of the same bytes "
        f"{figures['aes_gcm_same_bytes_s']:.3f} s"
    )
    print(f"import  {figures['import_s']:>8.3f} s   vs executemany of the same rows "
          f"{figures['executemany_same_rows_s']:.3f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
