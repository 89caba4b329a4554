"""The store failing under an import: PostgreSQL restarted mid-import, and the same bundle
uploaded twice at the same moment."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from csec_desktop.core.county import intake
from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync_service.online_sync import sync_now

from .online import online_county


def test_postgresql_restarted_during_an_import_loses_nothing(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cluster: Any = request.getfixturevalue("pg_cluster")
    with online_county(request, tmp_path, "postgresql") as county:
        laptop = county.laptop("a")
        laptop.seed(3)
        real = intake.import_records
        restarted = []

        def restart_midway(*args: Any, **kwargs: Any) -> Any:
            tally = real(*args, **kwargs)  # rows written inside the open transaction
            if not restarted:
                restarted.append(True)
                cluster.restart()
            return tally

        monkeypatch.setattr(intake, "import_records", restart_midway)
        with pytest.raises(CsecError, match="try again shortly"):
            sync_now(laptop.sync)
        assert restarted
        lines = [x for x in county.log_lines() if x["endpoint"] == "upload"]
        assert lines[-1]["status"] == 503
        # A fresh connection from the pool: nothing of the cut import is there.
        with county.world.store.connection() as db:
            assert db.execute("SELECT count(*) FROM county_records").fetchone()[0] == 0
        county.world.county_db = None  # type: ignore[assignment]  # its connection was cut
        report = sync_now(laptop.sync)
        assert report.uploaded == 1 and laptop.sync.status().awaiting_receipt == 0
        with county.world.store.connection() as db:
            bundles = db.execute("SELECT count(*) FROM county_bundles").fetchone()[0]
            records = db.execute("SELECT count(*) FROM county_records").fetchone()[0]
            versions = db.execute("SELECT count(*) FROM county_record_versions").fetchone()[0]
        assert bundles == 1 and records == versions > 3


@pytest.mark.parametrize("backend", ["embedded", "postgresql"])
def test_the_same_bundle_uploaded_twice_at_once_is_imported_once(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str
) -> None:
    with online_county(request, tmp_path, backend) as county:
        laptop = county.laptop("a")
        laptop.seed(4)
        path = laptop.sync.export_to(laptop.sync.outbox()).path
        data = path.read_bytes()
        from csec_desktop.core.sync_service.county_client import CountyClient

        service = laptop.sync.trust().service  # type: ignore[union-attr]
        answers: list[str] = []
        barrier = threading.Barrier(4)

        def send() -> None:
            with CountyClient(service, laptop.sync.identity(), county.world.clock) as client:  # type: ignore[arg-type]
                barrier.wait()
                answers.append(client.upload(data).status)

        threads = [threading.Thread(target=send) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert sorted(answers) == ["duplicate", "duplicate", "duplicate", "imported"]
        with county.world.store.connection() as db:
            assert db.execute("SELECT count(*) FROM county_bundles").fetchone()[0] == 1
            sent = laptop.session.db.execute("SELECT count(*) FROM sync_sent").fetchone()[0]
            held = db.execute("SELECT count(*) FROM county_record_versions").fetchone()[0]
        assert held == sent
