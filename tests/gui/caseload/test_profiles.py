"""Adding and editing youth: every field, inline validation, and the duplicate warning."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from csec_desktop.core.records.youth import Agency, LegalStatus, PlacementType, YouthProfile
from csec_desktop.core.vault.roles import Role
from csec_desktop.gui.caseload.profile_dialog import ProfileDialog
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.source import CaseloadSource
from csec_desktop.gui.workspace import Workspace
from tests.gui.caseload.conftest import SEEDED_YOUTH
from tests.gui.gui_helpers import PASS, type_date

BORN = date(2011, 6, 15)


def lupe(services: Any) -> str:
    profile = YouthProfile(
        legal_first_name="Guadalupe",
        legal_last_name="Ibarra",
        pronouns="she/her",
        aliases=("Lupe", "Pita Ibarra"),
        birth_date=BORN,
        agency=Agency.CHILD_WELFARE,
        case_numbers=("CW-2024-00451",),
    )
    return services.source.add(profile).id


def workspace_for(qtbot: Any, services: Any, background: Any) -> Workspace:
    workspace = Workspace(services, background)
    qtbot.addWidget(workspace)
    workspace.caseload.set_source(services.source)
    workspace.show()
    qtbot.waitUntil(lambda: not workspace.caseload.searching and not background.is_busy)
    return workspace


def fill(qtbot: Any, dialog: ProfileDialog, first: str, last: str, born: date | None) -> None:
    form = dialog.form
    qtbot.keyClicks(form.first, first)
    qtbot.keyClicks(form.last, last)
    if born is not None:
        type_date(qtbot, form.birth, born.strftime("%m/%d/%Y"))


def submit(qtbot: Any, dialog: ProfileDialog, background: Any) -> None:
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not background.is_busy)


def test_an_alias_match_warns_and_open_existing_opens_that_youth(qtbot, services, background):
    existing = lupe(services)
    workspace = workspace_for(qtbot, services, background)
    dialog = workspace.add_youth()
    fill(qtbot, dialog, "Lupe", "Ibarra", BORN)
    submit(qtbot, dialog, background)
    assert dialog.isVisible() and dialog.duplicates_box.isVisible()
    assert [d.entry.youth_id for d in dialog.duplicates] == [existing]
    line = dialog.duplicates_list.item(0).text()
    assert "name matches an alias, same birth date" in line and "Guadalupe Ibarra" in line
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(services.source.caseload) == SEEDED_YOUTH + 1  # nothing was added
    assert workspace.showing_youth and workspace.youth_page.record.id == existing
    assert workspace.youth_page.name.text() == "Guadalupe Ibarra (she/her)"


def test_swapped_names_with_the_same_birth_date_warn_and_add_anyway_adds(
    qtbot, services, background
):
    existing = lupe(services)
    workspace = workspace_for(qtbot, services, background)
    dialog = workspace.add_youth()
    fill(qtbot, dialog, "Ibarra", "Guadalupe", BORN)
    submit(qtbot, dialog, background)
    assert [d.reason for d in dialog.duplicates] == [
        "first and last names swapped, same birth date"
    ]
    qtbot.mouseClick(dialog.add_anyway, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(services.source.caseload) == SEEDED_YOUTH + 2
    assert dialog.record is not None and dialog.record.id != existing
    assert workspace.youth_page.record.id == dialog.record.id  # the new youth's page opens


def test_a_different_birth_date_is_not_a_duplicate_and_every_field_is_saved(
    qtbot, services, background
):
    lupe(services)
    dialog = ProfileDialog(services.source, background)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    fill(qtbot, dialog, "Guadalupe", "Ibarra", date(2012, 1, 3))
    qtbot.keyClicks(form.middle, "Rosa")
    qtbot.keyClicks(form.chosen, "Lu")
    form.pronouns.setCurrentText("they/them")
    form.aliases.setPlainText("Lulu\n\nRosie G\n")
    qtbot.keyClicks(form.gender, "Nonbinary")
    form.language.setCurrentIndex(form.language.findData("other"))
    assert form.other_language.isVisibleTo(dialog)
    qtbot.keyClicks(form.other_language, "Mixteco")
    qtbot.keyClicks(form.tribe, "Yurok Tribe")
    form.icwa.setCurrentIndex(form.icwa.findData("reason_to_know"))
    form.agency.setCurrentIndex(form.agency.findData("probation"))
    form.case_numbers.setPlainText("PR-2025-1\nCW-2020-2")
    qtbot.keyClicks(form.placement, "Relative (kin) home")
    form.in_care.setChecked(True)
    submit(qtbot, dialog, background)
    assert not dialog.duplicates_box.isVisible() and dialog.record is not None
    saved = services.source.open(dialog.record.id).profile
    assert saved.legal_name == "Guadalupe Rosa Ibarra" and saved.name_with_pronouns == (
        "Lu Ibarra (they/them)"
    )
    assert saved.aliases == ("Lulu", "Rosie G") and saved.case_numbers == ("PR-2025-1", "CW-2020-2")
    assert (saved.preferred_language, saved.tribal_affiliation, saved.icwa_status) == (
        "Mixteco",
        "Yurok Tribe",
        "reason_to_know",
    )
    assert saved.agency is Agency.PROBATION and saved.in_care and not saved.missing
    assert saved.birth_date == date(2012, 1, 3) and saved.gender_identity == "Nonbinary"


def test_fields_left_alone_are_saved_as_not_recorded_not_as_a_lists_first_item(
    qtbot, services, background
):
    """Names and a birth date only: the legal status, placement type, ICWA status and gender
    category are saved as the model's "not recorded" defaults, so the youth is not shown as a
    WIC 300 dependent in a resource family home (in care) that nobody chose."""
    dialog = ProfileDialog(services.source, background)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, "Noemi", "Castillo", date(2012, 4, 9))
    submit(qtbot, dialog, background)
    assert dialog.record is not None
    saved = services.source.open(dialog.record.id).profile
    assert (saved.legal_status, saved.placement_type) == (
        LegalStatus.UNKNOWN,
        PlacementType.NONE,
    )
    assert (saved.icwa_status, saved.gender_category) == ("not_yet_asked", "unknown")
    assert not saved.in_care


def test_missing_names_are_said_inline_and_nothing_is_saved(qtbot, services, background):
    dialog = ProfileDialog(services.source, background)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.first, "Ana")
    submit(qtbot, dialog, background)
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Type the youth's legal last name."
    assert dialog.focusWidget() is dialog.form.last and dialog.record is None
    assert len(services.source.caseload) == SEEDED_YOUTH
    for label in dialog.form.findChildren(QLabel):
        if label.buddy() is not None and label.buddy() is not dialog.form.other_language:
            assert "&" in label.text(), label.text()  # every field has a keyboard mnemonic


def test_editing_a_profile_bumps_its_version_and_updates_the_row(qtbot, services, background):
    youth_id = lupe(services)
    workspace = workspace_for(qtbot, services, background)
    workspace.open_youth(youth_id)
    before = services.source.open(youth_id).version
    dialog = workspace.edit_profile(youth_id)
    assert dialog.form.first.text() == "Guadalupe" and dialog.form.aliases.toPlainText() == (
        "Lupe\nPita Ibarra"
    )
    dialog.form.chosen.setText("Lupita")
    submit(qtbot, dialog, background)
    assert not dialog.isVisible()
    after = services.source.open(youth_id)
    assert after.version == before + 1 and after.profile.chosen_name == "Lupita"
    model = workspace.caseload.model
    row = model.row_of(youth_id)
    assert model.row_at(row).name == "Lupita Ibarra (she/her)"
    assert workspace.youth_page.name.text() == "Lupita Ibarra (she/her)"
    assert workspace.youth_page.encounters.youth.version == after.version


def test_gender_and_race_for_county_counts_are_chosen_by_keyboard_and_saved(
    qtbot, services, background
):
    dialog = ProfileDialog(services.source, background)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    fill(qtbot, dialog, "Marisol", "Quintero", date(2011, 2, 3))
    form.gender_category.setFocus()
    form.gender_category.setCurrentIndex(form.gender_category.findData("female"))
    form.race.setFocus()
    for row in (0, 3):  # Hispanic or Latino; Black or African American
        form.race.setCurrentRow(row)
        qtbot.keyClick(form.race, Qt.Key.Key_Space)
    assert form.races() == ("hispanic_latino", "black_african_american")
    form.race.setCurrentRow(form.race.count() - 2)  # "Declined to say" with others: refused
    qtbot.keyClick(form.race, Qt.Key.Key_Space)
    submit(qtbot, dialog, background)
    assert dialog.record is None and dialog.isVisible()
    assert "race or ethnicity" in dialog.message.text().lower()
    assert form.race.hasFocus()
    qtbot.keyClick(form.race, Qt.Key.Key_Space)  # unchecked again
    submit(qtbot, dialog, background)
    saved = services.source.open(dialog.record.id).profile
    assert saved.gender_category == "female"
    assert saved.race_ethnicity == ("hispanic_latino", "black_african_american")


def test_the_add_youth_dialog_fits_1366_by_768_with_no_sideways_scrolling(
    qtbot, services, background
):
    dialog = ProfileDialog(services.source, background)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    scroll = dialog.form.parentWidget().parentWidget()
    assert not scroll.horizontalScrollBar().isVisible()
    box = dialog.form.name_for_caregiver
    assert box.width() >= box.sizeHint().width()  # its words are not cut
    assert "caregiver's sheet" in box.text() and "caregiver" in box.accessibleName()


def test_a_probation_officers_new_youth_starts_as_a_probation_youth(
    qtbot, seeded_vault, background
):
    """The agency list starts at the signed-in worker's own agency: a probation officer who
    leaves it records a probation youth, a social worker a child-welfare youth."""
    supervisor = seeded_vault.sign_in("maria", PASS)
    supervisor.add_account("pat.ruiz", "Pat Ruiz", Role.PROBATION_OFFICER, PASS + " probation")
    supervisor.sign_out()
    session = seeded_vault.sign_in("pat.ruiz", PASS + " probation")
    try:
        services = WorkspaceServices.build(session)
        services.source = CaseloadSource.load(services.ctx)
        dialog = ProfileDialog(services.source, background)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.form.agency.currentData() == Agency.PROBATION.value
        fill(qtbot, dialog, "Rafael", "Soto", date(2009, 2, 11))
        submit(qtbot, dialog, background)
        assert dialog.record is not None
        assert services.source.open(dialog.record.id).profile.agency is Agency.PROBATION
    finally:
        session.sign_out()


def test_a_supervisors_new_youth_starts_as_a_child_welfare_youth(qtbot, services, background):
    dialog = ProfileDialog(services.source, background)
    qtbot.addWidget(dialog)
    assert dialog.form.agency.currentData() == Agency.CHILD_WELFARE.value
