"""A completed screening, read-only: outcome, why, who signed it, and every answer given.

Rendered from the definition the encounter was captured with (pinned in the vault), so an old
record reads exactly as it was answered. The title names the instrument, never the youth.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import band_label, moment_words
from csec_desktop.core.instruments import Instrument
from csec_desktop.core.instruments.kinds import answer_options
from csec_desktop.core.records.encounters import EncounterRecord
from csec_desktop.gui.widgets.basics import em


def answer_text(instrument: Instrument, item_id: str, value: Any) -> str:
    item = instrument.item(item_id)
    labels = {option: text.get("en") for option, text in answer_options(item)}
    if isinstance(value, list):
        return ", ".join(labels.get(v, str(v)) for v in value)
    return labels.get(value, str(value))


def summary_lines(encounter: EncounterRecord, point_label: str) -> list[tuple[str, str]]:
    """(heading, text) pairs in reading order."""
    instrument = Instrument.from_json(encounter.definition.definition_json)
    lines = [
        ("Instrument", f"{instrument.definition.title.get('en')} (version {instrument.version})"),
        ("Decision point", point_label),
        ("Information received", moment_words(from_iso(encounter.info_received_at))),
    ]
    if encounter.completed_at:
        signed = f"{encounter.completed_by}, {moment_words(from_iso(encounter.completed_at))}"
        lines.append(("Completed by", signed))
    outcome = band_label(encounter.final_band)
    if encounter.override_reason and encounter.final_band != encounter.computed_band:
        outcome += f" (changed from {band_label(encounter.computed_band)}: "
        outcome += f"{encounter.override_reason})"
    lines.append(("Outcome", outcome))
    rule = (encounter.explanation or {}).get("deciding_rule")
    if rule:
        lines.append(("Why", rule["reason"].get("en", "")))
    for item in instrument.items():
        if item.id in encounter.answers:
            lines.append(
                (item.label.get("en"), answer_text(instrument, item.id, encounter.answers[item.id]))
            )
    return lines


class EncounterSummaryDialog(QDialog):
    def __init__(
        self, encounter: EncounterRecord, point_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Completed screening (read-only)")
        self.setAccessibleName("Completed screening")
        self.lines = summary_lines(encounter, point_label)
        self.view = QTextBrowser()
        self.view.setAccessibleName("Screening summary")
        html = "".join(
            f"<p><b>{_escape(head)}</b><br>{_escape(text)}</p>" for head, text in self.lines
        )
        self.view.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(em(self, 40), em(self, 32))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
