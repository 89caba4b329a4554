"""A youth's timeline on their page: every dated event, oldest first, filterable by kind, and
printable to the case file.

The entries come from ``core.records.timeline.youth_timeline`` (the same access rules as the
rest of the page); printing goes through the print preview with ``TimelinePrinter``, which
renders only the copies the audience table lets carry a timeline (the others are greyed out
in the copy list, and refused by the printer itself).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.display_words import day_words, moment_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.localtime import to_local
from csec_desktop.core.records.timeline import youth_timeline
from csec_desktop.core.records.timeline_entry import TimelineEntry, TimelineKind
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.timeline_copy import timeline_audiences
from csec_desktop.core.worker_language import worker_language
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.help.help_browser import set_help_topic
from csec_desktop.gui.widgets.basics import InlineMessage, button, em

EVERYTHING = QT_TRANSLATE_NOOP("TimelineTab", "Everything")
COLUMNS = (
    QT_TRANSLATE_NOOP("TimelineTab", "When"),
    QT_TRANSLATE_NOOP("TimelineTab", "Kind"),
    QT_TRANSLATE_NOOP("TimelineTab", "What"),
    QT_TRANSLATE_NOOP("TimelineTab", "Detail"),
)
EMPTY = QT_TRANSLATE_NOOP(
    "TimelineTab",
    "Nothing recorded for this youth yet. Screenings, duties, referrals, meetings and notes "
    "appear here as they are recorded.",
)


class TimelineTab(QWidget):
    def __init__(self, services: WorkspaceServices) -> None:
        super().__init__()
        self.setAccessibleName(translate("TimelineTab", "Timeline"))
        set_help_topic(self, "timeline")
        self.services = services
        self.youth_id: str | None = None
        self.entries: list[TimelineEntry] = []
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(translate("TimelineTab", "Show on the timeline"))
        self.kind_box.addItem(translate("TimelineTab", EVERYTHING), "")
        for kind in TimelineKind:
            self.kind_box.addItem(kind.words, kind.value)
        self.kind_box.currentIndexChanged.connect(lambda _i: self.reload())
        kind_label = QLabel(translate("TimelineTab", "Show onl&y"))
        kind_label.setBuddy(self.kind_box)
        self.print_button = button(
            translate("TimelineTab", "Print timeline…"),
            translate("TimelineTab", "Print the timeline for the case file"),
        )
        self.print_button.clicked.connect(self.print_timeline)
        self.count = QLabel("")
        self.count.setAccessibleName(translate("TimelineTab", "How many entries are shown"))
        self.message = InlineMessage(translate("TimelineTab", "Timeline message"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(translate("TimelineTab", "Timeline, oldest first"))
        self.table.setHorizontalHeaderLabels([translate("TimelineTab", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((13, 12, 34)):  # the title fits in Spanish too
            header.resizeSection(column, em(self, width))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_box)
        top.addWidget(self.count, 1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table)

    @property
    def kinds(self) -> frozenset[TimelineKind] | None:
        value = self.kind_box.currentData()
        return frozenset({TimelineKind(value)}) if value else None

    def show_youth(self, youth_id: str) -> None:
        self.youth_id = youth_id
        self.reload()

    def reload(self) -> None:
        if self.youth_id is None:
            return
        try:
            self.entries = youth_timeline(
                self.services.ctx, self.youth_id, self.kinds, lang=worker_language()
            )
        except CsecError as exc:
            self.message.show_message(exc.message)
            return
        self.message.clear_message()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            when = day_words(to_local(entry.at).date()) if entry.all_day else moment_words(entry.at)
            for column, text in enumerate((when, entry.kind.words, entry.title, entry.detail)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        count = len(self.entries)
        if count == 1:  # the plural worded apart: the catalog tool marks no %n plural forms
            self.count.setText(translate("TimelineTab", "1 entry, oldest first"))
        elif count:
            self.count.setText(
                translate("TimelineTab", "{count} entries, oldest first").format(count=count)
            )
        elif self.kinds is None:
            self.count.setText(translate("TimelineTab", EMPTY))
        else:
            self.count.setText(translate("TimelineTab", "None of this kind yet."))
        self.table.setVisible(bool(self.entries))
        if self.entries:
            self.table.scrollToBottom()  # the latest at hand; the oldest a scroll away

    def print_timeline(self) -> QDialog | None:
        """The print preview, on the case-file copy; copies that may not carry it are greyed."""
        from csec_desktop.gui.printing.print_preview import PrintPreviewDialog

        if self.youth_id is None:
            return None
        printer = self.services.timeline_copies
        dialog = PrintPreviewDialog(printer, self.youth_id, Audience.CASE, parent=self)
        dialog.setWindowTitle(translate("TimelineTab", "Print timeline"))
        allowed = set(timeline_audiences())
        model = dialog.audience_box.model()
        if isinstance(model, QStandardItemModel):
            for row in range(dialog.audience_box.count()):
                item = model.item(row)
                if Audience(dialog.audience_box.itemData(row)) not in allowed and item:
                    item.setEnabled(False)
                    item.setToolTip(
                        translate("TimelineTab", "The timeline prints only on the case-file copy.")
                    )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog
