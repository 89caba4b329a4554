"""A county's own instrument, through the path a supervisor and a worker take: the policy
problem shown at sign-in, Settings → Instruments installs the file, the start dialog offers
it at its decision point, the wizard completes it, and the printed copy reads it back."""

from __future__ import annotations

import io
import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from csec_desktop.core.clock import utc_now
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.gui.instruments.instruments_dialog import COLUMNS, InstrumentsDialog
from csec_desktop.gui.wizard import StartEncounterDialog
from tests.county_example import (
    DECISION_POINT,
    EXAMPLE_FILE,
    EXAMPLE_ID,
    county_policy,
    example_instrument,
)
from tests.gui.gui_helpers import signed_in, type_date, wait_idle
from tests.gui.wizard_keys import alt, complete_and_sign, digit, next_item, open_wizard


@pytest.fixture
def county_vault(template_vault_dir: Path, tmp_path: Path) -> DeviceVault:
    folder = tmp_path / "data"
    shutil.copytree(template_vault_dir, folder)
    return DeviceVault(folder, policy=county_policy(), kdf_params=MINIMUM_PARAMS)


def test_install_offer_complete_and_print_a_county_instrument(
    qtbot, make_controller, county_vault, monkeypatch
) -> None:
    controller = make_controller(county_vault)
    signed_in(qtbot, controller, "maria")
    workspace = controller.workspace
    warning = workspace.policy_message.text()
    assert workspace.policy_message.isVisible()
    assert f"decision point '{DECISION_POINT}'" in warning and f"'{EXAMPLE_ID}'" in warning

    # Until it is installed, the decision point offers what the laptop has, without failing.
    services = workspace.services
    before = StartEncounterDialog(services.screening.policy, services.screening)
    qtbot.addWidget(before)
    rows = range(before.points.count())
    points = [before.points.item(i).data(Qt.ItemDataRole.UserRole) for i in rows]
    before.points.setCurrentRow(points.index(DECISION_POINT))
    assert before.instrument.itemData(0) == "csec_identification"
    before.reject()

    dialog = controller.open_instruments()
    assert isinstance(dialog, InstrumentsDialog) and dialog.install.isVisible()
    assert EXAMPLE_ID in dialog.policy.text()
    # A file with a mistake is refused with the place named, and nothing is installed.
    broken = json.loads(EXAMPLE_FILE.read_text("utf-8"))
    broken["rules"][1]["when"] = "worry == 5"
    bad = Path(qtbot_tmp(county_vault)) / "broken.json"
    bad.write_text(json.dumps(broken), "utf-8")
    assert dialog.install_path(bad) is False
    assert "broken.json:clear_worry: when:" in dialog.message.text()
    assert "'worry'" in dialog.message.text()
    monkeypatch.setattr(InstrumentsDialog, "confirm", lambda _self, _instrument: True)
    assert dialog.install_path(EXAMPLE_FILE) is True
    sources = {
        dialog.table.item(row, 1).text(): dialog.table.item(row, 3).text()
        for row in range(dialog.table.rowCount())
    }
    assert sources[EXAMPLE_ID] == "County"
    # The county's own come first, each with the start of its fingerprint to compare.
    assert dialog.table.item(0, 1).text() == EXAMPLE_ID
    hash_start = example_instrument().content_hash[:16]
    assert dialog.table.item(0, COLUMNS.index("Fingerprint (SHA-256)")).text() == f"{hash_start}…"
    assert sources["csec_identification"] == "Shipped with the app"
    assert dialog.policy.text().startswith("Every instrument the county policy offers")
    assert not workspace.policy_message.isVisible()
    dialog.reject()

    services = workspace.services
    start = StartEncounterDialog(services.screening.policy, services.screening)
    qtbot.addWidget(start)
    start.show()
    points = [
        start.points.item(i).data(Qt.ItemDataRole.UserRole) for i in range(start.points.count())
    ]
    start.points.setCurrentRow(points.index(DECISION_POINT))
    offered = [start.instrument.itemData(i) for i in range(start.instrument.count())]
    assert offered[0] == EXAMPLE_ID
    start.reject()

    youth = Caseload(services.ctx).add(
        YouthProfile(
            legal_first_name="Ana",
            legal_last_name="Flores",
            birth_date=date(2011, 5, 1),
            agency=Agency.CHILD_WELFARE,
            in_care=True,
        )
    )
    received = (utc_now() - timedelta(hours=1)).replace(microsecond=0)
    run = services.screening.start(youth, DECISION_POINT, EXAMPLE_ID, received)
    wizard = open_wizard(qtbot, run, youth)
    navigator = run.navigator
    answers = {"youth_view": 3, "left_before": 2, "contacts": 3, "worry": 1}
    steps = 0
    while navigator.current is not None:
        item = navigator.current
        if item.id == "moved_on":
            type_date(qtbot, wizard.item_page.control.date, "02/27/2026")
            alt(qtbot, "n")
        elif item.id in answers:
            digit(qtbot, answers[item.id])
            next_item(qtbot)
        else:
            alt(qtbot, "n")
        steps += 1
        assert steps < 30
    assert wizard.outcome_page.band.text() == "Outcome: Follow up this week"
    assert "older adult the team does not know" in wizard.outcome_page.why.text()
    complete_and_sign(qtbot)
    stored = EncounterStore(services.ctx).get(run.encounter_id)
    assert (stored.status, stored.final_band) == ("completed", "follow_up_now")
    assert stored.definition.instrument_id == EXAMPLE_ID
    assert stored.answers["contacts"] == ["older_adult"]

    pdf = services.summaries.render(run.encounter_id, "case")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    assert "Runaway risk check-in after a placement move" in flat
    assert "Follow up this week" in flat
    assert "An older adult the team does not know" in flat
    wait_idle(qtbot, controller)


def qtbot_tmp(vault: DeviceVault) -> Path:
    return vault.data_dir.parent


def test_a_draft_moves_to_a_new_version_from_the_screenings_tab(
    qtbot, county_vault, monkeypatch
) -> None:
    from csec_desktop.core.records.county_instruments import install_instrument
    from csec_desktop.gui.caseload.encounters_tab import EncountersTab
    from csec_desktop.gui.caseload.services import WorkspaceServices
    from tests.core.records.test_draft_move import version_two
    from tests.county_example import example_instrument
    from tests.gui.gui_helpers import PASS

    session = county_vault.sign_in("maria", PASS)
    try:
        install_instrument(session, example_instrument())
        services = WorkspaceServices.build(session)
        youth = Caseload(services.ctx).add(
            YouthProfile(
                legal_first_name="Rosa",
                legal_last_name="Diaz",
                birth_date=date(2011, 1, 2),
                agency=Agency.CHILD_WELFARE,
            )
        )
        received = (utc_now() - timedelta(hours=1)).replace(microsecond=0)
        run = services.screening.start(youth, DECISION_POINT, EXAMPLE_ID, received)
        run.set_answers({"worry": 1, "youth_view": "unsure", "trusted_adult": "Aunt"})
        tab = EncountersTab(services)
        qtbot.addWidget(tab)
        tab.show_youth(youth)
        tab.table.selectRow(0)
        assert not tab.move_button.isEnabled()  # only one version so far
        install_instrument(session, version_two())
        services.reload_instruments()
        tab.show_youth(youth)
        tab.table.selectRow(0)
        assert tab.move_button.isEnabled()
        shown = []
        monkeypatch.setattr(
            EncountersTab, "confirm_move", lambda _s, plan: shown.append(plan) or True
        )
        tab.move_button.click()
        assert [n.item_id for n in shown[0].not_carried] == ["youth_view", "trusted_adult"]
        stored = EncounterStore(services.ctx).get(run.encounter_id)
        assert stored.definition.version == "1.1.0" and stored.answers == {"worry": 1}
        assert tab.message.text() == (
            "The draft now uses version 1.1.0. Not carried over: youth_view, trusted_adult."
        )
    finally:
        session.sign_out()


def test_the_dialog_installs_a_signed_package_and_refuses_a_tampered_one(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QWidget

    from tests.core.sync_service.test_county_package import package, second_version, tamper
    from tests.core.sync_service.world import make_world
    from tests.county_example import example_instrument

    world = make_world(tmp_path)
    try:
        laptop = world.laptop("a")
        parent = QWidget()
        qtbot.addWidget(parent)
        dialog = InstrumentsDialog(laptop.session, parent)
        good = tmp_path / "alameda-instruments-1.dsse.json"
        good.write_bytes(package(world, 1, [example_instrument()]))
        assert dialog.install_path(good) is True
        assert dialog.message.text() == (
            f"Installed the county's package, version 1: {EXAMPLE_ID} 1.0.0."
        )
        bad = tmp_path / "alameda-instruments-2.dsse.json"
        bad.write_bytes(tamper(package(world, 2, [second_version()])))
        assert dialog.install_path(bad) is False
        assert dialog.message.text() == (
            "alameda-instruments-2.dsse.json was not installed: county package signature does "
            "not verify"
        )
        ids = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        versions = [
            dialog.table.item(r, 2).text()
            for r in range(dialog.table.rowCount())
            if ids[r] == EXAMPLE_ID
        ]
        assert versions == ["1.0.0"]
    finally:
        world.close()


def test_a_trust_update_from_a_folder_brings_the_county_instrument_to_the_workspace(
    qtbot, tmp_path
) -> None:
    """Sync → Install trust file… with a county update carrying the package and policy: after
    the panel closes, the workspace offers the county's instrument first at its point."""
    from csec_desktop.core.county.instrument_publish import publish_instruments
    from csec_desktop.gui.caseload.services import WorkspaceServices
    from tests.core.sync_service.world import make_world
    from tests.county_example import county_policy_data, example_instrument
    from tests.gui.test_sync_panel import open_panel, settle

    world = make_world(tmp_path)
    try:
        laptop = world.laptop("a")
        services = WorkspaceServices.build(laptop.session)
        assert services.policy.screening.instruments_for(DECISION_POINT)[0] != EXAMPLE_ID
        done = publish_instruments(
            world.authority,
            [example_instrument()],
            county_policy_data()["screening"],
            world.clock(),
        )
        update = tmp_path / "update.dsse.json"
        update.write_bytes(done.trust)
        dialog = open_panel(qtbot, laptop, {"open": update})
        dialog.trust_button.click()
        settle(qtbot, dialog)
        assert f"Trust file version {done.trust_version}" in dialog.message.text()
        services.reload_instruments()  # what the app does when the panel closes
        assert services.policy.screening.instruments_for(DECISION_POINT)[0] == EXAMPLE_ID
        assert services.registry.get(EXAMPLE_ID).version == "1.0.0"
        assert services.policy_problems == []
    finally:
        world.close()
