"""Does a bundle's import cost grow with the county? The same bundle into counties of two sizes.

    .venv/bin/python -m benchmarks.county_growth [--small 1000] [--large 50000] [--encounters 1000]

One enrolled county store is copied twice; each copy is filled with fictional youth from
another device (rows written straight into the store: names from the name pairs' pool, birth
dates spread over eighteen years), then the same exported bundle is imported into each. The
ratio large/small is the growth; the possible-duplicate check once read every county youth on
every import.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import Row, print_rows
from benchmarks.sync_bundles import LAPTOP_PASSPHRASE, LAPTOP_USER, seeded_laptop
from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.county.intake import import_bundle
from csec_desktop.core.county.store import CountyVault
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

ADMIN, PHRASE = "county.admin", "county intake long phrase"
FIRST = "Ana Luis Minh Sofia Tomas Jada Kai Mei Omar Lena Diego Nia Ravi Yara Elena Noah".split()
LAST = "Ruiz Vega Nguyen Tran Garcia Lopez Chen Wang Smith Jones Patel Khan Silva Rossi".split()


def fill(county_dir: Path, youth: int, rng: random.Random) -> None:
    """``youth`` fictional county youth from another device, straight into the store."""
    session = CountyVault(county_dir, kdf_params=MINIMUM_PARAMS).sign_in(ADMIN, PHRASE)
    born0 = date(2006, 1, 1)
    rows = []
    for n in range(youth):
        profile = {"legal_first_name": rng.choice(FIRST), "legal_last_name": rng.choice(LAST),
                   "birth_date": (born0 + timedelta(days=rng.randrange(6570))).isoformat(),
                   "agency": "child_welfare", "aliases": [], "case_numbers": []}  # fmt: skip
        rows.append((f"other-{n}", "youth", f"other-{n}", 1, "h" * 64,
                     json.dumps({"id": f"other-{n}", "profile": profile}), "other-device",
                     "bundle", "2026-01-01T00:00:00Z", "other-device"))  # fmt: skip
    with session.db.transaction() as conn:
        conn.executemany(
            "INSERT INTO county_records (record_id, kind, youth_id, version, content_hash, data, "
            "device_id, bundle_hash, updated_at, origin_device) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    session.sign_out()


def import_into(county_dir: Path, bundle: Path) -> float:
    vault = CountyVault(county_dir, kdf_params=MINIMUM_PARAMS)
    session = vault.sign_in(ADMIN, PHRASE)
    authority = CountyAuthority(session.db, session.audit, ADMIN)
    start = time.perf_counter()
    result = import_bundle(session.db, session.audit, ADMIN, authority, bundle, vault.clock())
    elapsed = time.perf_counter() - start
    assert result.counts.get("accepted", 0) > 0, result.counts
    session.sign_out()
    return elapsed


def measure(small: int, large: int, encounters: int, cache: Path) -> list[Row]:
    root = Path(tempfile.mkdtemp(prefix="csec-growth-"))
    try:
        pristine = cache / f"sync-{max(20, encounters // 20)}-{encounters}" / "laptop"
        seeded_laptop(pristine, encounters, max(20, encounters // 20))
        shutil.copytree(pristine, root / "laptop", ignore=shutil.ignore_patterns("*.lock"))
        county_vault = CountyVault(root / "county", kdf_params=MINIMUM_PARAMS)
        county, _ = county_vault.initialize(ADMIN, "Intake", PHRASE)
        authority = CountyAuthority.create(
            county.db, county.audit, ADMIN, "bench", "Benchmark County", {}, county_vault.clock()
        )
        laptop = DeviceVault(root / "laptop", kdf_params=MINIMUM_PARAMS)
        session = laptop.sign_in(LAPTOP_USER, LAPTOP_PASSPHRASE)
        service = SyncService(session)
        request = service.enrollment_request()
        _, trust = authority.enroll(request.data, laptop.clock(), request.fingerprint)
        service.install_trust(trust, authority.current_trust().root_fingerprint)
        (root / "out").mkdir()
        bundle = service.export(root / "out").path
        session.sign_out()
        county.sign_out()
        figures = {}
        for size in (small, large):
            copy = root / f"county-{size}"
            shutil.copytree(root / "county", copy, ignore=shutil.ignore_patterns("*.lock"))
            fill(copy, size, random.Random(size))
            figures[size] = import_into(copy, bundle)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return [Row(f"county import, {encounters:,} encounters, county of {large:,} youth",
                figures[large] * 1000, "ms", f"same bundle, county of {small:,} youth",
                figures[small] * 1000)]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=50_000)
    parser.add_argument("--encounters", type=int, default=1_000)
    default_cache = Path(tempfile.gettempdir()) / "csec-benchmarks"
    parser.add_argument("--cache", type=Path, default=default_cache)
    args = parser.parse_args()
    rows = measure(args.small, args.large, args.encounters, args.cache)
    print_rows("County import against the county's size", rows)


if __name__ == "__main__":
    main()
