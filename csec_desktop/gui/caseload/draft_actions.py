"""What a worker can do with a draft screening besides resuming it: discard it (after saying
why; the county keeps a tombstone) or move it to a newer version of its form (after seeing what
will not carry over). ``DraftActions`` is mixed into ``EncountersTab``, whose table, message
line and services it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import moment_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.draft_move import DraftMove, move_draft, newer_versions, plan_move
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.wording import instrument_title
from csec_desktop.gui.widgets.basics import InlineMessage

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


DISCARD_EXPLAIN = QT_TRANSLATE_NOOP(
    "EncountersTab",
    "The draft leaves this list and cannot be resumed. Its answers are not erased: the county "
    "keeps a record that it was discarded, by you, and why.",
)


class DraftActions:
    """Discard and move-to-new-version for the chosen draft."""

    # What the tab provides.
    services: WorkspaceServices
    youth: YouthRecord | None
    message: InlineMessage
    changed: SignalInstance

    if TYPE_CHECKING:  # the tab's own methods, called here

        def selected(self) -> EncounterRecord | None: ...

        def show_youth(self, youth: YouthRecord) -> None: ...

    def discard_selected(self) -> QDialog | None:
        """Discard the chosen draft, after asking why (a tombstone that syncs; audited)."""
        from csec_desktop.gui.case_team.remove_dialog import DISCARD_DRAFT, RemoveDialog

        chosen = self.selected()
        if chosen is None or not chosen.is_draft:
            return None
        started = moment_words(from_iso(chosen.info_received_at))
        summary = translate("EncountersTab", "{instrument}, started for {started}").format(
            instrument=instrument_title(chosen.definition.instrument_id), started=started
        )
        explain = translate("EncountersTab", DISCARD_EXPLAIN)
        dialog = RemoveDialog(DISCARD_DRAFT, summary, cast(QWidget, self), explain)
        dialog.accepted.connect(lambda: self._discard(chosen.id, dialog.reason))
        dialog.open()
        return dialog

    def _discard(self, encounter_id: str, reason: str) -> None:
        try:
            self.services.encounters.discard(encounter_id, reason)
        except CsecError as exc:
            self.message.show_message(exc.message)
            return
        if self.youth is not None:
            self.show_youth(self.youth)
        self.changed.emit()

    def move_selected(self) -> DraftMove | None:
        """Move the selected draft to the newest other version, after showing what would not
        carry over; the move is audited (core/records/draft_move.py)."""
        chosen = self.selected()
        if chosen is None or not chosen.is_draft or self.youth is None:
            return None
        versions = newer_versions(self.services.registry, chosen)
        if not versions:
            self.message.show_message(
                translate("EncountersTab", "This draft already uses the only version of its form.")
            )
            return None
        try:
            plan = plan_move(chosen, versions[0])
            if not self.confirm_move(plan):
                return None
            moved = move_draft(
                self.services.ctx, self.services.registry, chosen.id, plan.to_version
            )
        except CsecError as exc:
            self.message.show_message(exc.message)
            return None
        lost = ", ".join(n.item_id for n in moved.not_carried) or translate(
            "EncountersTab", "nothing"
        )
        moved_words = translate(
            "EncountersTab", "The draft now uses version {version}. Not carried over: {lost}."
        )
        self.message.show_message(moved_words.format(version=moved.to_version, lost=lost), "notice")
        self.show_youth(self.youth)
        self.changed.emit()
        return moved

    def confirm_move(self, plan: DraftMove) -> bool:
        lost = "\n".join(f"• {n.item_id}: {n.reason}" for n in plan.not_carried)
        text = translate("EncountersTab", "Move the draft from version {old} to {new}?").format(
            old=plan.from_version, new=plan.to_version
        )
        carried = len(plan.carried)
        text += "\n" + (
            translate("EncountersTab", "1 answer carries over.")
            if carried == 1
            else translate("EncountersTab", "{count} answers carry over.").format(count=carried)
        )
        if lost:
            left_out = translate(
                "EncountersTab", "These answers cannot be carried and will be left out:"
            )
            text += f"\n{left_out}\n{lost}"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("EncountersTab", "Move this draft?"),
            text,
            QMessageBox.StandardButton.Cancel,
            cast(QWidget, self),
        )
        box.addButton(translate("EncountersTab", "Move draft"), QMessageBox.ButtonRole.AcceptRole)
        return box.exec() != QMessageBox.StandardButton.Cancel
