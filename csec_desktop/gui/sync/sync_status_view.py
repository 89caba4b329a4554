"""The sync panel's status: one line on when this laptop last synced (or that the county
takes bundles as files), a hint on what leaves the laptop, and the fields of ``SyncStatus``
(fingerprints, county, enrolment, what waits to be sent or for a receipt).

Every value is shown as plain text: the county name and URL come from a file.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from csec_desktop.core.i18n import translate
from csec_desktop.core.sync_service.service import SyncStatus
from csec_desktop.core.sync_service.sync_schedule import status_line
from csec_desktop.gui.sync.sync_words import status_texts
from csec_desktop.gui.widgets.basics import label


class SyncStatusView(QWidget):
    """``status_line`` and ``fields`` (by ``status_texts`` key), filled by ``show_status``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_line = QLabel("…")
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)  # it may name the county's URL
        self.status_line.setAccessibleName(translate("SyncDialog", "Sync status"))
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)
        layout.addWidget(
            label(
                translate(
                    "SyncDialog",
                    "Records leave this laptop only as a signed, encrypted bundle that "
                    "only the county can open. After the county's receipt, delivered "
                    "records are removed from this laptop when the county's retention "
                    "period ends.",
                ),
                "hint",
            )
        )
        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("device", translate("SyncDialog", "This laptop's fingerprint")),
            ("county", translate("SyncDialog", "County")),
            ("county_fp", translate("SyncDialog", "County fingerprint")),
            ("enrolled", translate("SyncDialog", "Enrolled")),
            ("pending", translate("SyncDialog", "Waiting to be sent")),
            ("last_export", translate("SyncDialog", "Last bundle")),
            ("awaiting", translate("SyncDialog", "Bundles waiting for a receipt")),
            ("last_receipt", translate("SyncDialog", "Last receipt")),
            ("review", translate("SyncDialog", "Needs a person's review")),
        ):
            value = QLabel("…")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # the county name comes from a file
            value.setAccessibleName(text)
            self.form.addRow(label(text), value)
            self.fields[key] = value
        layout.addLayout(self.form)
        layout.addStretch(1)  # room to spare goes below the fields, not between them

    def show_status(self, status: SyncStatus, now: datetime) -> None:
        self.status_line.setText(
            status_line(status.last_synced, status.pending_total, status.awaiting_receipt, now)
            if status.online
            else translate(
                "SyncDialog",
                "This county takes bundles as files (its trust file names no service).",
            )
        )
        for key, text in status_texts(status).items():
            self.fields[key].setText(text)
