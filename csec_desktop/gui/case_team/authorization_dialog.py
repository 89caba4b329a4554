"""Record a release of information or a court order: its kind, scope (agencies, categories of
information), dates and revocation; a 42 CFR Part 2 consent asks for its required elements
and a WIC 827 order for its number (the model names anything missing)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate, translate_table
from csec_desktop.core.records.authorization import AUTH_TYPES, INFO_CATEGORIES, Authorization
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog
from csec_desktop.gui.widgets.basics import add_row, combo, label


class AuthorizationDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {
        "agencies": QT_TRANSLATE_NOOP("CaseItemFields", "Agencies it covers"),
        "information": QT_TRANSLATE_NOOP("CaseItemFields", "Information it covers"),
        "starts_on": QT_TRANSLATE_NOOP("CaseItemFields", "Starts on"),
    }

    def __init__(self, parent: QWidget | None, item: Authorization | None = None) -> None:
        title = (
            translate("AuthorizationDialog", "Authorization")
            if item is None
            else translate("AuthorizationDialog", "Change authorization")
        )
        super().__init__(title, parent, scroll=True)
        self.auth_type = combo(
            translate("AuthorizationDialog", "Kind"),
            translate_table("Authorization", AUTH_TYPES),
            item.auth_type if item else None,
        )
        add_row(self.form, translate("AuthorizationDialog", "&Kind"), self.auth_type)
        agencies = ", ".join(item.agencies) if item else ""
        self.agencies = self.line(
            translate("AuthorizationDialog", "A&gencies it covers (commas)"), agencies, 2000
        )
        self.form.addRow(label(translate("AuthorizationDialog", "Information it covers:"), "hint"))
        chosen = set(item.information) if item else set()
        self.information = {
            value: self.check(text, value in chosen)
            for value, text in translate_table("Authorization", INFO_CATEGORIES).items()
        }
        self.starts_on = self.date_field(
            translate("AuthorizationDialog", "&Starts on"),
            item.starts_on if item else date.today(),
            optional=False,
        )
        self.expires_on = self.date_field(
            translate("AuthorizationDialog", "E&xpires on"), item.expires_on if item else None, True
        )
        self.revoked_on = self.date_field(
            translate("AuthorizationDialog", "Re&voked on"), item.revoked_on if item else None, True
        )
        self.signed_by = self.line(
            translate("AuthorizationDialog", "Signed &by"), item.signed_by if item else ""
        )
        self.signed_on = self.date_field(
            translate("AuthorizationDialog", "Signed o&n"), item.signed_on if item else None, True
        )
        self.form.addRow(
            label(
                translate("AuthorizationDialog", "For a 42 CFR Part 2 consent (42 CFR 2.31):"),
                "hint",
            )
        )
        self.discloser = self.line(
            translate("AuthorizationDialog", "&Program permitted to disclose"),
            item.discloser if item else "",
        )
        self.purpose = self.line(
            translate("AuthorizationDialog", "P&urpose"), item.purpose if item else "", 500
        )
        self.expiry_event = self.line(
            translate("AuthorizationDialog", "Expiry &event"), item.expiry_event if item else ""
        )
        self.revocation = self.check(
            translate("AuthorizationDialog", "The right to &revoke was explained"),
            item.revocation_explained if item else False,
        )
        self.order_number = self.line(
            translate("AuthorizationDialog", "Court &order number (WIC 827)"),
            item.order_number if item else "",
            100,
        )
        self.note = self.long_text(
            translate("AuthorizationDialog", "N&ote"), item.note if item else ""
        )
        self.auth_type.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.finish_layout()

    def _kind_changed(self) -> None:
        kind = self.auth_type.currentData()
        for field in (self.discloser, self.purpose, self.expiry_event, self.revocation):
            field.setEnabled(kind == "part2_consent")
        self.order_number.setEnabled(kind == "court_order_827")

    def build(self) -> Authorization:
        part2 = self.auth_type.currentData() == "part2_consent"
        return Authorization(
            auth_type=self.auth_type.currentData(),
            agencies=tuple(self.agencies.text().split(",")),
            information=tuple(v for v, box in self.information.items() if box.isChecked()),  # type: ignore[arg-type]
            starts_on=self.starts_on.value() or date.today(),
            expires_on=self.expires_on.value(),
            revoked_on=self.revoked_on.value(),
            signed_by=self.signed_by.text().strip(),
            signed_on=self.signed_on.value(),
            discloser=self.discloser.text().strip() if part2 else "",
            purpose=self.purpose.text().strip() if part2 else "",
            expiry_event=self.expiry_event.text().strip() if part2 else "",
            revocation_explained=part2 and self.revocation.isChecked(),
            order_number=self.order_number.text().strip() if self.order_number.isEnabled() else "",
            note=self.note.toPlainText().strip(),
        )
