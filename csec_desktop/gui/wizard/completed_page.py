"""After completing: who signed it and when, the outcome recorded, and the duties now running
with their due times in the laptop's local time ("due now" for the immediate ones)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import moment_words
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.duties import DutyRecord
from csec_desktop.core.records.duty_words import duty_due_words
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.gui.widgets.basics import button, em, label
from csec_desktop.gui.wizard.page_parts import ScrollPage

PENDING = QT_TRANSLATE_NOOP(
    "CompletedPage",
    "You changed an outcome set by a decisive answer. The change waits for a supervisor's "
    "co-signature; until then the outcome above stands and its duties stay open.",
)


def duty_state_words(duty: DutyRecord) -> str:
    """The duty's state from the one core wording, with a tick when it is done."""
    words = duty_due_words(duty)
    return f"✓ {words[0].upper()}{words[1:]}" if duty.status == "done" else words


def duty_line(duty: DutyRecord, lang: str) -> str:
    """Two lines: what to do, then when it is due (or that it is done) and its source."""
    label_text = duty.label.get(lang) or duty.label["en"]
    due = duty_state_words(duty)
    return f"{label_text}\n{due[0].upper()}{due[1:]} · {duty.citation}"


class CompletedPage(ScrollPage):
    """Scrolls as a whole: at 200 % on a small screen the Close button stays in view."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        box = self.box
        self.heading = label(translate("CompletedPage", "Completed"), "heading")
        self.heading.setAccessibleName(translate("CompletedPage", "Completed"))
        self.signed = label("")
        self.signed.setAccessibleName(translate("CompletedPage", "Signed"))
        self.band = label("")
        self.band.setAccessibleName(translate("CompletedPage", "Outcome recorded"))
        self.duties_heading = label(
            translate("CompletedPage", "What needs to happen next, and by when"), "hint"
        )
        self.duties = QListWidget()
        self.duties.setAccessibleName(translate("CompletedPage", "Duties created"))
        self.duties.setWordWrap(True)
        self.duties.setSpacing(em(self.duties, 0.25))
        self.duties.setAlternatingRowColors(True)
        self.duties.setMinimumHeight(em(self.duties, 8))
        self.none = label(
            translate("CompletedPage", "No reporting duties follow from this outcome."), "hint"
        )
        self.pending = label(translate("CompletedPage", PENDING), "warning")
        self.pending.setAccessibleName(translate("CompletedPage", "Waiting for a supervisor"))
        self.cosign_button = button(
            translate("CompletedPage", "Supervisor &co-sign…"),
            translate("CompletedPage", "Supervisor co-sign"),
        )
        self.support = label("", "hint")  # after an identification: support for the worker
        self.support.setAccessibleName(translate("CompletedPage", "Support for you"))
        for widget in (
            self.heading,
            self.signed,
            self.band,
            self.pending,
            self.cosign_button,
            self.duties_heading,
            self.duties,
        ):
            box.addWidget(widget)
        box.addWidget(self.support)
        box.addWidget(self.none)
        box.addWidget(
            label(
                translate(
                    "CompletedPage",
                    "Duties are also listed on the youth's page and in the deadlines panel.",
                ),
                "hint",
            )
        )

    def show_completed(
        self,
        encounter: EncounterRecord,
        duties: list[DutyRecord],
        worker: str,
        band: str,
        referenced: list[str] | None = None,
        support: str = "",
    ) -> None:
        self.support.setText(support)
        self.support.setVisible(bool(support))
        when = moment_words(from_iso(encounter.completed_at or ""))
        self.signed.setText(
            translate("CompletedPage", "Completed by {worker} at {when}").format(
                worker=worker, when=when
            )
        )
        text = translate("CompletedPage", "Outcome recorded: {band}").format(band=band)
        if encounter.override_reason:
            text += " " + translate(
                "CompletedPage", "(chosen by the worker; reason: {reason})"
            ).format(reason=encounter.override_reason)
        self.band.setText(text)
        request = (encounter.explanation or {}).get("override_request") or {}
        waiting = bool(request) and not request.get("cosigned_by")
        self.pending.setVisible(waiting)
        self.cosign_button.setVisible(waiting)
        if request.get("cosigned_by"):
            cosigned = translate("CompletedPage", "{outcome}; co-signed by {supervisor}")
            self.band.setText(cosigned.format(outcome=text, supervisor=request["cosigned_by"]))
        self.duties.clear()
        # Still to do first, soonest first as everywhere; done ones after, marked done.
        for duty in sorted(duties, key=lambda d: (d.status != "open", d.due_at)):
            item = QListWidgetItem(duty_line(duty, self.lang))
            item.setData(Qt.ItemDataRole.UserRole, duty.id)
            self.duties.addItem(item)
        for words in referenced or []:  # met or open already: named, not started again
            item = QListWidgetItem(
                translate("CompletedPage", "Not started again: {duty}").format(duty=words)
            )
            item.setForeground(self.palette().placeholderText())
            self.duties.addItem(item)
        shown = bool(duties or referenced)
        self.duties.setVisible(shown)
        self.none.setVisible(not shown)
        if duties:
            self.duties.setCurrentRow(0)

    def duty_texts(self) -> list[str]:
        return [self.duties.item(row).text() for row in range(self.duties.count())]
