"""Reading a youth's profile back from the form: the fields become a ``YouthProfile``, or a
``FieldProblem`` names the first field to fix and what to fix, in the worker's words, so the
dialog can show the message beside it and move the focus there.

``ProfileReading`` is mixed into ``ProfileForm``, whose fields it reads.
"""

from __future__ import annotations

from pydantic import ValidationError as PydanticError
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.youth import Agency, LegalStatus, PlacementType, YouthProfile
from csec_desktop.gui.caseload.profile_fields import checked_races, lines
from csec_desktop.gui.widgets.date_field import DateField

_FIELD_WORDS = {
    "legal_first_name": QT_TRANSLATE_NOOP("ProfileForm", "legal first name"),
    "legal_last_name": QT_TRANSLATE_NOOP("ProfileForm", "legal last name"),
    "preferred_language": QT_TRANSLATE_NOOP("ProfileForm", "preferred language"),
    "race_ethnicity": QT_TRANSLATE_NOOP("ProfileForm", "race or ethnicity"),
    "aliases": QT_TRANSLATE_NOOP("ProfileForm", "aliases"),
    "case_numbers": QT_TRANSLATE_NOOP("ProfileForm", "case numbers"),
    "pronouns": QT_TRANSLATE_NOOP("ProfileForm", "pronouns"),
}


class FieldProblem(Exception):
    def __init__(self, field: QWidget, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class ProfileReading:
    """``profile()`` and ``races()`` over the form's fields."""

    # The form's fields.
    first: QLineEdit
    middle: QLineEdit
    last: QLineEdit
    chosen: QLineEdit
    pronouns: QComboBox
    name_for_caregiver: QCheckBox
    aliases: QPlainTextEdit
    birth: DateField
    gender: QLineEdit
    gender_category: QComboBox
    race: QListWidget
    language: QComboBox
    other_language: QLineEdit
    tribe: QLineEdit
    icwa: QComboBox
    agency: QComboBox
    case_numbers: QPlainTextEdit
    placement: QLineEdit
    legal_status: QComboBox
    placement_type: QComboBox
    in_care: QCheckBox
    missing: QCheckBox

    def profile(self) -> YouthProfile:
        """The profile the fields describe; ``FieldProblem`` names the first thing to fix."""
        for edit, words in (
            (self.first, translate("ProfileForm", "Type the youth's legal first name.")),
            (self.last, translate("ProfileForm", "Type the youth's legal last name.")),
        ):
            if not edit.text().strip():
                raise FieldProblem(edit, words)
        language = self.language.currentData()
        if language == "other":
            language = self.other_language.text().strip()
            if not language:
                raise FieldProblem(
                    self.other_language,
                    translate("ProfileForm", "Type the youth's preferred language."),
                )
        if self.birth.error:
            raise FieldProblem(self.birth.edit, self.birth.error)
        born = self.birth.value()
        try:
            return YouthProfile(
                legal_first_name=self.first.text(),
                legal_middle_name=self.middle.text(),
                legal_last_name=self.last.text(),
                chosen_name=self.chosen.text(),
                pronouns=self.pronouns.currentText(),
                caregiver_may_know_name=self.name_for_caregiver.isChecked(),
                aliases=lines(self.aliases),
                birth_date=born,
                gender_identity=self.gender.text(),
                gender_category=self.gender_category.currentData(),
                race_ethnicity=self.races(),
                preferred_language=language,
                tribal_affiliation=self.tribe.text(),
                icwa_status=self.icwa.currentData(),
                agency=Agency(self.agency.currentData()),
                case_numbers=lines(self.case_numbers),
                placement=self.placement.text(),
                in_care=self.in_care.isChecked(),
                missing=self.missing.isChecked(),
                legal_status=LegalStatus(self.legal_status.currentData()),
                placement_type=PlacementType(self.placement_type.currentData()),
            )
        except PydanticError as exc:
            raise self._problem(exc) from None

    def races(self) -> tuple[str, ...]:
        return checked_races(self.race)

    def _problem(self, exc: PydanticError) -> FieldProblem:
        error = exc.errors()[0]
        name = str(error["loc"][0]) if error["loc"] else ""
        fields: dict[str, QWidget] = {
            "aliases": self.aliases,
            "case_numbers": self.case_numbers,
            "pronouns": self.pronouns,
            "race_ethnicity": self.race,
        }
        field = fields.get(name, self.first)
        words = _FIELD_WORDS.get(name)
        words = translate("ProfileForm", words) if words else name.replace("_", " ")
        problem = translate("ProfileForm", "Check the {field}: {problem}.")
        return FieldProblem(field, problem.format(field=words, problem=error["msg"].lower()))
