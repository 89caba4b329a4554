"""Referral domains travel and are kept by id: a schema-3 vault's title-stored referrals are
converted by migration 4, and the county accepts a title from an older laptop as the id."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.case_items import CaseItems, Referral
from csec_desktop.core.records.referral_domains import domain_choices, domain_id, domain_label
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.vault import schema
from csec_desktop.core.vault.device_vault import DeviceVault
from tests.core.reports.helpers import flat, text_of

from .world import World, profile

FIXTURE = Path(__file__).parents[2] / "fixtures" / "vaults" / "v3-referral-titles"
TITLE_STORED = {  # agency → the domain id the title stored in the v3 fixture names
    "Fixture teen health clinic": "sexual_health",
    "Fixture youth counselling": "mental_health",
    "Fixture recovery program": "substance_use",
    "Fixture pediatric clinic": "physical_health",
    "Fixture LGBTQ+ youth center": "identity",
    "Fixture clinica juvenil": "sexual_health",  # stored under the Spanish title
    "Fixture transitional housing": "housing",
}
SCREENED_YOUTH = "c9b0e60e-af56-42ec-ba3e-4258fc8ec464"
COMPLETED_SCREEN = "ef675ec1-4cef-43f2-a9ec-9b51b82f0417"


def test_titles_in_either_language_name_the_domain_and_unknown_text_is_kept() -> None:
    assert domain_id("Sexual and reproductive health") == "sexual_health"
    assert domain_id("  salud SEXUAL y reproductiva ") == "sexual_health"
    assert domain_id("substance_use") == "substance_use"
    assert domain_id("Tattoo removal") is None
    assert Referral(domain="Substance use", agency="x").domain == "substance_use"
    assert Referral(domain="Tattoo removal", agency="x").domain == "Tattoo removal"
    assert domain_label("identity") == "Identity and culture (including LGBTQ+)"
    ids = [d for d, _ in domain_choices()]
    assert "crisis" not in ids and "priorities" not in ids and len(ids) == 13


def _raw_domains(session) -> dict[str, tuple[str, int, int]]:
    rows = session.db.execute(
        "SELECT data, version, dirty FROM case_items WHERE kind = 'referral'"
    ).fetchall()
    return {json.loads(d)["agency"]: (json.loads(d)["domain"], int(v), int(x)) for d, v, x in rows}


def test_migration_4_converts_title_stored_referrals_and_the_caregiver_copy_holds_none(
    tmp_path: Path,
) -> None:
    data = tmp_path / "v3"
    shutil.copytree(FIXTURE, data)
    session = DeviceVault(data).sign_in("fixture.supervisor", "fixture vault passphrase one")
    try:
        assert schema.current_version(session.db.conn) == schema.LATEST >= 4
        stored = _raw_domains(session)
        for agency, domain in TITLE_STORED.items():
            assert stored[agency][0] == domain, agency
            assert stored[agency][1] == 2 and stored[agency][2] == 1  # a new version to send
        assert stored["County behavioral health"] == ("mental_health", 1, 1)  # already an id
        # The fixture's youth were added by another account: print as the supervisor, who sees
        # every youth (roles are enforced in core).
        ctx = RecordContext(
            session.db, session.audit, session.vault.clock, Actor.of(session.account)
        )
        service = SummaryService(ctx, session.policy)
        caregiver = flat(text_of(service.render(COMPLETED_SCREEN, "caregiver")))
        case = flat(text_of(service.render(COMPLETED_SCREEN, "case")))
        for agency, domain in TITLE_STORED.items():
            assert agency in case, agency
            assert (agency in caregiver) == (domain == "housing"), agency
    finally:
        session.sign_out()
    assert not (data / "vault.db.v3.bak").exists()  # taken first, removed after a good upgrade


def test_the_county_keeps_a_title_sent_by_an_older_laptop_as_the_domain_id(world: World) -> None:
    a = world.laptop("a")
    youth = a.caseload.add(profile())
    item = CaseItems(a.ctx).add(youth.id, Referral(domain="housing", agency="Shelter"))
    # An older laptop wrote the title: put it back as such, bypassing today's model.
    a.session.db.execute(
        "UPDATE case_items SET data = ? WHERE id = ?",
        (json.dumps({"kind": "referral", "domain": "Substance use", "agency": "Rehab",
                     "contact": "", "referred_on": None, "status": "planned", "note": ""}),
         item.id),
    )  # fmt: skip
    result = world.import_(a.sync.export(a.out).path)
    assert result.counts.get("accepted", 0) >= 2
    row = world.county_db.execute(
        "SELECT data FROM county_records WHERE record_id = ?", (item.id,)
    ).fetchone()
    assert json.loads(row[0])["data"]["domain"] == "substance_use"
