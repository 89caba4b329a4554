"""The youth's case team: service plan (referrals), safety plan, MDT members, MDT meetings
and notes.

Each tab is a read-only table with Add, Change and Remove; dialogs open window-modal without
blocking (``open``), and what they return is saved through ``CaseItems`` (audited by the core).
Remove asks why and leaves a tombstone that syncs (nothing is erased).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError
from csec_desktop.core.localtime import local_date
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.case_items import CaseItems, MdtMember, StoredItem
from csec_desktop.core.records.exploitation_status import concern_since
from csec_desktop.gui.case_team.attempt_dialog import AttemptDialog
from csec_desktop.gui.case_team.authorization_dialog import AuthorizationDialog
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog
from csec_desktop.gui.case_team.meeting_dialog import MeetingDialog
from csec_desktop.gui.case_team.member_dialog import MemberDialog
from csec_desktop.gui.case_team.note_dialog import NoteDialog
from csec_desktop.gui.case_team.referral_dialog import ReferralDialog
from csec_desktop.gui.case_team.remove_dialog import RemoveDialog
from csec_desktop.gui.case_team.safety_plan_dialog import SafetyPlanDialog
from csec_desktop.gui.case_team.stage_dialog import StageDialog
from csec_desktop.gui.case_team.tab_specs import SPECS, TabSpec
from csec_desktop.gui.forms.form_drafts import remember
from csec_desktop.gui.help.help_browser import set_help_topic
from csec_desktop.gui.widgets.basics import InlineMessage, button, label

HELP_TOPICS = {  # a tab's part of the user guide; the others open "The case team"
    "safety_plan": "safety-plan",
    "authorization": "releases",
    "stage_of_change": "stages",
    "engagement_attempt": "stages",
    "mdt_meeting": "mdt",
    "mdt_member": "mdt",
}


class ItemsTab(QWidget):
    def __init__(self, panel: CaseTeamPanel, spec: TabSpec) -> None:
        super().__init__()
        self.panel, self.spec = panel, spec
        set_help_topic(self, HELP_TOPICS.get(spec.kind, "team"))  # F1: this part of the guide
        self.rows: list[StoredItem] = []
        self.dialog: CaseItemDialog | None = None
        self.remove_dialog: RemoveDialog | None = None
        box = QVBoxLayout(self)
        self.empty = label(spec.empty, "hint")
        self.table = QTableWidget(0, len(spec.columns))
        self.table.setAccessibleName(spec.title.replace("&", ""))
        self.table.setHorizontalHeaderLabels(list(spec.columns))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in spec.wide:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _index: self.change())
        self.add_button = button(f"&Add {spec.noun}…", f"Add {spec.noun}")
        self.change_button = button(f"&Change {spec.noun}…", f"Change {spec.noun}")
        self.remove_button = button(f"Re&move {spec.noun}…", f"Remove {spec.noun}")
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.remove_button.clicked.connect(self.remove)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.change_button)
        row.addWidget(self.remove_button)
        if spec.kind == "safety_plan":  # the worker signs each version of the plan
            self.sign_button = button("&Sign plan…", "Sign safety plan")
            self.sign_button.clicked.connect(self.sign)
            row.addWidget(self.sign_button)
        row.addStretch(1)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)
        box.addLayout(row)

    def reload(self) -> None:
        self.rows = self.panel.items.for_youth(self.panel.youth_id, self.spec.kind)
        self.table.setRowCount(len(self.rows))
        for index, stored in enumerate(self.rows):
            for column, text in enumerate(self.spec.row(stored)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, stored.id)
                self.table.setItem(index, column, cell)
        self.empty.setVisible(not self.rows)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.table.currentRow() >= 0 and bool(self.rows)
        self.change_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        if hasattr(self, "sign_button"):
            row = self.table.currentRow()
            plan: Any = self.rows[row].item if chosen and row < len(self.rows) else None
            self.sign_button.setEnabled(plan is not None and not plan.signed)

    def add(self) -> None:
        self._open(None)

    def sign(self) -> None:
        """Sign the chosen plan version after a confirmation naming what is signed."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        stored = self.rows[row]
        plan: Any = stored.item
        box = QMessageBox(self)
        box.setWindowTitle("Sign safety plan")
        box.setText(
            f"Sign version {plan.plan_version} of the safety plan as "
            f"{self.panel.ctx.actor.display_name}? A later change makes a new version."
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._sign(stored.id))
        self.sign_box = box
        box.open()

    def _sign(self, item_id: str) -> None:
        try:
            self.panel.items.sign_safety_plan(item_id)
        except CsecError as exc:
            self.panel.say(str(exc))
            return
        self.reload()
        self.panel.changed.emit()

    def change(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self._open(self.rows[row])

    def remove(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        stored = self.rows[row]
        summary = " · ".join(text for text in self.spec.row(stored) if text)[:300]
        dialog = RemoveDialog(self.spec.noun, summary, self)
        dialog.accepted.connect(lambda: self._remove(stored, dialog.reason))
        self.remove_dialog = dialog
        dialog.open()

    def _remove(self, stored: StoredItem, reason: str) -> None:
        self.panel.items.remove(stored.id, reason)
        self.reload()
        self.panel.changed.emit()
        self.table.setFocus()

    def _open(self, stored: StoredItem | None) -> None:
        dialog = self.panel.dialog_for(self.spec.kind, stored)
        context = {"youth_id": self.panel.youth_id, "item_kind": self.spec.kind,
                   "item_id": stored.id if stored else None}  # fmt: skip
        remember(dialog, "case_item", dialog.windowTitle(), context)  # kept over a lock
        dialog.accepted.connect(lambda: self._save(dialog, stored))
        self.dialog = dialog
        dialog.open()

    def _save(self, dialog: CaseItemDialog, stored: StoredItem | None) -> None:
        assert dialog.item is not None
        item: Any = dialog.item
        if stored is None:
            self.panel.items.add(self.panel.youth_id, item)
        else:
            self.panel.items.change(stored.id, item)
        self.reload()
        self.panel.changed.emit()
        self.table.setFocus()


class CaseTeamPanel(QWidget):
    # An entry was saved, removed or signed: its duties (follow-ups, re-offers, action items)
    # may have changed, so the youth page and the Deadlines panel read them again.
    changed = Signal()

    def __init__(self, ctx: RecordContext, youth_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Case team")
        set_help_topic(self, "team")
        self.ctx, self.youth_id, self.items = ctx, youth_id, CaseItems(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Case team sections")
        self.tab: dict[str, ItemsTab] = {}
        for spec in SPECS:
            tab = ItemsTab(self, spec)
            self.tab[spec.kind] = tab
            self.tabs.addTab(tab, spec.title)
        self.message = InlineMessage("Case team message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        for tab in self.tab.values():
            tab.reload()

    def dialog_for(self, kind: str, stored: StoredItem | None) -> CaseItemDialog:
        item: Any = stored.item if stored else None
        if kind == "referral":
            return ReferralDialog(self, item)
        if kind == "mdt_member":
            return MemberDialog(self, item)
        if kind == "mdt_meeting":
            members = tuple(
                (s.id, s.item) for s in self.tab["mdt_member"].rows if isinstance(s.item, MdtMember)
            )
            since = concern_since(self.ctx, self.youth_id)
            report_on = local_date(since) if since else None
            return MeetingDialog(self, item, members, report_on)
        if kind == "safety_plan":
            return SafetyPlanDialog(self, item)
        if kind == "authorization":
            return AuthorizationDialog(self, item)
        if kind == "stage_of_change":
            return StageDialog(self, item)
        if kind == "engagement_attempt":
            return AttemptDialog(self, item)
        return NoteDialog(self, item)

    def say(self, text: str) -> None:
        self.message.show_message(text)
