"""County intake stores names and free text in NFC, even from a laptop that saved another
spelling (an older version, or a record edited elsewhere)."""

from __future__ import annotations

import json
import unicodedata

from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync_service import records_codec
from tests.core.sync_service.world import World, profile

NFD_SOFIA = "Sofi\u0301a"


def test_an_nfd_name_in_a_bundle_is_stored_in_nfc(world: World) -> None:
    laptop = world.laptop("a")
    youth = laptop.caseload.add(profile("Sofía", "Peña"))
    data = json.loads(
        laptop.session.db.execute("SELECT data FROM youth WHERE id = ?", (youth.id,)).fetchone()[0]
    )
    data["legal_first_name"] = NFD_SOFIA  # as an older laptop stored it
    laptop.session.db.execute(
        "UPDATE youth SET data = ? WHERE id = ?", (json.dumps(data, ensure_ascii=False), youth.id)
    )
    records, _ = records_codec.collect(laptop.session.db)
    sent = [r for r in records if r["kind"] in ("youth", "instrument_definition")]
    assert NFD_SOFIA in json.dumps(sent, ensure_ascii=False)
    bundle, _ = build_bundle(
        BundleHeader(1), sent, laptop.sync.identity(), world.authority.keys.encryption_public
    )
    path = laptop.out / "one.csb"
    path.write_bytes(bundle)
    assert set(world.import_(path).counts) == {"accepted"}
    (stored,) = world.county_db.execute(
        "SELECT data FROM county_records WHERE record_id = ?", (youth.id,)
    ).fetchone()
    assert NFD_SOFIA not in stored
    assert "Sofía" in stored and unicodedata.is_normalized("NFC", stored)
