"""Finding English left on a screen of the Spanish UI (a plain module shared by the tests).

``english_left(widget)`` reads every text a worker can see or hear on ``widget``'s window —
labels, buttons, check boxes, tabs, group titles, table and list headers and cells, combo-box
items, placeholders, tooltips, accessible names and descriptions, the window title and the
menu bar's actions — and returns those still in English, two ways:

- the text (or one of its lines) *is* an English source of the catalog whose Spanish differs
  (a text wrapped for translation but shown untranslated);
- the text holds English function words ("the", "your", "with" …) that Spanish never uses (a
  text that was never wrapped, so it is not in the catalog at all).

Names, acronyms and numbers pass (``ALLOWED``); so does whatever the worker or the instrument
wrote (a youth's name, Spanish instrument wording).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from csec_desktop.core.worker_language import SHIPPED
from csec_desktop.gui.compile_translations import catalog

# Shown the same in both languages: acronyms and the field's terms kept as is, product names.
ALLOWED = {"CSEC", "MDT", "CFT", "SS 8572", "NCMEC", "WIC", "PC", "OK", "F1", "F12", "Tab"}
# Each shipped language named in itself (the language switches list "English", "Español").
ALLOWED |= set(SHIPPED.values())
# The product's name, file paths (data, and a test's folder is named after the test: "and"),
# and fingerprints (hex digests whose letters can spell "be" or "bad").
NOT_WORDS = re.compile(r"CSEC Screening|(?<!\S)/\S+|\b[0-9a-fA-F]{8,}\b")
# Pronouns ("they/them") are a youth's own words, so they are not listed.
ENGLISH_WORDS = {
    "the", "and", "your", "you", "is", "are", "this", "with", "for", "of", "to", "not", "was",
    "has", "have", "be", "will", "can", "when", "what", "which", "been",
}  # fmt: skip
# Words of the app's own vocabulary that Spanish never uses: one is enough, even alone.
ENGLISH_TERMS = {
    "needed", "answer", "answers", "due", "overdue", "done", "saved", "signed", "completed",
    "screening", "screenings", "caseload", "deadlines", "close", "cancel", "youth", "page",
    "pages", "hours", "minutes", "days", "search", "print", "open", "help", "save",
}  # fmt: skip
WORD = re.compile(r"[A-Za-zÀ-ÿ']+")


def _plain(text: str) -> str:
    """A text as read: no mnemonic ampersands, no shortcut after a tab, one line of spaces."""
    text = text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


@cache
def english_sources() -> frozenset[str]:
    """Every English source in the Spanish catalog whose translation reads differently."""
    found = set()
    root = ET.parse(catalog("es")).getroot()  # noqa: S314 - the project's own catalog
    for message in root.iter("message"):
        source = _plain(message.findtext("source") or "")
        spanish = _plain(message.findtext("translation") or "")
        if source and spanish != source and source not in ALLOWED:
            found.add(source)
    return frozenset(found)


def _texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts += [widget.placeholderText()]
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        texts += [widget.placeholderText(), widget.toPlainText()]
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = QModelIndex()
        list_model = isinstance(model, QAbstractListModel)  # its columnCount is private
        rows, columns = min(model.rowCount(root), 60), 1 if list_model else model.columnCount(root)
        for orientation in (Qt.Orientation.Horizontal,):
            texts += [str(model.headerData(c, orientation) or "") for c in range(columns)]
        for row in range(rows):
            for column in range(columns):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    texts.append(value if isinstance(value, str) else "")
    if isinstance(widget, QMainWindow) and widget.menuBar() is not None:
        texts += _menu_texts(widget.menuBar().actions())
    if isinstance(widget, QMenuBar | QMenu):
        texts += _menu_texts(widget.actions())
    return texts


def _menu_texts(actions: list) -> list[str]:
    texts = []
    for action in actions:
        if not action.isVisible() or action.isSeparator():
            continue
        texts += [action.text(), action.toolTip() if action.toolTip() != action.text() else ""]
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts += [menu.title(), *_menu_texts(menu.actions())]
    return texts


def screen_texts(window: QWidget) -> list[str]:
    """Every text on ``window`` and its visible children (hidden ones are not read)."""
    widgets = [window, *(w for w in window.findChildren(QWidget) if w.isVisibleTo(window))]
    return [t for w in widgets for t in _texts(w) if t and t.strip()]


def why_english(text: str) -> str | None:
    """Why ``text`` reads as English, or None."""
    sources = english_sources()
    for line in [text, *text.splitlines()]:
        plain = _plain(line)
        if plain in ALLOWED or not WORD.search(plain):
            continue
        if plain in sources:
            return "an English catalog text"
        words = {w.casefold() for w in WORD.findall(NOT_WORDS.sub(" ", plain))}
        if len(words & ENGLISH_WORDS) >= 1 and len(words) >= 3:
            return f"English words {sorted(words & ENGLISH_WORDS)}"
        if words & ENGLISH_TERMS:
            return f"English terms {sorted(words & ENGLISH_TERMS)}"
    return None


def english_left(window: QWidget) -> list[str]:
    """The texts on ``window`` still in English, each with the reason."""
    left = []
    for text in screen_texts(window):
        reason = why_english(text)
        if reason:
            left.append(f"{_plain(text)[:120]!r} ({reason})")
    return sorted(set(left))


def _key(text: str) -> str | None:
    plain = text.replace("&&", "")
    return plain.split("&", 1)[1][:1].casefold() if "&" in plain else None


def _clashes(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for text in texts:
        key = _key(text)
        if key is None:
            continue
        if key in seen:
            clashes.append(f"{seen[key]!r} / {text!r}")
        seen[key] = text
    return clashes


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letter keys shared by two visible buttons of a window, or by two entries of one
    menu (translated words move the underlined letters)."""
    buttons = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    clashes = _clashes(buttons)
    bars = window.findChildren(QMenuBar) + ([window] if isinstance(window, QMenuBar) else [])
    for bar in bars:
        clashes += _clashes([a.text() for a in bar.actions() if a.isVisible()])
        for action in bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                clashes += _clashes([a.text() for a in menu.actions() if a.isVisible()])
    return clashes


def assert_spanish(window: QWidget, where: str = "") -> None:
    """Fail, listing each English text left on ``window``."""
    left = english_left(window)
    assert not left, f"English left on {where or type(window).__name__}:\n" + "\n".join(left)
    clashes = mnemonic_clashes(window)
    assert not clashes, f"two controls share an Alt key on {where}: {clashes}"
