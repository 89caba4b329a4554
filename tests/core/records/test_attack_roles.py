"""Finding 1 of the security review: roles were cosmetic (no owner or role filter in core)."""

from __future__ import annotations

from pathlib import Path

import pytest

from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.errors import AuthError
from csec_desktop.core.instruments.registry import shipped_registry
from csec_desktop.core.policy import load_policy
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.case_items import CaseItems
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.youth_access import YouthAccess
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.roles import Role
from tests.core.vault.conftest import FakeClock
from tests.e2e.cli import run_csec

SUP, SUP_PASS = "maria.lopez", "blue river quiet morning"
A, A_PASS = "ana.ruiz", "tall cedar under rain"
B, B_PASS = "ben.cho", "green kite over hills"


@pytest.fixture
def laptop(tmp_path: Path):
    """One laptop, three accounts; worker A records two youth with completed screenings."""
    clock = FakeClock()
    vault = DeviceVault(tmp_path / "data", clock=clock, kdf_params=MINIMUM_PARAMS)
    sup, _ = vault.initialize(SUP, "Maria Lopez", SUP_PASS)
    sup.add_account(A, "Ana Ruiz", Role.FIELD_WORKER, A_PASS)
    sup.add_account(B, "Ben Cho", Role.PROBATION_OFFICER, B_PASS)
    accounts = {a.username: a for a, _ in sup.list_accounts()}

    def ctx(name: str) -> RecordContext:
        return RecordContext(sup.db, sup.audit, clock, Actor.of(accounts[name]))

    seed_caseload(ctx(A), shipped_registry(), default_screening_policy(), 2, seed=3)
    yield vault, sup, ctx
    sup.sign_out()


def test_a_worker_cannot_see_open_change_or_print_another_workers_youth(laptop) -> None:
    """Attack: worker B, signed in on the shared laptop, lists the caseload, opens a youth that
    worker A added, reads its screenings, duties and notes, edits it, and prints its summary
    (one screening and the whole day). Every step is refused or shows nothing in core; the
    supervisor sees everything; once A shares the youth with B, B sees that one youth."""
    _vault, _sup, ctx = laptop
    a, b, boss = ctx(A), ctx(B), ctx(SUP)
    youth = YouthStore(a).all()
    assert len(youth) == 2
    # A youth of A's with a completed screening (the seed also leaves drafts).
    target, encounter = next(
        (y, e) for y in youth for e in EncounterStore(a).for_youth(y.id) if e.status == "completed"
    )

    assert len(Caseload(b)) == 0 and YouthStore(b).count() == 0
    assert EncounterStore(b).drafts() == [] and DutyStore(b).open_duties() == []
    for attempt in (
        lambda: YouthStore(b).get(target.id),
        lambda: Caseload(b).change(target.id, target.profile),
        lambda: EncounterStore(b).get(encounter.id),
        lambda: EncounterStore(b).for_youth(target.id),
        lambda: DutyStore(b).for_youth(target.id),
        lambda: CaseItems(b).for_youth(target.id),
        lambda: SummaryService(b, load_policy()).render(encounter.id, "case"),
        lambda: YouthAccess(b).share(target.id, B),
    ):
        with pytest.raises(AuthError):
            attempt()
    received = encounter.info_received_at
    from csec_desktop.core.clock import from_iso

    with pytest.raises(Exception, match="no completed screenings"):
        SummaryService(b, load_policy()).render_day(from_iso(received), "case")

    assert len(Caseload(boss)) == 2
    assert SummaryService(boss, load_policy()).render(encounter.id, "case").startswith(b"%PDF")

    YouthAccess(a).share(target.id, B)
    assert [y.id for y in YouthStore(b).all()] == [target.id]
    assert EncounterStore(b).get(encounter.id).id == encounter.id
    YouthAccess(a).unshare(target.id, B)
    assert YouthStore(b).all() == []


def test_the_print_command_refuses_another_workers_screening(laptop, tmp_path: Path) -> None:
    """Attack: worker B runs `csec print` with the id of a screening of A's youth (ids appear
    in audit output and receipts). The command refuses with one line and writes no file."""
    vault, sup, ctx = laptop
    target = YouthStore(ctx(A)).all()[0]
    encounter_id = EncounterStore(ctx(A)).for_youth(target.id)[0].id
    sup.sign_out()
    out = tmp_path / "copy.pdf"
    result = run_csec(
        ["print", encounter_id, "--data-dir", str(vault.data_dir), "--username", B,
         "--audience", "case", "--out", str(out), "--passphrase-stdin"],
        B_PASS + "\n", tmp_path,
    )  # fmt: skip
    assert result.returncode != 0 and not out.exists()
    assert "not shared with you" in result.stderr and "Traceback" not in result.stderr


def test_a_youth_id_that_does_not_exist_is_called_missing_not_unshared(laptop) -> None:
    """A worker types a youth id that is on no record: the answer says it does not exist,
    instead of "not shared" (which would send them to ask a colleague about no one); a real
    youth of another worker still answers "not shared"."""
    import uuid

    from csec_desktop.core.errors import AuthError, ValidationError

    _vault, _sup, ctx = laptop
    with pytest.raises(ValidationError, match="no youth with id"):
        EncounterStore(ctx(B)).for_youth(str(uuid.uuid4()))
    with pytest.raises(AuthError, match="not shared"):
        EncounterStore(ctx(B)).for_youth(YouthStore(ctx(A)).all()[0].id)
