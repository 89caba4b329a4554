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
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.youth import (
    GENDER_CATEGORIES,
    ICWA_LABELS,
    RACE_ETHNICITY,
    Agency,
    LegalStatus,
    PlacementType,
    YouthProfile,
    gender_words,
    icwa_words,
    race_words,
)
from csec_desktop.gui.widgets.basics import add_row, em, text_edit
from csec_desktop.gui.widgets.date_field import DateField

LANGUAGES = (
    ("en", QT_TRANSLATE_NOOP("ProfileForm", "English")),
    ("es", QT_TRANSLATE_NOOP("ProfileForm", "Spanish")),
    ("other", QT_TRANSLATE_NOOP("ProfileForm", "Another language")),
)
BIRTH_EARLIEST = date(1990, 1, 1)  # the product serves youth and non-minor dependents
PRONOUNS = ("", "she/her", "he/him", "they/them", "she/they", "he/they")
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
        self.first = text_edit(translate("ProfileForm", "Legal first name"))
        self.middle = text_edit(translate("ProfileForm", "Legal middle name"))
        self.last = text_edit(translate("ProfileForm", "Legal last name"))
        self.chosen = text_edit(translate("ProfileForm", "Chosen name"))
        self.pronouns = QComboBox()
        self.pronouns.setEditable(True)
        self.pronouns.addItems(list(PRONOUNS))
        self.pronouns.setAccessibleName(translate("ProfileForm", "Pronouns"))
        self.name_for_caregiver = QCheckBox(  # short: a check box's text never wraps
            translate("ProfileForm", "Sho&w on the caregiver's sheet (the youth agrees)")
        )
        self.name_for_caregiver.setAccessibleName(
            translate(
                "ProfileForm",
                "The youth agrees the caregiver's sheet may show the chosen name and pronouns",
            )
        )
        self.aliases = _list_edit(translate("ProfileForm", "Aliases, one per line"))
        today = date.today()
        self.birth = DateField(
            translate("ProfileForm", "Birth date"),
            allowed=DateRange(BIRTH_EARLIEST, today),
            birth=True,
            empty_words=translate(
                "ProfileForm", "Not known (leave empty if the birth date is not known)"
            ),
        )
        self.gender = text_edit(translate("ProfileForm", "Gender identity"), 80)
        self.gender_category = QComboBox()
        self.gender_category.setAccessibleName(
            translate("ProfileForm", "Gender for county breakdowns")
        )
        for code in GENDER_CATEGORIES:
            self.gender_category.addItem(gender_words(code), code)
        self.gender_category.setCurrentIndex(self.gender_category.findData("unknown"))
        self.race = QListWidget()
        self.race.setAccessibleName(
            translate("ProfileForm", "Race or ethnicity, as the youth gives it (all that apply)")
        )
        for code in RACE_ETHNICITY:
            item = QListWidgetItem(race_words(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.race.addItem(item)
        self.race.setMaximumHeight(self.race.sizeHintForRow(0) * 5 + 2 * self.race.frameWidth())
        self.language = QComboBox()
        self.language.setAccessibleName(translate("ProfileForm", "Preferred language"))
        for code, words in LANGUAGES:
            self.language.addItem(translate("ProfileForm", words), code)
        self.other_language = text_edit(translate("ProfileForm", "Other preferred language"), 40)
        self.other_language.setPlaceholderText(translate("ProfileForm", "Which language"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.other_label = QLabel(translate("ProfileForm", "Which language"))
        self.other_label.setBuddy(self.other_language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addWidget(self.other_label)
        language_row.addWidget(self.other_language, 1)
        self.tribe = text_edit(translate("ProfileForm", "Tribal affiliation"), 120)
        self.icwa = QComboBox()
        self.icwa.setAccessibleName(translate("ProfileForm", "ICWA status"))
        for code in ICWA_LABELS:
            self.icwa.addItem(icwa_words(code), code)
        self.agency = QComboBox()
        self.agency.setAccessibleName(translate("ProfileForm", "Agency"))
        for agency in Agency:
            self.agency.addItem(agency.words, agency.value)
        self.case_numbers = _list_edit(translate("ProfileForm", "Case numbers, one per line"))
        self.placement = text_edit(translate("ProfileForm", "Placement"), 200)
        self.legal_status = QComboBox()
        self.legal_status.setAccessibleName(translate("ProfileForm", "Legal status"))
        for status in LegalStatus:
            self.legal_status.addItem(status.words, status.value)
        self.placement_type = QComboBox()
        self.placement_type.setAccessibleName(translate("ProfileForm", "Placement type"))
        for kind in PlacementType:
            self.placement_type.addItem(kind.words, kind.value)
        self.in_care = QCheckBox(translate("ProfileForm", "In &care (placed by the county)"))
        self.in_care.setAccessibleName(translate("ProfileForm", "In care"))
        self.missing = QCheckBox(translate("ProfileForm", "&Missing now"))
        self.missing.setAccessibleName(translate("ProfileForm", "Missing now"))

        add_row(form, translate("ProfileForm", "Legal &first name"), self.first)
        add_row(form, translate("ProfileForm", "Legal mi&ddle name"), self.middle)
        add_row(form, translate("ProfileForm", "Legal &last name"), self.last)
        add_row(form, translate("ProfileForm", "C&hosen name"), self.chosen)
        add_row(form, translate("ProfileForm", "&Pronouns"), self.pronouns)
        form.addRow("", self.name_for_caregiver)
        add_row(form, translate("ProfileForm", "&Aliases (one per line)"), self.aliases)
        add_row(form, translate("ProfileForm", "&Birth date"), self.birth)
        add_row(form, translate("ProfileForm", "&Gender identity"), self.gender)
        add_row(
            form, translate("ProfileForm", "Gender for county brea&kdowns"), self.gender_category
        )
        add_row(
            form, translate("ProfileForm", "Race or ethnicity, as the youth gi&ves it"), self.race
        )
        _layout_row(
            form, translate("ProfileForm", "P&referred language"), self.language, language_row
        )
        add_row(form, translate("ProfileForm", "&Tribal affiliation"), self.tribe)
        add_row(form, translate("ProfileForm", "&ICWA status"), self.icwa)
        add_row(form, translate("ProfileForm", "Ag&ency"), self.agency)
        add_row(form, translate("ProfileForm", "Case n&umbers (one per line)"), self.case_numbers)
        add_row(form, translate("ProfileForm", "Legal status (WIC secti&on)"), self.legal_status)
        add_row(form, translate("ProfileForm", "Placement t&ype"), self.placement_type)
        add_row(form, translate("ProfileForm", "Placeme&nt"), self.placement)
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
        words = _FIELD_WORDS.get(name)
        words = translate("ProfileForm", words) if words else name.replace("_", " ")
        problem = translate("ProfileForm", "Check the {field}: {problem}.")
        return FieldProblem(field, problem.format(field=words, problem=error["msg"].lower()))
