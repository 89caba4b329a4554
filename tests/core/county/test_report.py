"""The WIC 16501.45 counts place each identification by its timing answer, then the
encounter's own flags; the county keys stay inside the store."""

from __future__ import annotations

from datetime import date
from typing import Any

from csec_desktop.core.county.period_report import build_period_report
from csec_desktop.core.county.report import build_report
from csec_desktop.core.county.report_period import Period
from csec_desktop.core.county.store import CountyVault
from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync_service import records_codec
from tests.core.sync_service.world import World, profile


def test_the_four_counts_follow_timing_answers_then_encounter_flags(world: World) -> None:
    a = world.laptop("a")
    a.seed(3, seed=11)
    youth = [a.caseload.add(profile(first=f"Youth{i}")) for i in range(6)]
    records, _ = records_codec.collect(a.session.db)
    template = next(r for r in records if r["kind"] == "encounter")
    sent = [r for r in records if r["kind"] in ("youth", "instrument_definition")]

    def encounter(n: int, youth_id: str, band: str, **extra: Any) -> dict[str, Any]:
        return {
            **template,
            "id": f"00000000-0000-4000-8000-{n:012d}",
            "youth_id": youth_id,
            "final_band": band,
            "status": extra.get("status", "completed"),
            "answers": extra.get("answers", {}),
            "in_care": extra.get("in_care", True),
            "missing": extra.get("missing", False),
            "version": 1,
            "base_version": None,
        }

    timing = "exploitation_timing"
    sent += [
        encounter(1, youth[0].id, "identified", answers={timing: ["in_care", "while_missing"]}),
        encounter(2, youth[1].id, "identified", missing=True),
        encounter(3, youth[2].id, "identified", answers={timing: ["unknown"]}),
        encounter(4, youth[3].id, "identified", in_care=False),  # never in care
        encounter(5, youth[4].id, "at_risk"),
        encounter(6, youth[0].id, "at_risk"),  # exploited already: not also at risk
        encounter(7, youth[5].id, "identified", status="draft"),  # drafts never count
    ]
    data, _ = build_bundle(
        BundleHeader(1), sent, a.sync.identity(), world.authority.keys.encryption_public
    )
    path = a.out / "crafted.csb"
    path.write_bytes(data)
    synced = sum(r["kind"] != "instrument_definition" for r in sent)
    assert world.import_(path).counts == {"accepted": synced}
    wic = build_period_report(world.county_db, Period.of(date(2000, 1, 1), date(2030, 12, 31)))[
        "wic_16501_45"
    ]
    in_care, not_in_care = wic["in_foster_care"]["period"], wic["not_in_foster_care"]["period"]
    counts = [
        in_care[name]["total"]
        for name in ("exploited_before_care", "exploited_in_care", "exploited_while_missing",
                     "at_risk")
    ]  # fmt: skip
    assert counts == [0, 2, 2, 1]
    assert not_in_care["identified"]["total"] == 1  # counted apart, never as "before care"
    report = build_report(world.county_db)
    assert report.youth == len(youth) + 3 and report.encounters == 7


def test_the_county_keys_live_only_inside_the_encrypted_store(world: World) -> None:
    root = world.root / "county"
    secret = world.authority.keys.to_bytes()
    for path in root.iterdir():
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        assert all(secret[i : i + 32] not in data for i in (0, 32, 64))
    assert CountyVault(root).db_path.name == "county.db"
