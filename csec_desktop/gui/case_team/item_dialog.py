"""The form dialog every case-team record uses: fields, one plain message, OK and Cancel.

A subclass builds its fields and turns them into the core model in ``build``; the models'
own rules (required fields, lengths) decide, and a refusal names the field in plain words.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from pydantic import BaseModel
from pydantic import ValidationError as PydanticError
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.gui.case_team.entry_list import EntryList
from csec_desktop.gui.widgets.basics import InlineMessage, add_row, em, label, text_edit
from csec_desktop.gui.widgets.date_field import DateField

SHARE_CHOICES = (  # the audiences a worker may share a note or a team member with
    ("mdt", "The &MDT's copy"),
    ("caregiver", "The care&giver's sheet"),
    ("youth", "The youth's o&wn copy"),
)


def ticked(boxes: dict[str, QCheckBox]) -> tuple[str, ...]:
    return tuple(value for value, box in boxes.items() if box.isChecked() and box.isEnabled())


class CaseItemDialog(QDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {}

    def __init__(self, title: str, parent: QWidget | None, scroll: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(em(self, 30))
        self.box = QVBoxLayout(self)
        self.form = QFormLayout()
        if scroll:  # a long form scrolls inside the dialog, whose buttons stay in view
            inner = QWidget()
            inner.setLayout(self.form)
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(inner)
            area.setAccessibleName(f"{title} fields")
            self.box.addWidget(area, 1)
            self.scroll_area: QScrollArea | None = area
            self.setMinimumWidth(em(self, 44))
        else:
            self.box.addLayout(self.form)
            self.scroll_area = None
        self.message = InlineMessage(f"{title} message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok.setAccessibleName("Save")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.item: BaseModel | None = None
        self.date_fields: list[DateField] = []
        self.entry_lists: list[EntryList[Any]] = []  # their typed, not-yet-added entries count

    def finish_layout(self) -> None:
        self.box.addWidget(self.message)
        self.box.addWidget(self.buttons)
        screen = self.screen()
        if self.scroll_area is not None and screen is not None:
            # As tall as the fields need, up to most of the screen (768 px laptops included);
            # the rest scrolls with the buttons in view.
            inner = self.scroll_area.widget()
            wanted = inner.sizeHint().height() + em(self, 6)
            self.resize(
                self.minimumWidth(), min(wanted, int(screen.availableGeometry().height() * 0.9))
            )

    def line(self, text: str, value: str = "", max_length: int = 200) -> QWidget:
        edit = text_edit(text.replace("&", ""), max_length)
        edit.setText(value)
        add_row(self.form, text, edit)
        return edit

    def long_text(self, text: str, value: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setAccessibleName(text.replace("&", ""))
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(em(edit, 4))
        if self.scroll_area is not None:  # a long form: each box stays a few lines tall
            edit.setMaximumHeight(em(edit, 5))
        add_row(self.form, text, edit)
        return edit

    def check(self, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text.replace("&", ""))
        box.setChecked(checked)
        self.form.addRow("", box)
        return box

    def share_boxes(self, noun: str, shared: tuple[str, ...]) -> dict[str, QCheckBox]:
        """One box per audience the worker may share with; all unticked for a new record."""
        self.form.addRow(label(f"Which printed copies may show this {noun}:", "hint"))
        boxes = {}
        for value, text in SHARE_CHOICES:
            boxes[value] = self.check(text, value in shared)
        return boxes

    def date_field(self, text: str, value: date | None, optional: bool) -> DateField:
        """A typed date; optional ones may stay empty ("Not set yet")."""
        field = DateField(
            text.replace("&", ""), value, optional=optional, empty_words="Not set yet"
        )
        add_row(self.form, text, field)
        self.date_fields.append(field)
        return field

    def build(self) -> BaseModel:
        raise NotImplementedError

    def submit(self) -> None:
        if not all(field.check() for field in self.date_fields):
            return
        for entries in self.entry_lists:
            problem = entries.take_pending()
            if problem is not None:
                self.message.show_message(problem)
                return
        try:
            self.item = self.build()
        except PydanticError as exc:
            first = exc.errors()[0]
            name = str(first["loc"][0]) if first["loc"] else ""
            where = self.FIELD_LABELS.get(name, name.replace("_", " ").capitalize())
            said = str(first["msg"]).removeprefix("Value error, ")
            if first["type"] in ("string_too_short", "too_short"):
                self.message.show_message(f"{where}: this is needed.")
            elif not where:  # a rule across fields says what is missing itself
                self.message.show_message(said[:1].upper() + said[1:] + ".")
            else:
                self.message.show_message(f"{where}: {said}.")
            return
        self.accept()
