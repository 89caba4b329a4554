"""F1 in the wizard: one help row per page, joined with the instrument's own help."""

from __future__ import annotations

from typing import get_args

from csec_desktop.core.flows.form_view import DEFAULT, FormView, load_form_view, save_form_view
from csec_desktop.core.flows.wizard_help import PAGE_HELP, WizardPage, wizard_help
from csec_desktop.core.instruments import shipped_registry


def test_every_wizard_page_has_help_and_each_says_its_own_thing() -> None:
    assert set(PAGE_HELP) == set(get_args(WizardPage))
    screen = shipped_registry().get("csec_identification")
    needs = shipped_registry().get("holistic_needs")
    questions = wizard_help("questions", screen, "en", "exchange", "ex_evidence")
    headings = [h for h, _ in questions.parts]
    assert headings[0] == "Information integration" and headings[-1] == "Keyboard"
    assert screen.item("ex_evidence").help.en in dict(questions.parts).values()  # type: ignore[union-attr]
    assert "How to complete it" in [h for h, _ in wizard_help("questions", needs).parts]
    review = dict(wizard_help("review", screen).parts)
    assert all(f"Outcome: {b.label.en}" in review for b in screen.definition.bands)
    assert "SS 8572" in review["The outcome and what follows"]
    assert wizard_help("completed", screen).title == "After signing"
    spanish = wizard_help("questions", screen, "es", "exchange", "ex_evidence")
    assert screen.item("ex_evidence").help.es in dict(spanish.parts).values()  # type: ignore[union-attr]


def test_the_form_view_setting_is_kept_and_a_bad_file_means_the_default(tmp_path) -> None:
    assert load_form_view(tmp_path) is DEFAULT is FormView.SECTIONS
    save_form_view(FormView.ITEMS, tmp_path)
    assert load_form_view(tmp_path) is FormView.ITEMS
    (tmp_path / "form_view.json").write_text("{not json", encoding="utf-8")
    assert load_form_view(tmp_path) is FormView.SECTIONS
    (tmp_path / "form_view.json").write_text('{"view": "pages"}', encoding="utf-8")
    assert load_form_view(tmp_path) is FormView.SECTIONS
