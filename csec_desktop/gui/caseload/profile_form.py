"""The fields of a youth's profile, each with a label (mnemonic, buddy) and an accessible name.

``profile()`` turns the fields into a YouthProfile or raises ``FieldProblem`` naming the field
and what to fix, so the dialog can show the message beside it and move the focus there.
"""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError as PydanticError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from csec_desktop.core.date_entry import DateRange
from csec_desktop.core.records.youth import (
    GENDER_CATEGORIES,
    ICWA_LABELS,
    RACE_ETHNICITY,
    Agency,
    LegalStatus,
    PlacementType,
    YouthProfile,
)
from csec_desktop.gui.widgets.basics import add_row, em, text_edit
from csec_desktop.gui.widgets.date_field import DateField

LANGUAGES = (("en", "English"), ("es", "Spanish"), ("other", "Another language"))
BIRTH_EARLIEST = date(1990, 1, 1)  # the product serves youth and non-minor dependents
PRONOUNS = ("", "she/her", "he/him", "they/them", "she/they", "he/they")
_FIELD_WORDS = {
    "legal_first_name": "legal first name",
    "legal_last_name": "legal last name",
    "preferred_language": "preferred language",
    "race_ethnicity": "race or ethnicity",
}


class FieldProblem(Exception):
    def __init__(self, field: QWidget, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _list_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # Tab leaves the field, as in every other field
    edit.setFixedHeight(em(edit, 3.4))
    return edit


def _layout_row(form: QFormLayout, text: str, buddy: QWidget, row: QHBoxLayout) -> None:
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, row)


class ProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.first = text_edit("Legal first name")
        self.middle = text_edit("Legal middle name")
        self.last = text_edit("Legal last name")
        self.chosen = text_edit("Chosen name")
        self.pronouns = QComboBox()
        self.pronouns.setEditable(True)
        self.pronouns.addItems(list(PRONOUNS))
        self.pronouns.setAccessibleName("Pronouns")
        self.name_for_caregiver = QCheckBox(  # short: a check box's text never wraps
            "Sho&w on the caregiver's sheet (the youth agrees)"
        )
        self.name_for_caregiver.setAccessibleName(
            "The youth agrees the caregiver's sheet may show the chosen name and pronouns"
        )
        self.aliases = _list_edit("Aliases, one per line")
        today = date.today()
        self.birth = DateField(
            "Birth date",
            allowed=DateRange(BIRTH_EARLIEST, today),
            birth=True,
            empty_words="Not known (leave empty if the birth date is not known)",
        )
        self.gender = text_edit("Gender identity", 80)
        self.gender_category = QComboBox()
        self.gender_category.setAccessibleName("Gender for county breakdowns")
        for code, words in GENDER_CATEGORIES.items():
            self.gender_category.addItem(words, code)
        self.gender_category.setCurrentIndex(self.gender_category.findData("unknown"))
        self.race = QListWidget()
        self.race.setAccessibleName("Race or ethnicity, as the youth gives it (all that apply)")
        for code, words in RACE_ETHNICITY.items():
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.race.addItem(item)
        self.race.setMaximumHeight(self.race.sizeHintForRow(0) * 5 + 2 * self.race.frameWidth())
        self.language = QComboBox()
        self.language.setAccessibleName("Preferred language")
        for code, words in LANGUAGES:
            self.language.addItem(words, code)
        self.other_language = text_edit("Other preferred language", 40)
        self.other_language.setPlaceholderText("Which language")
        self.language.currentIndexChanged.connect(self._language_changed)
        self.other_label = QLabel("Which language")
        self.other_label.setBuddy(self.other_language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addWidget(self.other_label)
        language_row.addWidget(self.other_language, 1)
        self.tribe = text_edit("Tribal affiliation", 120)
        self.icwa = QComboBox()
        self.icwa.setAccessibleName("ICWA status")
        for code, words in ICWA_LABELS.items():
            self.icwa.addItem(words, code)
        self.agency = QComboBox()
        self.agency.setAccessibleName("Agency")
        for agency in Agency:
            self.agency.addItem(agency.label, agency.value)
        self.case_numbers = _list_edit("Case numbers, one per line")
        self.placement = text_edit("Placement", 200)
        self.legal_status = QComboBox()
        self.legal_status.setAccessibleName("Legal status")
        for status in LegalStatus:
            self.legal_status.addItem(status.label, status.value)
        self.placement_type = QComboBox()
        self.placement_type.setAccessibleName("Placement type")
        for kind in PlacementType:
            self.placement_type.addItem(kind.label, kind.value)
        self.in_care = QCheckBox("In &care (placed by the county)")
        self.in_care.setAccessibleName("In care")
        self.missing = QCheckBox("&Missing now")
        self.missing.setAccessibleName("Missing now")

        add_row(form, "Legal &first name", self.first)
        add_row(form, "Legal mi&ddle name", self.middle)
        add_row(form, "Legal &last name", self.last)
        add_row(form, "C&hosen name", self.chosen)
        add_row(form, "&Pronouns", self.pronouns)
        form.addRow("", self.name_for_caregiver)
        add_row(form, "&Aliases (one per line)", self.aliases)
        add_row(form, "&Birth date", self.birth)
        add_row(form, "&Gender identity", self.gender)
        add_row(form, "Gender for county brea&kdowns", self.gender_category)
        add_row(form, "Race or ethnicity, as the youth gi&ves it", self.race)
        _layout_row(form, "P&referred language", self.language, language_row)
        add_row(form, "&Tribal affiliation", self.tribe)
        add_row(form, "&ICWA status", self.icwa)
        add_row(form, "Ag&ency", self.agency)
        add_row(form, "Case n&umbers (one per line)", self.case_numbers)
        add_row(form, "Legal status (WIC secti&on)", self.legal_status)
        add_row(form, "Placement t&ype", self.placement_type)
        add_row(form, "Placeme&nt", self.placement)
        form.addRow("", self.in_care)
        form.addRow("", self.missing)
        self._language_changed()

    def _language_changed(self) -> None:
        other = self.language.currentData() == "other"
        self.other_language.setVisible(other)
        self.other_label.setVisible(other)

    def set_profile(self, profile: YouthProfile) -> None:
        self.first.setText(profile.legal_first_name)
        self.middle.setText(profile.legal_middle_name)
        self.last.setText(profile.legal_last_name)
        self.chosen.setText(profile.chosen_name)
        self.pronouns.setCurrentText(profile.pronouns)
        self.name_for_caregiver.setChecked(profile.caregiver_may_know_name)
        self.aliases.setPlainText("\n".join(profile.aliases))
        self.birth.set_date(profile.birth_date)
        self.gender.setText(profile.gender_identity)
        self.gender_category.setCurrentIndex(self.gender_category.findData(profile.gender_category))
        for row in range(self.race.count()):
            item = self.race.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in profile.race_ethnicity
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        codes = [code for code, _ in LANGUAGES]
        known = profile.preferred_language in codes[:2]
        self.language.setCurrentIndex(codes.index(profile.preferred_language if known else "other"))
        self.other_language.setText("" if known else profile.preferred_language)
        self.tribe.setText(profile.tribal_affiliation)
        self.icwa.setCurrentIndex(self.icwa.findData(profile.icwa_status))
        self.agency.setCurrentIndex(self.agency.findData(profile.agency.value))
        self.case_numbers.setPlainText("\n".join(profile.case_numbers))
        self.placement.setText(profile.placement)
        self.legal_status.setCurrentIndex(self.legal_status.findData(profile.legal_status.value))
        self.placement_type.setCurrentIndex(
            self.placement_type.findData(profile.placement_type.value)
        )
        self.in_care.setChecked(profile.in_care)
        self.missing.setChecked(profile.missing)

    def profile(self) -> YouthProfile:
        """The profile the fields describe; ``FieldProblem`` names the first thing to fix."""
        for edit, words in ((self.first, "legal first name"), (self.last, "legal last name")):
            if not edit.text().strip():
                raise FieldProblem(edit, f"Type the youth's {words}.")
        language = self.language.currentData()
        if language == "other":
            language = self.other_language.text().strip()
            if not language:
                raise FieldProblem(self.other_language, "Type the youth's preferred language.")
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
                aliases=_lines(self.aliases),
                birth_date=born,
                gender_identity=self.gender.text(),
                gender_category=self.gender_category.currentData(),
                race_ethnicity=self.races(),
                preferred_language=language,
                tribal_affiliation=self.tribe.text(),
                icwa_status=self.icwa.currentData(),
                agency=Agency(self.agency.currentData()),
                case_numbers=_lines(self.case_numbers),
                placement=self.placement.text(),
                in_care=self.in_care.isChecked(),
                missing=self.missing.isChecked(),
                legal_status=LegalStatus(self.legal_status.currentData()),
                placement_type=PlacementType(self.placement_type.currentData()),
            )
        except PydanticError as exc:
            raise self._problem(exc) from None

    def races(self) -> tuple[str, ...]:
        return tuple(
            str(self.race.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.race.count())
            if self.race.item(row).checkState() == Qt.CheckState.Checked
        )

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
        words = _FIELD_WORDS.get(name, name.replace("_", " "))
        return FieldProblem(field, f"Check the {words}: {error['msg'].lower()}.")
