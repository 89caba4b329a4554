"""Benchmark: many simulated laptops uploading bundles concurrently to two receiving-service
processes on one PostgreSQL, beside ``csec county import`` of the same bundles from a folder,
in the same run. Loopback only; bounded in count and time.

Each simulated laptop is an enrolled device identity whose bundles (1 fictional youth each,
chained 1..N) are built with the product's own bundle builder. The run checks, by counting
against what was sent, that no record is lost and none is held twice.

Run: ``.venv/bin/python -m benchmarks.online_sync [--laptops 200] [--bundles 10]``.
It starts its own throwaway PostgreSQL cluster (tests/pg_cluster.py) and two
``csec county serve`` processes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import Row, percentile, print_rows
from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.county.store import CountyVault
from csec_desktop.core.county.store_backend import open_store
from csec_desktop.core.county_service.runner import county_tls
from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync.enrollment import make_device_request
from csec_desktop.core.sync.fingerprints import fingerprint_text
from csec_desktop.core.sync.keys import DeviceIdentity
from csec_desktop.core.sync.manifest import GENESIS
from csec_desktop.core.sync.trust import TrustService
from csec_desktop.core.sync_service.county_client import CountyClient
from csec_desktop.core.vault.audit import AuditLog
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.pg_cluster import Cluster

ADMIN, PASSPHRASE = "county.admin", "county intake long phrase"
FIRST = "Avery Blake Casey Devon Emery Finley Harper Jordan Kai Logan Morgan Parker Quinn".split()
LAST = "Alvarez Brooks Chen Diaz Evans Flores Garcia Hughes Ito Jones Khan Lopez Nguyen".split()
DEADLINE_SECONDS = 1800


def _youth(n: int, now: str) -> dict[str, Any]:
    return {
        "kind": "youth", "id": str(uuid.uuid4()), "version": 1, "base_version": None,
        "created_at": now, "created_by": "sim", "updated_at": now, "updated_by": "sim",
        "profile": {
            "agency": "child_welfare", "aliases": [], "case_numbers": [], "chosen_name": "",
            "birth_date": f"{2005 + n % 12}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "gender_identity": "", "icwa_status": "not_yet_asked", "in_care": False,
            "legal_first_name": FIRST[n % len(FIRST)] + f"{n:05d}",
            "legal_last_name": LAST[(n // len(FIRST)) % len(LAST)], "legal_middle_name": "",
            "missing": False, "placement": "", "preferred_language": "en", "pronouns": "",
            "tribal_affiliation": "",
        },
    }  # fmt: skip


def _serve(root: Path, url: str, port: int, tmp: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "csec_desktop", "county", "serve", "--county-dir",
         str(root / "county"), "--username", ADMIN, "--passphrase-stdin", "--database", url,
         "--listen", f"127.0.0.1:{port}", "--log", str(root / f"service-{port}.log")],
        stdin=subprocess.PIPE, text=True, env={**os.environ, "TMPDIR": str(tmp)},
    )  # fmt: skip
    assert proc.stdin is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.close()
    return proc


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run(laptops: int, bundles: int, processes: int = 2) -> dict[str, Any]:
    root = Path(tempfile.mkdtemp(prefix="csec-online-bench-"))
    tmp = root / "tmp"
    tmp.mkdir()
    cluster = Cluster().start()
    procs: list[subprocess.Popen[str]] = []
    try:
        return _run(root, tmp, cluster, laptops, bundles, processes, procs)
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(30)
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


def _run(
    root: Path, tmp: Path, cluster: Cluster, laptops: int, bundles: int, processes: int,
    procs: list[subprocess.Popen[str]],
) -> dict[str, Any]:  # fmt: skip
    online_url = cluster.fresh_database("online")
    vault = CountyVault(root / "county", kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize(ADMIN, "Intake Desk", PASSPHRASE)
    store = open_store(online_url, session.db)
    devices = [DeviceIdentity(str(uuid.uuid4()), _key()) for _ in range(laptops)]
    with store.connection() as db:
        audit = AuditLog(db, vault.clock)
        authority = CountyAuthority.create(session.db, audit, ADMIN, "bench", "Bench County",
                                           {}, vault.clock(), store=db)  # fmt: skip
        for device in devices:
            # The fingerprint a worker would read to the officer: the device's own key.
            authority.enroll(
                make_device_request(device, vault.clock()),
                vault.clock(),
                fingerprint_text(device.signing_key.public_key()),
            )
        encryption = authority.current_trust().encryption_public_key
    store.close()
    session.sign_out()

    now = vault.clock()
    stamp = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    folder = root / "bundles"
    folder.mkdir()
    chains: list[list[bytes]] = []
    sent_ids: set[str] = set()
    serial = 0
    for device in devices:
        previous, chain = GENESIS, []
        for sequence in range(1, bundles + 1):
            record = _youth(serial, stamp)
            serial += 1
            sent_ids.add(record["id"])
            moment = now + timedelta(seconds=sequence)
            data, info = build_bundle(
                BundleHeader(sequence, previous), [record], device, encryption, now=moment
            )
            (folder / f"{device.device_id[:8]}-{sequence:04d}.csb").write_bytes(data)
            previous = info.bundle_hash
            chain.append(data)
        chains.append(chain)

    # Baseline: the same bundles imported from a folder by csec county import, into a copy of
    # the store as it stood before any upload (same devices, same trust files).
    cluster._run("createdb", "-h", str(cluster.socket), "-U", "csec", "-T", "online", "folder")
    folder_url = online_url.replace("/online?", "/folder?")
    files = sorted(str(p) for p in folder.iterdir())
    (root / "receipts-folder").mkdir()
    started = time.perf_counter()
    imported = subprocess.run(
        [sys.executable, "-m", "csec_desktop", "county", "import", "--county-dir",
         str(root / "county"), "--username", ADMIN, "--passphrase-stdin", "--database",
         folder_url, "--receipt-dir", str(root / "receipts-folder"), "--json", *files],
        input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=DEADLINE_SECONDS,
        env={**os.environ, "TMPDIR": str(tmp)}, check=False,
    )  # fmt: skip
    folder_s = time.perf_counter() - started
    folder_failed = len(json.loads(imported.stdout)["failed"]) if imported.stdout else -1

    tls = county_tls(root / "county", "127.0.0.1")
    ports = [_free_port() for _ in range(processes)]
    procs.extend(_serve(root, online_url, port, tmp) for port in ports)
    services = [TrustService(f"https://127.0.0.1:{port}", tls.pin) for port in ports]
    _wait_healthy(services, devices[0], vault)

    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + DEADLINE_SECONDS

    def laptop(index: int) -> None:
        device, chain = devices[index], chains[index]
        for number, data in enumerate(chain):
            service = services[(index + number) % len(services)]
            with CountyClient(service, device, vault.clock) as client:
                for _attempt in range(5):
                    if time.monotonic() > deadline:
                        return
                    began = time.perf_counter()
                    try:
                        client.upload(data)
                    except Exception as exc:  # noqa: BLE001 - counted, retried
                        with lock:
                            failures.append(f"{type(exc).__name__}: {exc}"[:160])
                        time.sleep(0.5)
                        continue
                    with lock:
                        latencies.append(time.perf_counter() - began)
                    break

    threads = [threading.Thread(target=laptop, args=(i,)) for i in range(laptops)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(1.0, deadline - time.monotonic()))
    online_s = time.perf_counter() - started

    counts = {}
    for name, url in (("online", online_url), ("folder", folder_url)):
        import psycopg

        with psycopg.connect(url) as conn:
            ids = [r[0] for r in conn.execute("SELECT record_id FROM county_records")]
            held = conn.execute("SELECT count(*) FROM county_record_versions").fetchone()
            counts[name] = {
                "bundles": conn.execute("SELECT count(*) FROM county_bundles").fetchone()[0],
                "lost": len(sent_ids - set(ids)),
                "duplicated": (held[0] if held else 0) - len(set(ids)),
                "unexpected": len(set(ids) - sent_ids),
            }
    total = laptops * bundles
    return {
        "laptops": laptops, "bundles_each": bundles, "processes": processes,
        "uploads": len(latencies), "retried_failures": len(failures),
        "failure_reasons": dict(Counter(failures)),
        "online_s": online_s, "online_per_bundle_ms": online_s / total * 1000,
        "online_throughput": total / online_s,
        "p95_upload_to_receipt_ms": percentile(latencies, 95) * 1000 if latencies else 0,
        "median_upload_to_receipt_ms": percentile(latencies, 50) * 1000 if latencies else 0,
        "folder_s": folder_s, "folder_per_bundle_ms": folder_s / total * 1000,
        "folder_throughput": total / folder_s, "folder_failed": folder_failed,
        "online": counts["online"], "folder": counts["folder"],
    }  # fmt: skip


def _key() -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate()


def _wait_healthy(services: list[TrustService], device: DeviceIdentity, vault: Any) -> None:
    for service in services:
        with CountyClient(service, device, vault.clock) as client:
            for _ in range(300):
                if client.health():
                    break
                time.sleep(0.2)
            else:
                raise RuntimeError(f"the service at {service.url} did not start")


def rows(f: dict[str, Any]) -> list[Row]:
    name = (f"online sync, {f['laptops']} laptops x {f['bundles_each']} bundles, "
            f"{f['processes']} processes, PostgreSQL")  # fmt: skip
    return [
        Row(f"{name} (per bundle; p95 = upload-to-receipt)", f["online_per_bundle_ms"], "ms",
            "csec county import, same bundles, folder", f["folder_per_bundle_ms"],
            p95=f["p95_upload_to_receipt_ms"]),
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laptops", type=int, default=200)
    parser.add_argument("--bundles", type=int, default=10)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.laptops, args.bundles, args.processes)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(
        f"online: {figures['online_throughput']:.1f} bundles/s, "
        f"p95 upload-to-receipt {figures['p95_upload_to_receipt_ms']:.0f} ms, "
        f"lost {figures['online']['lost']}, duplicated {figures['online']['duplicated']}, "
        f"retried failures {figures['retried_failures']} {figures['failure_reasons']}; "
        f"folder import: {figures['folder_throughput']:.1f} bundles/s "
        f"({figures['folder_failed']} failed), "
        f"lost {figures['folder']['lost']}, duplicated {figures['folder']['duplicated']}"
    )
    print_rows("Online sync", rows(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
