"""Export's collecting shortcuts (issue 24) give what parsing each stored text on its own
gives: the answers of an encounter (item ids quoted once per export) and the audit details
(parsed as one array), over a seeded caseload in a real vault."""

from __future__ import annotations

import json
from pathlib import Path

from csec_desktop.core.sync_service import records_codec
from tests.core.sync_service.world import make_world


def test_collected_answers_and_audit_details_equal_each_parsed_alone(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    try:
        laptop = world.laptop("a")
        laptop.seed(3)
        db = laptop.session.db
        records, _ = records_codec.collect(db)
        encounters = [r for r in records if r["kind"] == "encounter"]
        assert encounters and any(r["answers"] for r in encounters)
        for record in encounters:
            rows = db.execute(
                "SELECT item_id, value FROM answers WHERE encounter_id = ?", (record["id"],)
            ).fetchall()
            assert record["answers"] == {item: json.loads(value) for item, value in rows}
        events = records_codec.audit_events(db, 0)
        details = db.execute("SELECT detail FROM audit ORDER BY seq").fetchall()
        assert len(events) == len(details) > 10
        assert [e["detail"] for e in events] == [json.loads(d[0]) for d in details]
        assert records_codec.audit_events(db, 10**9) == []
    finally:
        world.close()
