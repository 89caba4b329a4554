"""Add a youth or edit a profile. Adding first looks for possible duplicates on this laptop.

When a new profile may be someone already here (a matching alias, swapped first and last
names, the same birth date), the dialog lists them with the reason in words and lets the worker
open the existing record instead, or add the new youth anyway. Records are never merged here.
The duplicate check and the save run in the background; the title never names the youth.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.duplicates import PossibleDuplicate
from csec_desktop.core.records.youth import YouthProfile
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.profile_form import ProfileForm
from csec_desktop.gui.caseload.profile_reading import FieldProblem
from csec_desktop.gui.caseload.source import CaseloadSource
from csec_desktop.gui.widgets.basics import InlineMessage, busy_bar, button, em, label

DUPLICATE_NOTE = QT_TRANSLATE_NOOP(
    "ProfileDialog",
    "This youth may already be on this laptop. Open the existing record, or add a new youth "
    "if you are sure this is someone else. Records are never merged.",
)


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """The size a form wants, but never more than the screen (150 % scaling, small laptops)."""
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(width, screen.width() - 40), min(height, screen.height() - 60))


def duplicate_line(found: PossibleDuplicate) -> str:
    entry = found.entry
    name = f"{entry.display_name} ({entry.pronouns})" if entry.pronouns else entry.display_name
    born = (
        entry.birth_date.isoformat()
        if entry.birth_date
        else translate("ProfileDialog", "birth date not known")
    )
    cases = ", ".join(entry.case_numbers) or translate("ProfileDialog", "no case number")
    facts = translate("ProfileDialog", "Legal name {legal} · born {born} · {cases}").format(
        legal=entry.legal_name, born=born, cases=cases
    )
    return f"{name}: {found.words}\n{facts}"


class ProfileDialog(QDialog):
    def __init__(
        self,
        source: CaseloadSource,
        background: Background,
        existing: YouthRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.background = background
        self.existing = existing
        self.record: YouthRecord | None = None  # the saved youth, once accepted
        self.open_existing_id: str | None = None  # chosen instead of adding a duplicate
        title = (
            translate("ProfileDialog", "Edit youth profile")
            if existing
            else translate("ProfileDialog", "Add a youth")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = ProfileForm()
        if existing is not None:
            self.form.set_profile(existing.profile)
        else:
            home = source.caseload.ctx.actor.home_agency
            self.form.agency.setCurrentIndex(max(0, self.form.agency.findData(home)))
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Up and down only: the form fits the dialog's width (1366×768 included).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)
        self.form.setAutoFillBackground(False)
        scroll.setMinimumWidth(em(self, 30))
        self.message = InlineMessage(translate("ProfileDialog", "Profile message"))
        self.busy = busy_bar(translate("ProfileDialog", "Saving"))
        self._build_duplicates()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(
            translate("ProfileDialog", "&Save")
            if existing
            else translate("ProfileDialog", "Add &youth")
        )
        self.ok.setAccessibleName(self.ok.text().replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("ProfileDialog", "Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (scroll, self.duplicates_box, self.message, self.busy, self.buttons):
            layout.addWidget(widget)
        fit_to_screen(self, em(self, 40), em(self, 44))
        self.form.first.setFocus()

    def _build_duplicates(self) -> None:
        self.duplicates_box = QWidget()
        self.duplicates_list = QListWidget()
        self.duplicates_list.setAccessibleName(translate("ProfileDialog", "Possible duplicates"))
        self.duplicates_list.setMaximumHeight(em(self, 6))
        self.duplicates_list.setWordWrap(True)
        self.duplicates_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_button = button(
            translate("ProfileDialog", "&Open the existing record"),
            translate("ProfileDialog", "Open the existing record"),
        )
        self.add_anyway = button(
            translate("ProfileDialog", "Add any&way"),
            translate("ProfileDialog", "Add as a new youth anyway"),
        )
        self.open_button.clicked.connect(self._open_existing)
        self.add_anyway.clicked.connect(self._save)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.add_anyway)
        row.addStretch(1)
        box = QVBoxLayout(self.duplicates_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label(translate("ProfileDialog", DUPLICATE_NOTE), "warning"))
        box.addWidget(self.duplicates_list)
        box.addLayout(row)
        self.duplicates_box.hide()

    @property
    def duplicates(self) -> list[PossibleDuplicate]:
        return [
            self.duplicates_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.duplicates_list.count())
        ]

    # -- submitting ----------------------------------------------------------------------------
    def submit(self) -> None:
        try:
            profile = self.form.profile()
        except FieldProblem as problem:
            self.message.show_message(problem.message, about=problem.field)
            problem.field.setFocus()
            return
        self._profile = profile
        if self.existing is not None:
            self._save()
            return
        self._set_busy(True)
        self.background.run(
            lambda: self.source.possible_duplicates(profile), self._checked, self._failed
        )

    def _checked(self, found: list[PossibleDuplicate]) -> None:
        self._set_busy(False)
        if not found:
            self._save()
            return
        self.duplicates_list.clear()
        for duplicate in found:
            item = QListWidgetItem(duplicate_line(duplicate))
            item.setData(Qt.ItemDataRole.UserRole, duplicate)
            self.duplicates_list.addItem(item)
        self.duplicates_list.setCurrentRow(0)
        self.duplicates_box.show()
        self.message.clear_message()
        self.open_button.setFocus()

    def _open_existing(self) -> None:
        item = self.duplicates_list.currentItem() or self.duplicates_list.item(0)
        self.open_existing_id = item.data(Qt.ItemDataRole.UserRole).entry.youth_id
        self.accept()

    def _save(self) -> None:
        profile: YouthProfile = self._profile
        existing = self.existing
        self._set_busy(True)
        if existing is None:
            self.background.run(lambda: self.source.add(profile), self._saved, self._failed)
        else:
            self.background.run(
                lambda: self.source.change(existing.id, profile), self._saved, self._failed
            )

    def _saved(self, record: YouthRecord) -> None:
        self._set_busy(False)
        self.record = record
        self.accept()

    def _failed(self, error: CsecError) -> None:
        self._set_busy(False)
        self.message.show_message(error.message)

    def _set_busy(self, busy: bool) -> None:
        self.form.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.duplicates_box.setEnabled(not busy)
        self.busy.setVisible(busy)
