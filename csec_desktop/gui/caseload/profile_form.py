"""The fields of a youth's profile, each with a label (mnemonic, buddy) and an accessible name.

``set_profile()`` fills them from a YouthProfile. ``profile()`` (``profile_reading``) turns the
fields into a YouthProfile or raises ``FieldProblem`` naming the field and what to fix, so the
dialog can show the message beside it and move the focus there. The kinds of field and the fixed
choices are ``profile_fields``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from csec_desktop.core.date_entry import DateRange
from csec_desktop.core.i18n import translate
from csec_desktop.core.records.youth import (
    GENDER_CATEGORIES,
    ICWA_LABELS,
    Agency,
    LegalStatus,
    PlacementType,
    YouthProfile,
    gender_words,
    icwa_words,
)
from csec_desktop.gui.caseload.profile_fields import (
    BIRTH_EARLIEST,
    LANGUAGES,
    PRONOUNS,
    choice_box,
    layout_row,
    list_edit,
    race_list,
)
from csec_desktop.gui.caseload.profile_reading import ProfileReading
from csec_desktop.gui.widgets.basics import add_row, text_edit
from csec_desktop.gui.widgets.date_field import DateField


class ProfileForm(ProfileReading, QWidget):
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
        self.aliases = list_edit(translate("ProfileForm", "Aliases, one per line"))
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
        self.gender_category = choice_box(
            translate("ProfileForm", "Gender for county breakdowns"),
            ((gender_words(code), code) for code in GENDER_CATEGORIES),
        )
        self.race = race_list(
            translate("ProfileForm", "Race or ethnicity, as the youth gives it (all that apply)")
        )
        self.language = choice_box(
            translate("ProfileForm", "Preferred language"),
            ((translate("ProfileForm", words), code) for code, words in LANGUAGES),
        )
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
        self.icwa = choice_box(
            translate("ProfileForm", "ICWA status"), ((icwa_words(c), c) for c in ICWA_LABELS)
        )
        self.agency = choice_box(
            translate("ProfileForm", "Agency"), ((a.words, a.value) for a in Agency)
        )
        self.case_numbers = list_edit(translate("ProfileForm", "Case numbers, one per line"))
        self.placement = text_edit(translate("ProfileForm", "Placement"), 200)
        self.legal_status = choice_box(
            translate("ProfileForm", "Legal status"), ((s.words, s.value) for s in LegalStatus)
        )
        self.placement_type = choice_box(
            translate("ProfileForm", "Placement type"), ((k.words, k.value) for k in PlacementType)
        )
        # A new youth starts at the model's own defaults ("Not recorded", "No placement",
        # "Not yet asked", "Not known"), never at a list's first item: a worker who
        # left a field below the fold would otherwise record a WIC 300 dependency and a
        # resource family home nobody chose.
        for box, field in (
            (self.gender_category, "gender_category"),
            (self.icwa, "icwa_status"),
            (self.legal_status, "legal_status"),
            (self.placement_type, "placement_type"),
        ):
            default = YouthProfile.model_fields[field].default
            box.setCurrentIndex(box.findData(getattr(default, "value", default)))
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
        layout_row(
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
