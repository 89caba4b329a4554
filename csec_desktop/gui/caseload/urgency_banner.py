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
        since = f" since {moment_words(alerts.missing_since)}" if alerts.missing_since else ""
        lines.append(
            f"Missing now{since}. Record the reports and notices, and when the youth is "
            "located, under Missing episode…"
        )
    for heading, duties in (("Overdue", alerts.overdue), ("Due today", alerts.due_today)):
        if not duties:
            continue
        named = "; ".join(f"{label} ({due_words(at, now)})" for label, at in duties[:SHOWN])
        more = f"; and {len(duties) - SHOWN} more" if len(duties) > SHOWN else ""
        count = "1 duty" if len(duties) == 1 else f"{len(duties)} duties"
        lines.append(f"{heading}: {count} — {named}{more}.")
    return "\n".join(lines)


class UrgencyBanner(Banner):
    def __init__(self, on_show_duties: Callable[[], None]) -> None:
        super().__init__("Urgent for this youth", "What is urgent")
        self.setObjectName("UrgencyBanner")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # duty labels from county policy
        self.duties_button = self.add_button("Go to duties", "Go to the duties", on_show_duties)
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
