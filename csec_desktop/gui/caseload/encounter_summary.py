"""A completed screening, read-only: outcome, why, who signed it, and every answer given.

Rendered from the definition the encounter was captured with (pinned in the vault), so an old
record reads exactly as it was answered. The title names the instrument, never the youth.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import band_label, moment_words
from csec_desktop.core.i18n import translate
from csec_desktop.core.instruments import Instrument
from csec_desktop.core.instruments.kinds import answer_options
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.gui.caseload.wording import worker_language
from csec_desktop.gui.widgets.basics import close_buttons, em


def answer_text(instrument: Instrument, item_id: str, value: Any) -> str:
    item = instrument.item(item_id)
    lang = worker_language()
    labels = {option: text.get(lang) for option, text in answer_options(item)}
    if isinstance(value, list):
        return ", ".join(labels.get(v, str(v)) for v in value)
    return labels.get(value, str(value))


def summary_lines(encounter: EncounterRecord, point_label: str) -> list[tuple[str, str]]:
    """(heading, text) pairs in reading order."""
    instrument = Instrument.from_json(encounter.definition.definition_json)
    lang = worker_language()
    title = translate("EncounterSummary", "{title} (version {version})").format(
        title=instrument.definition.title.get(lang), version=instrument.version
    )
    lines = [
        (translate("EncounterSummary", "Instrument"), title),
        (translate("EncounterSummary", "Decision point"), point_label),
        (
            translate("EncounterSummary", "Information received"),
            moment_words(from_iso(encounter.info_received_at)),
        ),
    ]
    if encounter.completed_at:
        signed = f"{encounter.completed_by}, {moment_words(from_iso(encounter.completed_at))}"
        lines.append((translate("EncounterSummary", "Completed by"), signed))
    outcome = band_label(encounter.final_band, worker_language())
    if encounter.override_reason and encounter.final_band != encounter.computed_band:
        outcome = translate("EncounterSummary", "{outcome} (changed from {computed}: {reason})")
        outcome = outcome.format(
            outcome=band_label(encounter.final_band, worker_language()),
            computed=band_label(encounter.computed_band, worker_language()),
            reason=encounter.override_reason,
        )
    lines.append((translate("EncounterSummary", "Outcome"), outcome))
    rule = (encounter.explanation or {}).get("deciding_rule")
    if rule:
        reason = rule["reason"]
        lines.append(
            (translate("EncounterSummary", "Why"), reason.get(lang) or reason.get("en", ""))
        )
    for item in instrument.items():
        if item.id in encounter.answers:
            answer = answer_text(instrument, item.id, encounter.answers[item.id])
            lines.append((item.label.get(lang), answer))
    return lines


class EncounterSummaryDialog(QDialog):
    def __init__(
        self, encounter: EncounterRecord, point_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("EncounterSummary", "Completed screening (read-only)"))
        self.setAccessibleName(translate("EncounterSummary", "Completed screening"))
        self.lines = summary_lines(encounter, point_label)
        self.view = QTextBrowser()
        self.view.setAccessibleName(translate("EncounterSummary", "Screening summary"))
        html = "".join(
            f"<p><b>{_escape(head)}</b><br>{_escape(text)}</p>" for head, text in self.lines
        )
        self.view.setHtml(html)
        buttons = close_buttons(translate("EncounterSummary", "Close"), self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(em(self, 40), em(self, 32))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
