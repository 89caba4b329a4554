"""What the caseload says when it shows nobody: what happened, and what to do next.

Three cases, each with its own words and button: no youth on this laptop yet (add one, or
sync), a search that found nobody (check the spelling, search by birth date or case number,
or show everyone), and a filter with nobody in it (good news for "Overdue duties").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.caseload_status import CaseloadFilter
from csec_desktop.gui.widgets.basics import button, label

NO_YOUTH = (
    QT_TRANSLATE_NOOP("EmptyState", "No youth on this laptop yet"),
    QT_TRANSLATE_NOOP(
        "EmptyState",
        "Add the youth you are working with (Ctrl+N). Youth shared with you by another worker "
        "appear here once they share them; records from the county arrive with File → Sync.",
    ),
)
NO_MATCH = (
    QT_TRANSLATE_NOOP("EmptyState", "No youth match “{text}”"),
    QT_TRANSLATE_NOOP(
        "EmptyState",
        "Check the spelling, or search by another name the youth uses, a birth date "
        "(MM/DD/YYYY) or a case number. If the youth is new to you, add them (Ctrl+N).",
    ),
)
NO_FILTERED = (
    QT_TRANSLATE_NOOP("EmptyState", "Nobody here: {filter}"),
    QT_TRANSLATE_NOOP(
        "EmptyState",
        "No youth on this laptop is in this list right now. Choose “Everyone” under "
        "Show to see the whole caseload.",
    ),
)


class EmptyState(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setAccessibleName(translate("EmptyState", "Nothing to show"))
        self.heading = label("", "heading")
        self.heading.setObjectName("emptyHeading")
        self.heading.setAccessibleName(translate("EmptyState", "Nothing to show"))
        self.text = label("", "hint")
        self.text.setObjectName("emptyText")
        self.text.setAccessibleName(translate("EmptyState", "What to do next"))
        self.add_button = button(
            translate("EmptyState", "Add a youth…"), translate("EmptyState", "Add a youth")
        )
        self.clear_button = button(
            translate("EmptyState", "Show everyone"),
            translate("EmptyState", "Clear the search and show everyone"),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def show_for(self, total: int, text: str, chosen: CaseloadFilter) -> None:
        """Words for a caseload of ``total`` youth searched for ``text`` under ``chosen``."""
        if total == 0:
            heading, words = NO_YOUTH
        elif text:
            heading, words = NO_MATCH
        elif chosen is not CaseloadFilter.ALL:
            heading, words = NO_FILTERED
        else:
            heading, words = NO_YOUTH
        heading = translate("EmptyState", heading)
        self.heading.setText(heading.format(text=text, filter=chosen.label))
        self.text.setText(translate("EmptyState", words))
        self.add_button.setVisible(total == 0 or bool(text))
        self.clear_button.setVisible(total > 0)
