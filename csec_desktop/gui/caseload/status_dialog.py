"""Ending a youth's exploitation status on purpose, with the reason (kept and audited).

A later lower screen never replaces "Identified"; this is the deliberate way to change it, for
example after the MDT's review. The new status starts at the same moment.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QWidget

from csec_desktop.core.display_words import day_words, local
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.episodes import EpisodeRecord
from csec_desktop.core.records.exploitation_status import (
    LEVEL_LABELS,
    ExploitationStatus,
    level_words,
)
from csec_desktop.gui.background import Background
from csec_desktop.gui.forms.form_dialog import FormDialog
from csec_desktop.gui.widgets.basics import add_row, em, lines_edit

INTRO = QT_TRANSLATE_NOOP(
    "EndStatusDialog",
    "The youth's status is {level} since {since}. A later screen does not change it; end it "
    "here when the team has decided, and say why. The history keeps both.",
)


class EndStatusDialog(FormDialog):
    def __init__(
        self,
        statuses: ExploitationStatus,
        current: EpisodeRecord,
        background: Background,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("EndStatusDialog", "End the exploitation status"),
            translate("EndStatusDialog", "&End status"),
            background,
            parent,
        )
        self.statuses, self.current, self.clock = statuses, current, clock
        level = str(current.data.get("level"))
        since = day_words(local(current.started_at).date())
        self.intro(
            translate("EndStatusDialog", INTRO).format(level=level_words(level), since=since)
        )
        self.new_level = QComboBox()
        self.new_level.setAccessibleName(translate("EndStatusDialog", "New status"))
        for code in LEVEL_LABELS:
            if code != level:
                self.new_level.addItem(level_words(code), code)
        self.reason = lines_edit(translate("EndStatusDialog", "Why the status ends"), 4)
        add_row(self.form, translate("EndStatusDialog", "&New status"), self.new_level)
        add_row(self.form, translate("EndStatusDialog", "&Why (required)"), self.reason)
        self.finish_layout()
        self.setMinimumWidth(em(self, 30))
        self.reason.setFocus()

    def submit(self) -> None:
        reason = self.reason.toPlainText()
        if not reason.strip():
            self.message.show_message(
                translate(
                    "EndStatusDialog", "Say why this status ends (it is kept in the history)."
                )
            )
            self.reason.setFocus()
            return
        youth_id, level, at = self.current.youth_id, self.new_level.currentData(), self.clock()
        self.run(lambda: self.statuses.end(youth_id, reason, at, level))
