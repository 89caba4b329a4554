"""What the caseload says when it shows nobody: what happened, and what to do next.

Three cases, each with its own words and button: no youth on this laptop yet (add one, or
sync), a search that found nobody (check the spelling, search by birth date or case number,
or show everyone), and a filter with nobody in it (good news for "Overdue duties").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from csec_desktop.core.records.caseload_status import CaseloadFilter
from csec_desktop.gui.widgets.basics import button, label

NO_YOUTH = (
    "No youth on this laptop yet",
    "Add the youth you are working with (Ctrl+N). Youth shared with you by another worker "
    "appear here once they share them; records from the county arrive with File → Sync.",
)
NO_MATCH = (
    "No youth match \u201c{text}\u201d",
    "Check the spelling, or search by another name the youth uses, a birth date "
    "(MM/DD/YYYY) or a case number. If the youth is new to you, add them (Ctrl+N).",
)
NO_FILTERED = (
    "Nobody here: {filter}",
    "No youth on this laptop is in this list right now. Choose \u201cEveryone\u201d under "
    "Show to see the whole caseload.",
)


class EmptyState(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setAccessibleName("Nothing to show")
        self.heading = label("", "heading")
        self.heading.setObjectName("emptyHeading")
        self.heading.setAccessibleName("Nothing to show")
        self.text = label("", "hint")
        self.text.setObjectName("emptyText")
        self.text.setAccessibleName("What to do next")
        self.add_button = button("Add a youth…", "Add a youth")
        self.clear_button = button("Show everyone", "Clear the search and show everyone")
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
        self.heading.setText(heading.format(text=text, filter=chosen.label))
        self.text.setText(words)
        self.add_button.setVisible(total == 0 or bool(text))
        self.clear_button.setVisible(total > 0)
