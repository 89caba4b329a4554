"""Names and free text are saved in one spelling (NFC), whatever the keyboard sent."""

from __future__ import annotations

import json
import unicodedata

from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.case_items import CaseItems, MdtMember, Note, Referral
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.screening_policy import default_screening_policy

NFD_SOFIA = "Sofi\u0301a"  # "Sofía" as i + combining acute accent
NFD_NGUYEN = unicodedata.normalize("NFD", "Nguyễn Thị Hồng")


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def all_nfc(value: object) -> bool:
    """Every string inside a decoded JSON value is NFC (the stored JSON escapes non-ASCII)."""
    if isinstance(value, str):
        return is_nfc(value)
    if isinstance(value, dict):
        return all(all_nfc(v) for v in value.values())
    if isinstance(value, list):
        return all(all_nfc(v) for v in value)
    return True


def test_youth_names_are_saved_in_nfc(ctx, session):
    youth = Caseload(ctx).add(
        YouthProfile(
            legal_first_name=NFD_SOFIA,
            legal_last_name=NFD_NGUYEN,
            chosen_name=NFD_SOFIA,
            aliases=(NFD_SOFIA + " P" + "e\u0303" + "na",),
            agency=Agency.CHILD_WELFARE,
        )
    )
    assert youth.profile.legal_first_name == "Sofía" != NFD_SOFIA
    assert youth.profile.aliases == ("Sofía Pẽna",)
    (raw,) = session.db.execute("SELECT data FROM youth WHERE id = ?", (youth.id,)).fetchone()
    stored = json.loads(raw)
    assert all_nfc(stored)
    assert stored["legal_last_name"] == "Nguyễn Thị Hồng"


def test_case_items_and_answers_are_saved_in_nfc(ctx, session, clock):
    youth = Caseload(ctx).add(
        YouthProfile(legal_first_name="Ana", legal_last_name="Ruiz", agency=Agency.PROBATION)
    )
    items = CaseItems(ctx)
    items.add(youth.id, Note(text=f"Habló con {NFD_SOFIA}."))
    items.add(youth.id, Referral(domain="housing", agency=NFD_NGUYEN, note=NFD_SOFIA))
    items.add(youth.id, MdtMember(name=NFD_SOFIA, agency="Advocate", role="Mentor"))
    rows = session.db.execute("SELECT data FROM case_items").fetchall()
    assert len(rows) == 3 and all(all_nfc(json.loads(raw)) for (raw,) in rows)
    assert "Sofía" in {json.loads(raw).get("name") for (raw,) in rows}
    screening = ScreeningService(ctx, shipped_registry(), default_screening_policy())
    run = screening.start(youth, "case_opening", "csec_identification", clock.now)
    run.set_answer("youth_words", f"Me llamo {NFD_SOFIA}")
    (raw,) = session.db.execute(
        "SELECT value FROM answers WHERE item_id = 'youth_words'"
    ).fetchone()
    assert json.loads(raw) == "Me llamo Sofía"


def test_duty_notes_and_override_reason_are_saved_in_nfc(ctx, session, clock):
    from tests.core.reports.conftest import fill

    youth = Caseload(ctx).add(
        YouthProfile(legal_first_name="Ana", legal_last_name="Ruiz", agency=Agency.PROBATION)
    )
    screening = ScreeningService(ctx, shipped_registry(), default_screening_policy())
    run = screening.start(youth, "case_opening", "csec_identification", clock.now)
    fill(run, {"ex_disclosed": 1})
    done = run.complete(final_band="identified", override_reason=f"Habló {NFD_SOFIA}")
    assert done.encounter.override_reason == "Habló Sofía"
    duties = DutyStore(ctx)
    first, second = done.duties[:2]
    duties.record_done(first.id, clock.now, f"Llamada de {NFD_SOFIA}", reference=NFD_NGUYEN)
    duties.mark_not_applicable(second.id, NFD_SOFIA)
    rows = [json.loads(raw) for (raw,) in session.db.execute("SELECT data FROM duties")]
    assert all(all_nfc(row) for row in rows)
    assert {"Sofía"} <= {row.get("not_applicable", {}).get("reason") for row in rows}


def test_a_workers_display_name_is_saved_in_nfc(session):
    from csec_desktop.core.vault.roles import Role

    account = session.add_account(
        "maria.pena", "María Pe\u0303na", Role.FIELD_WORKER, "quiet harbor lantern 42"
    )
    assert account.display_name == "María Pẽna" and is_nfc(account.display_name)
