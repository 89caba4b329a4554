"""The section view: a whole section per page, by keyboard, against one question per page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from csec_desktop.core.flows.form_view import FormView
from csec_desktop.core.instruments.sections import current_section
from tests.gui.encounter_helpers import open_records
from tests.gui.wizard_keys import digit, focused, open_wizard, walk


@pytest.fixture
def records(vault):
    opened = open_records(vault)
    yield opened
    opened.session.sign_out()


def test_identification_screen_in_section_view_takes_far_fewer_keys_and_pages(
    qtbot, records
) -> None:
    answers = {"ex_disclosed": 1, "ctl_phone": 2, "mi_frequent": 1}
    counts, given = {}, {}
    for view in (FormView.ITEMS, FormView.SECTIONS):
        run = records.start("csec_identification")
        wizard = open_wizard(qtbot, run, records.youth, view)
        screen = wizard.screen().availableGeometry()
        assert wizard.width() <= screen.width() and wizard.height() <= screen.height()
        counts[view] = walk(qtbot, wizard, answers)
        assert wizard.pages.currentWidget() is wizard.outcome_page
        given[view] = run.navigator.effective_answers()
        wizard.stop()
    assert given[FormView.SECTIONS] == given[FormView.ITEMS]  # the same answers both ways
    items, sections = counts[FormView.ITEMS], counts[FormView.SECTIONS]
    print(f"one question per page: {items}; section view: {sections}")
    assert sections["keys"] <= 0.6 * items["keys"]  # at least 40 % fewer key presses
    assert sections["pages"] <= 0.6 * items["pages"]  # and page changes


def test_items_appear_as_relevance_changes_and_keys_move_through_the_section(
    qtbot, records
) -> None:
    run = records.start("holistic_needs", "case_plan_review")
    wizard = open_wizard(qtbot, run, records.youth, FormView.SECTIONS)
    run.go_to("physical_health_strengths")
    wizard.render()
    page = wizard.section_page
    assert current_section(run.navigator) == "physical_health"
    # Strengths, concerns, need level and goals on one page; referrals only once there is a need.
    assert page.visible_ids() == [
        "physical_health_strengths",
        "physical_health_need",
        "physical_health_words",
        "physical_health_goals",
    ]
    page.focus_item("physical_health_need")
    digit(qtbot, 2)  # "Some need": saved, and the referrals appear in place
    assert run.navigator.answers["physical_health_need"] == "some"
    assert "physical_health_referrals" in page.visible_ids()
    assert page.blocks["physical_health_need"].saved.text().startswith("✓ Saved at")
    assert page.focused_item() == "physical_health_words"  # the key moved on to the next item
    row = wizard.section_list.texts()
    assert any(t.startswith("✓ Physical health") for t in row)
    assert any(
        t.startswith("○ Mental and emotional health") and "1 answer needed" in t for t in row
    )
    page.focus_item("physical_health_need")
    digit(qtbot, 1)  # back to "No need": the referrals go away again
    assert "physical_health_referrals" not in page.visible_ids()
    assert focused() is not None


def _all_but(run, left_out: set[str]) -> None:
    """Every required item answered at the lowest level (one commit), except ``left_out``."""
    run.set_answers(
        {
            item.id: 0 if item.kind == "concern_rating" else "no"
            for item in run.navigator.instrument.items()
            if item.required and item.kind != "multiple_choice" and item.id not in left_out
        }
        | ({"info_sources": ["youth"]} if "info_sources" not in left_out else {})
    )


def test_review_lists_every_answer_by_section_highlights_missing_and_jumps_to_edit(
    qtbot, records
) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.wizard_keys import alt, complete_and_sign, press

    run = records.start("csec_identification")
    _all_but(run, {"ctl_fear", "vu_gang"})
    wizard = open_wizard(qtbot, run, records.youth, FormView.SECTIONS)
    wizard.go_review()
    page, table = wizard.outcome_page, wizard.outcome_page.answers
    assert page.band.text().startswith("Outcome: ") and page.why.text()
    assert table.rowCount() == len(run.navigator.relevant_ids())
    missing = [table.item_ids[r] for r in table.missing_rows()]
    assert missing == ["ctl_fear", "vu_gang"]
    row = table.missing_rows()[0]
    assert table.item(row, 2).text() == "⚠ Needs an answer"
    assert table.item(row, 1).background().color().name() == "#fbe3c2"
    assert table.item(0, 0).text() == "Information used" and table.item(1, 0).text() == ""
    info = table.item_ids.index("info_sources")
    assert (
        table.item(info, 2).text()
        == run.navigator.instrument.item("info_sources").choices[0].label.en
    )  # answers in words, as the printed copy says them
    table.setFocus()
    table.selectRow(row)
    press(qtbot, Qt.Key.Key_Return)  # Enter on a row: go and change it
    assert wizard.pages.currentWidget() is wizard.section_page
    assert wizard.section_page.focused_item() == "ctl_fear"
    assert "This needs an answer" in wizard.section_page.blocks["ctl_fear"].message.text()
    digit(qtbot, 1)
    alt(qtbot, "t")  # Return to the outcome
    assert [table.item_ids[r] for r in table.missing_rows()] == ["vu_gang"]
    wizard.jump_to("vu_gang")
    digit(qtbot, 0)  # the last item of its section: on to the next section
    wizard.go_review()
    assert table.missing_rows() == [] and not page.missing_heading.isVisibleTo(page)
    complete_and_sign(qtbot)  # the confirm-before-signing question still asks first
    assert wizard.pages.currentWidget() is wizard.completed_page


def test_f1_opens_the_help_of_each_wizard_page(qtbot, records) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.wizard_keys import complete_and_sign, press

    run = records.start("csec_identification")
    _all_but(run, set())
    run.go_to("ex_evidence")
    wizard = open_wizard(qtbot, run, records.youth, FormView.SECTIONS)
    wizard.render(focus_item="ex_evidence")

    def help_text() -> str:
        press(qtbot, Qt.Key.Key_F1)
        dialog = wizard.help_dialog
        qtbot.waitUntil(dialog.isVisible)
        text = dialog.text.toPlainText()
        dialog.reject()
        return text

    instrument = run.navigator.instrument
    text = help_text()
    assert "Information integration" in text and "never has to repeat" in text
    # From the page's help to the user guide's part on screening.
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(wizard.help_dialog.isVisible)
    guide = next(
        b for b in wizard.help_dialog.findChildren(QPushButton) if "user guide" in b.text()
    )
    qtbot.mouseClick(guide, Qt.MouseButton.LeftButton)
    from csec_desktop.gui.help import help_browser

    qtbot.waitUntil(lambda: help_browser._window is not None and help_browser._window.isVisible())
    assert help_browser._window.topic == "screen"
    help_browser._window.close()
    wizard.help_dialog.reject()
    exchange = next(s for s in instrument.definition.sections if s.id == "exchange")
    assert exchange.help.en in text  # the section's own help
    assert instrument.item("ex_evidence").help.en in text  # and the item with the focus
    wizard.go_review()
    text = help_text()
    assert "The outcome and what follows" in text and "SS 8572" in text
    assert all(f"Outcome: {band.label.en}" in text for band in instrument.definition.bands)
    complete_and_sign(qtbot)
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.completed_page)
    assert "After signing" in help_text()


def test_a_referral_chosen_in_the_needs_assessment_is_in_the_service_plan_once(
    qtbot, records
) -> None:
    from csec_desktop.gui.case_team import CaseTeamPanel
    from tests.gui.wizard_keys import complete_and_sign

    def assess() -> None:
        run = records.start("holistic_needs", "case_plan_review")
        run.set_answers(
            {
                item.id: "no" if item.kind == "yes_no_unknown" else "none"
                for item in run.navigator.instrument.items()
                if item.required
            }
            | {"cr_safe_now": "yes"}
        )
        run.go_to("housing_need")
        wizard = open_wizard(qtbot, run, records.youth, FormView.SECTIONS)
        wizard.render(focus_item="housing_need")
        digit(qtbot, 3)  # "Significant need": the referrals appear, and the focus moves on
        wizard.section_page.focus_item("housing_referrals")
        digit(qtbot, 3)  # tick "Emergency shelter"
        assert run.navigator.answers["housing_referrals"] == ["emergency_shelter"]
        wizard.go_review()
        complete_and_sign(qtbot)
        qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.completed_page)
        wizard.accept()

    assess()
    panel = CaseTeamPanel(records.ctx, records.youth.id)
    qtbot.addWidget(panel)
    table = panel.tab["referral"].table
    assert [table.item(0, c).text() for c in (0, 1, 3)] == [
        "Housing and placement",
        "Emergency shelter",
        "Planned",
    ]
    from csec_desktop.core.records.case_items import CaseItems

    stored = CaseItems(records.ctx).for_youth(records.youth.id, "referral")
    assert [(s.item.domain, s.item.agency) for s in stored] == [("housing", "Emergency shelter")]
    assess()  # a reassessment choosing the same referral does not add it twice
    assert len(CaseItems(records.ctx).for_youth(records.youth.id, "referral")) == 1


def test_the_completed_page_shows_a_duty_already_done_as_done(qtbot, records) -> None:
    from csec_desktop.core.clock import utc_now
    from csec_desktop.core.records.duties import DutyStore

    run = records.start("csec_identification", hours_ago=0.5)
    _all_but(run, set())
    run.set_answers({"ex_disclosed": 2, "safety_now": "yes"})
    done = run.complete()
    duties = DutyStore(records.ctx).for_encounter(done.encounter.id)
    hotline = next(d for d in duties if d.duty_type == "hotline_report")
    DutyStore(records.ctx).record_done(hotline.id, utc_now(), "Phone report to the hotline")
    wizard = open_wizard(qtbot, run, records.youth, FormView.SECTIONS)
    texts = wizard.completed_page.duty_texts()
    line = next(t for t in texts if t.startswith("Phone report to the child abuse hotline"))
    assert "✓ Done" in line and "Due now" not in line
    assert texts[-1] == line  # still-open duties first
    assert all("✓ Done" not in t for t in texts[:-1])


def test_one_question_per_page_is_a_setting_switched_in_place(
    qtbot, records, tmp_path, monkeypatch
) -> None:
    from csec_desktop.core.flows.form_view import load_form_view
    from csec_desktop.gui.wizard import EncounterWizard
    from tests.gui.wizard_keys import alt

    monkeypatch.setenv("CSEC_DATA_DIR", str(tmp_path))  # this test's own setting file
    run = records.start("csec_identification")
    wizard = open_wizard(qtbot, run, records.youth, load_form_view())
    assert wizard.view is FormView.SECTIONS and wizard.pages.currentWidget() is wizard.section_page
    alt(qtbot, "q")  # One question per page
    assert wizard.view is FormView.ITEMS and wizard.pages.currentWidget() is wizard.item_page
    assert wizard.position_label.text().startswith("Item 1 of 31")
    assert load_form_view() is FormView.ITEMS  # kept for the next form
    again = EncounterWizard(run, records.youth)
    qtbot.addWidget(again)
    assert again.view is FormView.ITEMS and again.view_choice.isChecked()


def test_tab_moves_item_to_item_and_the_section_list_goes_where_it_says(qtbot, records) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.test_wizard_items import unnamed
    from tests.gui.wizard_keys import press

    run = records.start("holistic_needs", "case_plan_review")
    run.set_answers({"housing_need": "some", "housing_referrals": ["other"]})
    run.go_to("housing_need")
    wizard = open_wizard(qtbot, run, records.youth, FormView.SECTIONS)
    wizard.render(focus_item="housing_need")
    page = wizard.section_page
    assert unnamed(wizard) == []  # every control of a full domain page is named
    ids = page.visible_ids()
    assert ids[-1] == "housing_referral_other"  # "Other referral" asks for its words
    start = ids.index("housing_need")
    press(qtbot, Qt.Key.Key_Tab)  # past the four need levels, to the next item at once
    assert page.focused_item() == ids[start + 1]
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert page.focused_item() == "housing_need"
    press(qtbot, Qt.Key.Key_Right)  # arrows move between options (and answer)
    qtbot.waitUntil(lambda: run.navigator.answers["housing_need"] == "significant")
    wizard.resize(1360, 740)  # roomy enough for the section list beside the page
    assert wizard.section_list.isVisible()
    texts = wizard.section_list.texts()
    row = next(i for i, t in enumerate(texts) if "Education" in t)
    wizard.section_list.setFocus()
    wizard.section_list.setCurrentRow(row)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: current_section(run.navigator) == "education")
    assert page.title.text() == "Education" and page.focused_item() == "education_strengths"
    wizard.section_list.setCurrentRow(wizard.section_list.count() - 1)
    wizard.section_list.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # "Review and sign"
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.outcome_page)
    assert unnamed(wizard) == []
