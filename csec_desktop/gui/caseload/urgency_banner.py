"""The youth page's urgency banner: overdue duties and "missing now" in red, duties due
today in amber, always with words and an icon (never colour alone).

It reads ``core.records.urgency.youth_alerts`` and says what is late, by how much, and where
to act: "Go to duties" opens the duties tab; a missing youth's notices are under "Missing
episode…". It stays until nothing is overdue, due today or missing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt

from csec_desktop.core.display_words import due_words, moment_words
from csec_desktop.core.i18n import translate
from csec_desktop.core.records.urgency import DueLevel, YouthAlerts
from csec_desktop.gui.caseload.urgency_look import urgency_icon
from csec_desktop.gui.style import set_urgency
from csec_desktop.gui.widgets.basics import em
from csec_desktop.gui.widgets.danger_banner import Banner

SHOWN = 3  # duties named one by one; more are counted


def alert_words(alerts: YouthAlerts, now: datetime) -> str:
    """The banner's text: missing first, then overdue, then due today."""
    lines = []
    if alerts.missing:
        missing = translate(
            "UrgencyBanner",
            "Missing now. Record the reports and notices, and when the youth is located, "
            "under Missing episode…",
        )
        if alerts.missing_since:
            missing = translate(
                "UrgencyBanner",
                "Missing now since {when}. Record the reports and notices, and when the youth "
                "is located, under Missing episode…",
            ).format(when=moment_words(alerts.missing_since))
        lines.append(missing)
    for overdue, duties in ((True, alerts.overdue), (False, alerts.due_today)):
        if not duties:
            continue
        named = "; ".join(f"{label} ({due_words(at, now)})" for label, at in duties[:SHOWN])
        if len(duties) > SHOWN:
            more = len(duties) - SHOWN
            named = translate("UrgencyBanner", "{named}; and {more} more").format(
                named=named, more=more
            )
        lines.append(_duties_line(overdue, len(duties)).format(named=named))
    return "\n".join(lines)


def _duties_line(overdue: bool, count: int) -> str:
    """ "Overdue: 2 duties — {named}." as a whole sentence per case (the count agrees; the
    plural is worded apart, as the catalog tool marks no %n plural forms)."""
    if overdue:
        if count == 1:
            return translate("UrgencyBanner", "Overdue: 1 duty — {named}.")
        words = translate("UrgencyBanner", "Overdue: {count} duties — {named}.")
    elif count == 1:
        return translate("UrgencyBanner", "Due today: 1 duty — {named}.")
    else:
        words = translate("UrgencyBanner", "Due today: {count} duties — {named}.")
    return words.replace("{count}", str(count))


class UrgencyBanner(Banner):
    def __init__(self, on_show_duties: Callable[[], None]) -> None:
        super().__init__(
            translate("UrgencyBanner", "Urgent for this youth"),
            translate("UrgencyBanner", "What is urgent"),
        )
        self.setObjectName("UrgencyBanner")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # duty labels from county policy
        self.duties_button = self.add_button(
            translate("UrgencyBanner", "Go to duties"),
            translate("UrgencyBanner", "Go to the duties"),
            on_show_duties,
        )
        self.alerts = YouthAlerts()

    def show_alerts(self, alerts: YouthAlerts, now: datetime) -> None:
        self.alerts = alerts
        level = alerts.level
        if level is DueLevel.NONE:
            self.hide()
            return
        set_urgency(self, "overdue" if level is DueLevel.OVERDUE else "today")
        size = em(self, 1.6)
        self.icon.setPixmap(urgency_icon(level).pixmap(size, size))
        self.icon.show()
        self.text.setText(alert_words(alerts, now))
        self.duties_button.setVisible(bool(alerts.overdue or alerts.due_today))
        self.show()
