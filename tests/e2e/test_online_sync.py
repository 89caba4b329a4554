"""Two laptops (real vaults made and enrolled by the CLI) sync over HTTPS with ``csec county
serve`` on loopback, on PostgreSQL and on the embedded store: receipts applied, purge after
retention, and the service killed mid-import with nothing partial and the retry succeeding."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from csec_desktop.core.sync.tls_pin import pinned_context
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.vault.device_vault import DeviceVault

from .test_sync_cli import ADMIN, ADMIN_PASS, WORKER, WORKER_PASS, enroll, laptop, ok


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Service:
    def __init__(self, county: Path, port: int, database: str | None, tmp: Path) -> None:
        log = str(county / "service.log")
        self.args = [sys.executable, "-m", "csec_desktop", "county", "serve",
                     "--county-dir", str(county), "--username", ADMIN, "--passphrase-stdin",
                     "--listen", f"127.0.0.1:{port}", "--log", log]  # fmt: skip
        if database:
            self.args += ["--database", database]
        self.url, self.tmp = f"https://127.0.0.1:{port}", tmp
        self.pin = ""
        self.proc: subprocess.Popen[str] | None = None

    def start(self, pin: str) -> Service:
        self.pin = pin
        env = {**os.environ, "TMPDIR": str(self.tmp)}
        self.proc = subprocess.Popen(self.args, stdin=subprocess.PIPE, text=True, env=env)
        assert self.proc.stdin is not None
        self.proc.stdin.write(ADMIN_PASS + "\n")
        self.proc.stdin.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with httpx.Client(verify=pinned_context(pin), timeout=2) as http:
                    if http.get(self.url + "/v1/health").json() == {"status": "ok"}:
                        return self
            except (httpx.HTTPError, ValueError):
                time.sleep(0.2)
        raise AssertionError("the service did not start")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(sig)
            self.proc.wait(30)


def _sync(data: Path, tmp: Path) -> dict[str, Any]:
    return ok(["sync", "now", "--data-dir", str(data), "--username", WORKER], WORKER_PASS, tmp)


def _status(data: Path, tmp: Path) -> dict[str, Any]:
    return ok(["sync", "status", "--data-dir", str(data), "--username", WORKER], WORKER_PASS, tmp)


@pytest.mark.parametrize("backend", ["postgresql", "embedded"])
def test_two_laptops_sync_over_https(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    database = request.getfixturevalue("postgres_url")() if backend == "postgresql" else None
    tmp, county = tmp_path / "tmp", tmp_path / "county"
    tmp.mkdir()
    db_args = ["--database", database] if database else []
    made = ok(["county", "init", "--county-dir", str(county), "--username", ADMIN,
               "--display-name", "Intake Desk", "--county-id", "alameda", "--county-name",
               "Alameda County", *db_args], ADMIN_PASS, tmp)  # fmt: skip
    port = _free_port()
    named = ok(["county", "set-service", "--county-dir", str(county), "--username", ADMIN,
                "--url", f"https://127.0.0.1:{port}", "--out", str(tmp_path / "svc.trust"),
                *db_args], ADMIN_PASS, tmp)  # fmt: skip
    assert named["certificate_checked"] is False  # not running yet: said plainly, not assumed
    service = Service(county, port, database, tmp)
    laptops = [laptop(tmp_path, name, tmp, youth) for name, youth in (("a", 3), ("b", 2))]
    if database:
        os.environ["CSEC_COUNTY_DATABASE"] = database  # county enroll uses the same store
    try:
        for data in laptops:
            enroll(data, county, tmp_path, tmp, made["root_fingerprint"])
        service.start(named["tls_spki_sha256"])
        for data in laptops:
            done = _sync(data, tmp)
            assert done["uploaded"] == 1 and done["receipts_applied"] == 1
            status = _status(data, tmp)
            assert status["awaiting_receipt"] == 0 and sum(status["pending"].values()) == 0

        # The service is killed (SIGKILL) at a random moment of laptop A's next upload.
        session = DeviceVault(laptops[0]).sign_in(WORKER, WORKER_PASS)
        from csec_desktop.core.demo_seed import seed_caseload
        from csec_desktop.core.instruments.registry import shipped_registry
        from csec_desktop.core.records.base import Actor, RecordContext
        from csec_desktop.core.screening_policy import default_screening_policy

        ctx = RecordContext(session.db, session.audit, session.vault.clock, Actor(WORKER, "Kim"))
        seed_caseload(ctx, shipped_registry(), default_screening_policy(), 8, seed=99)
        session.sign_out()
        env = {**os.environ, "TMPDIR": str(tmp)}
        sender = subprocess.Popen(
            [sys.executable, "-m", "csec_desktop", "sync", "now", "--data-dir", str(laptops[0]),
             "--username", WORKER, "--passphrase-stdin", "--json"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env,
        )  # fmt: skip
        sender.stdin.write(WORKER_PASS + "\n")  # type: ignore[union-attr]
        sender.stdin.close()  # type: ignore[union-attr]
        time.sleep(random.uniform(0.3, 1.5))
        service.stop(signal.SIGKILL)
        sender.wait(120)
        service.start(named["tls_spki_sha256"])
        _sync(laptops[0], tmp)  # whatever the kill cut, this pass finishes the job
        status = _status(laptops[0], tmp)
        assert status["awaiting_receipt"] == 0 and sum(status["pending"].values()) == 0
        service.stop()  # on the embedded store the service holds the county vault
        report = ok(["county", "report", "--county-dir", str(county), "--username", ADMIN,
                     *db_args], ADMIN_PASS, tmp)  # fmt: skip
        # Laptop A: the shared youth, 3 then 8 more; laptop B: the shared youth and 2. Every one
        # at the county, none twice (no partial import, nothing lost to the kill).
        assert report["youth"] == 15 and report["conflicts_open"] == 0
    finally:
        service.stop()
        os.environ.pop("CSEC_COUNTY_DATABASE", None)

    # Every record each laptop sent is at the county exactly once (no partial import).
    log = [json.loads(line) for line in (county / "service.log").read_text().splitlines()]
    assert all("Jordan" not in json.dumps(line) for line in log)
    uploads = [x for x in log if x.get("endpoint") == "upload" and x.get("status") == 200]
    assert len({x["bundle"] for x in uploads}) >= 3

    # Purge after retention: the county answered everything; 31 days later nothing of theirs
    # stays on laptop B.
    session = DeviceVault(laptops[1]).sign_in(WORKER, WORKER_PASS)
    try:
        later = session.vault.clock() + timedelta(days=31)
        purged = SyncService(session, clock=lambda: later).purge_due()
        assert purged.youth >= 2
        # Only youth with work still open on the laptop (a draft, an open duty) stay.
        left = session.db.execute(
            "SELECT count(*) FROM youth WHERE purged_at IS NULL AND id NOT IN ("
            "SELECT youth_id FROM encounters WHERE status = 'draft' "
            "UNION SELECT youth_id FROM duties WHERE status = 'open')"
        )
        assert left.fetchone()[0] == 0
    finally:
        session.sign_out()
