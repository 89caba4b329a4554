"""A youth's missing episode: when it was learned, the notices made, when and where located.

Opened right after "Missing now" is ticked (the episode and its 24-hour duties already exist,
timed from the moment of saving): the worker corrects when they actually learned of it, then
records each notice with its report or case number as it is made, and finally the youth
located, which starts the recovery notices and the return debrief. Every change is saved at
once in the background by core's ``MissingEpisodes``; nothing waits for a final OK.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import moment_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate, translate_table
from csec_desktop.core.records.episodes import EpisodeRecord
from csec_desktop.core.records.missing import NOTICES, MissingEpisodes
from csec_desktop.gui.background import Background
from csec_desktop.gui.widgets.basics import (
    InlineMessage,
    add_row,
    button,
    close_buttons,
    em,
    fit_dialog,
    label,
    scrolling,
    text_edit,
)
from csec_desktop.gui.widgets.date_field import MomentField

INTRO = QT_TRANSLATE_NOOP(
    "MissingEpisodeDialog",
    "A youth missing from care must be reported to law enforcement (for NCIC) and to NCMEC "
    "within 24 hours of when you learned of it, and parents or guardians, the tribe and local "
    "law enforcement told (AB 2108). The clocks below run from the time you learned of it.",
)


def moment_field(name: str, moment: datetime) -> MomentField:
    """The app's one typed date-and-time field (US or ISO dates, read in the laptop's zone)."""
    field = MomentField(name, moment)
    field.setAccessibleName(name)
    return field


def read_moment(field: MomentField) -> datetime | None:
    """The typed moment (aware UTC), or ``None`` after saying inline what is wrong."""
    if field.check():
        return field.moment()
    scroll = field.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(field)
    return None


class MissingEpisodeDialog(QDialog):
    def __init__(
        self,
        missing: MissingEpisodes,
        background: Background,
        episode: EpisodeRecord,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MissingEpisodeDialog", "Missing episode"))  # never a name
        self.setAccessibleName(self.windowTitle())
        self.missing, self.background, self.episode, self.clock = (
            missing,
            background,
            episode,
            clock,
        )
        self.changed = False
        now = clock()
        learned = from_iso(episode.data["learned_at"])
        self.learned_at = moment_field(
            translate("MissingEpisodeDialog", "Learned missing at"), learned
        )
        self.save_learned = button(
            translate("MissingEpisodeDialog", "Save the &time learned"),
            translate("MissingEpisodeDialog", "Save the time learned"),
        )
        self.save_learned.clicked.connect(self.save_learned_at)
        self.party = QComboBox()
        self.party.setAccessibleName(translate("MissingEpisodeDialog", "Who was told"))
        for code, words in translate_table("MissingEpisodes", NOTICES).items():
            self.party.addItem(words, code)
        self.told_at = moment_field(translate("MissingEpisodeDialog", "Told at"), now)
        self.reference = text_edit(translate("MissingEpisodeDialog", "Report or case number"))
        self.record_notice_button = button(
            translate("MissingEpisodeDialog", "Record &notice"),
            translate("MissingEpisodeDialog", "Record notice"),
        )
        self.record_notice_button.clicked.connect(self.record_notice)
        self.notices = QListWidget()
        self.notices.setAccessibleName(translate("MissingEpisodeDialog", "Notices recorded"))
        self.notices.setMaximumHeight(em(self, 7))
        self.located_at = moment_field(translate("MissingEpisodeDialog", "Located at"), now)
        self.where = text_edit(
            translate("MissingEpisodeDialog", "Where the youth was located"), 200
        )
        self.by = text_edit(translate("MissingEpisodeDialog", "Located by"), 200)
        self.record_located_button = button(
            translate("MissingEpisodeDialog", "Record l&ocated"),
            translate("MissingEpisodeDialog", "Record located"),
        )
        self.record_located_button.clicked.connect(self.record_located)
        self.message = InlineMessage(translate("MissingEpisodeDialog", "Missing episode message"))
        self.body = QWidget()
        box = QVBoxLayout(self.body)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label(translate("MissingEpisodeDialog", INTRO), "hint"))
        learned_form = QFormLayout()
        add_row(
            learned_form, translate("MissingEpisodeDialog", "&Learned missing at"), self.learned_at
        )
        learned_form.addRow("", self.save_learned)
        box.addLayout(learned_form)
        notice_box = QGroupBox(translate("MissingEpisodeDialog", "Notices made"))
        notice_form = QFormLayout(notice_box)
        add_row(notice_form, translate("MissingEpisodeDialog", "&Who was told"), self.party)
        add_row(notice_form, translate("MissingEpisodeDialog", "Told &at"), self.told_at)
        add_row(
            notice_form,
            translate("MissingEpisodeDialog", "Report or case n&umber"),
            self.reference,
        )
        notice_form.addRow("", self.record_notice_button)
        notice_form.addRow(self.notices)
        box.addWidget(notice_box)
        self.located_box = QGroupBox(translate("MissingEpisodeDialog", "Youth located"))
        located_form = QFormLayout(self.located_box)
        add_row(
            located_form, translate("MissingEpisodeDialog", "Located at (dat&e)"), self.located_at
        )
        add_row(located_form, translate("MissingEpisodeDialog", "W&here"), self.where)
        add_row(located_form, translate("MissingEpisodeDialog", "Located &by"), self.by)
        located_form.addRow("", self.record_located_button)
        box.addWidget(self.located_box)
        outer = QVBoxLayout(self)
        self.scroll = scrolling(self.body)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.message)
        buttons = close_buttons(translate("MissingEpisodeDialog", "Close"), self.accept)
        outer.addWidget(buttons)
        fit_dialog(self, self.scroll)
        # Enter in a section's boxes presses that section's own button, never Close: a
        # reviewer's "2:30 PM" + Enter closed the dialog and the typed time was lost.
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        for push in (
            close,
            self.save_learned,
            self.record_notice_button,
            self.record_located_button,
        ):
            push.setAutoDefault(False)
            push.setDefault(False)
        for fields, action in (
            ((self.learned_at.day.edit, self.learned_at.time.edit), self.save_learned),
            ((self.told_at.day.edit, self.told_at.time.edit, self.reference),
             self.record_notice_button),
            ((self.located_at.day.edit, self.located_at.time.edit, self.where, self.by),
             self.record_located_button),
        ):  # fmt: skip
            for edit in fields:
                edit.returnPressed.connect(action.click)
        for field in (self.learned_at, self.told_at, self.located_at):
            field.changed.connect(self.message.clear_message)  # never a stale refusal
        self._show_episode(episode)
        self.learned_at.setFocus()

    def _show_episode(self, episode: EpisodeRecord) -> None:
        self.episode = episode
        self.notices.clear()
        for party, made in episode.data.get("reports", {}).items():
            ref = f" · {made['ref']}" if made.get("ref") else ""
            when = moment_words(from_iso(made["at"]))
            told = translate("MissingEpisodes", NOTICES[party]) if party in NOTICES else party
            self.notices.addItem(f"{told}: {when}{ref}")
        located = episode.data.get("located")
        self.located_box.setEnabled(located is None)
        if located:
            self.located_box.setTitle(
                translate("MissingEpisodeDialog", "Youth located {when}").format(
                    when=moment_words(from_iso(located["at"]))
                )
            )

    def _moment(self, field: MomentField, kind: str) -> datetime | None:
        """The typed moment, or ``None`` after saying inline, in one sentence, why it cannot
        be: unreadable, later than now, located before it was learned (core's one rule)."""
        at = read_moment(field)
        if at is None:
            return None
        problem = self.missing.time_problem(self.episode, kind, at)
        if problem:
            self.message.show_message(problem)
            field.setFocus()
            self.scroll.ensureWidgetVisible(field)  # the field named is on screen, at 200 % too
            return None
        return at

    def _work(self, work: Callable[[], EpisodeRecord], done: str) -> None:
        self.message.clear_message()

        def finished(episode: EpisodeRecord) -> None:
            self.changed = True
            self._show_episode(episode)
            self.message.show_message(done)

        def failed(error: CsecError) -> None:
            self.message.show_message(error.message)

        self.background.run(work, finished, failed)

    def save_learned_at(self) -> None:
        at, episode_id = self._moment(self.learned_at, "learned"), self.episode.id
        if at is None:
            return
        self._work(
            lambda: self.missing.correct_learned_at(episode_id, at),
            translate(
                "MissingEpisodeDialog",
                "Saved. The 24-hour duties now run from the time you learned of it.",
            ),
        )

    def record_notice(self) -> None:
        party, at = self.party.currentData(), self._moment(self.told_at, "notice")
        if at is None:
            return
        ref, episode_id = self.reference.text(), self.episode.id
        self._work(
            lambda: self.missing.record_notice(episode_id, party, at, ref),
            translate("MissingEpisodeDialog", "Notice recorded."),
        )
        self.reference.clear()

    def record_located(self) -> None:
        at, where, by = self._moment(self.located_at, "located"), self.where.text(), self.by.text()
        if at is None:
            return
        episode_id = self.episode.id
        self._work(
            lambda: self.missing.record_located(episode_id, at, where, by).episode,
            translate(
                "MissingEpisodeDialog",
                "Located recorded. Tell law enforcement and NCMEC, and debrief the youth.",
            ),
        )
