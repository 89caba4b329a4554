"""The offline user guide (``resources/help/guide.html``) in a window, opened at a topic.

F1 opens the guide at the topic of the screen in front of the worker: a screen names its topic
with the ``helpTopic`` property (``set_help_topic``), and the innermost visible one wins (the
timeline tab over the youth page that holds it). A dialog that blocks the main window gets its
own F1 with ``install_help``. Other parts of the app (the screening wizard) call ``show_help``
with a topic of their own. Every topic must be an anchor of the guide; a test checks that.
The guide is read from the installed resources (source checkout, wheel or frozen app alike),
never from the network; links to anything outside the guide are not followed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.paths import read_resource_text
from csec_desktop.core.worker_language import worker_language
from csec_desktop.gui.widgets.basics import close_buttons, em, keep_on_screen

TOPIC_PROPERTY = "helpTopic"
CONTENTS = ""  # the top of the guide
# Every topic a screen may name, with what it covers (anchors in guide.html).
TOPICS: dict[str, str] = {
    "sign-in": QT_TRANSLATE_NOOP("HelpTopics", "Signing in"),
    "caseload": QT_TRANSLATE_NOOP("HelpTopics", "The caseload"),
    "add-youth": QT_TRANSLATE_NOOP("HelpTopics", "Adding a youth"),
    "youth-page": QT_TRANSLATE_NOOP("HelpTopics", "A youth's page"),
    "screen": QT_TRANSLATE_NOOP("HelpTopics", "Screening"),
    "outcome": QT_TRANSLATE_NOOP("HelpTopics", "Outcome and duties"),
    "team": QT_TRANSLATE_NOOP("HelpTopics", "The case team"),
    "safety-plan": QT_TRANSLATE_NOOP("HelpTopics", "Safety plan"),
    "releases": QT_TRANSLATE_NOOP("HelpTopics", "Releases and court orders"),
    "stages": QT_TRANSLATE_NOOP("HelpTopics", "Stages of change"),
    "mdt": QT_TRANSLATE_NOOP("HelpTopics", "MDT meetings and the WIC 18961.7 warning"),
    "needs": QT_TRANSLATE_NOOP("HelpTopics", "Needs assessment"),
    "deadlines": QT_TRANSLATE_NOOP("HelpTopics", "Deadlines"),
    "agenda": QT_TRANSLATE_NOOP("HelpTopics", "Agenda"),
    "timeline": QT_TRANSLATE_NOOP("HelpTopics", "Timeline"),
    "missing": QT_TRANSLATE_NOOP("HelpTopics", "Missing episodes"),
    "print": QT_TRANSLATE_NOOP("HelpTopics", "Printing"),
    "sync": QT_TRANSLATE_NOOP("HelpTopics", "Sync with the county"),
    "settings": QT_TRANSLATE_NOOP("HelpTopics", "Settings"),
    "lock": QT_TRANSLATE_NOOP("HelpTopics", "Lock, privacy screen and recovery"),
    "shortcuts": QT_TRANSLATE_NOOP("HelpTopics", "Keyboard shortcuts"),
}


# The guide in each language it is written in, with the same anchors as the English one.
GUIDES = {"en": "guide.html", "es": "guide.es.html"}


def guide_html(language: str | None = None) -> str:
    """The guide in ``language`` (default: the worker's), else in English."""
    name = GUIDES.get(language or worker_language(), GUIDES["en"])
    return read_resource_text("help", name)


class HelpWindow(QDialog):
    """The guide; stays open beside the work (not modal) and follows the screen's F1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = translate("HelpWindow", "User guide")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("HelpWindow", "User guide text"))
        self.browser.setOpenLinks(False)  # only the guide's own anchors, never a URL
        self.browser.anchorClicked.connect(self._follow)
        self.language = worker_language()
        self.browser.setHtml(guide_html(self.language))
        buttons = close_buttons(translate("HelpWindow", "Close the guide"), self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.topic = CONTENTS
        self.resize(em(self, 40), em(self, 34))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        keep_on_screen(self)  # Close stays on screen at 200 %

    def _follow(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme():
            self.show_topic(url.fragment())

    def show_topic(self, topic: str) -> None:
        self.topic = topic if topic in TOPICS else CONTENTS
        if self.topic:
            self.browser.scrollToAnchor(self.topic)
        else:
            self.browser.verticalScrollBar().setValue(0)


_window: HelpWindow | None = None


def show_help(topic: str = CONTENTS, parent: QWidget | None = None) -> HelpWindow:
    """Open (or bring forward) the guide at ``topic`` (a key of ``TOPICS``; the contents for
    anything else)."""
    global _window
    if (
        _window is None
        or (parent is not None and _window.parentWidget() is not parent)
        or _window.language != worker_language()  # the worker changed language since
    ):
        if _window is not None:
            _window.close()
            _window.deleteLater()
        _window = HelpWindow(parent)
        _window.destroyed.connect(_forget)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    _window.show_topic(topic)
    return _window


def _forget(_obj: QObject | None = None) -> None:
    global _window
    _window = None


def set_help_topic(widget: QWidget, topic: str) -> None:
    assert topic in TOPICS, topic
    widget.setProperty(TOPIC_PROPERTY, topic)


def topic_of(root: QWidget) -> str:
    """The topic of the screen in front of the worker inside ``root``: from the focused widget
    up, else the innermost visible widget that names one; the contents otherwise."""
    widget = QApplication.focusWidget()
    while widget is not None and root.isAncestorOf(widget):
        topic = widget.property(TOPIC_PROPERTY)
        if isinstance(widget, QTabWidget) and widget.currentWidget() is not None:
            # focus on a tab's title: the help of the tab shown ("Team": the case team)
            topic = widget.currentWidget().property(TOPIC_PROPERTY) or topic
        if topic:
            return str(topic)
        widget = widget.parentWidget()
    best, depth = CONTENTS, -1
    for child in root.findChildren(QWidget):
        topic = child.property(TOPIC_PROPERTY)
        if topic and child.isVisible():
            level = _depth(child, root)
            if level > depth:
                best, depth = str(topic), level
    return best


def _depth(widget: QWidget, root: QWidget) -> int:
    depth = 0
    while widget is not None and widget is not root:
        widget = widget.parentWidget()
        depth += 1
    return depth


def install_help(dialog: QWidget, topic: str) -> QShortcut:
    """F1 inside ``dialog`` (which blocks the main window's own F1) opens ``topic``."""
    set_help_topic(dialog, topic)
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), dialog)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: show_help(topic, dialog))
    return shortcut
