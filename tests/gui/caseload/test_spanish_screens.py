"""The caseload, a youth's page (every tab) and the case team's dialogs in Spanish: with the
shipped catalog compiled and installed as the GUI installs it, no visible text is still an
English source of the catalog.

The catalog's own sources are the reference (``resources/i18n/csec_es.ts``); a source whose
Spanish is written the same (MDT, Fax, "{weekday}, {day}") is not English left behind. Texts
that come from core tables or instruments are not in this branch's contexts and are not
looked at here (the whole-app walker covers them).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QTabWidget,
    QWidget,
)

from csec_desktop.core import i18n
from csec_desktop.core.records.case_items import CaseItems, MdtMember, Note, Referral
from csec_desktop.core.records.caseload_status import CaseloadFilter
from csec_desktop.core.worker_language import set_worker_language
from csec_desktop.gui.case_team import CaseTeamPanel
from csec_desktop.gui.caseload.agenda_view import AgendaView
from csec_desktop.gui.caseload.caseload_view import CaseloadView
from csec_desktop.gui.caseload.deadlines import DeadlinesPanel, deadline_rows
from csec_desktop.gui.caseload.youth_page import YouthPage
from csec_desktop.gui.forms.form_dialog import FormDialog

CATALOG = Path(__file__).resolve().parents[3] / "resources" / "i18n" / "csec_es.ts"
# Shared widgets these screens hold but whose words belong to the shell's catalog contexts.
SHELL_WIDGETS = ("DangerBanner",)


def english_left(catalog: Path) -> set[str]:
    """Every source whose translation differs from it, with and without its mnemonic "&"."""
    found = set()
    for message in ET.parse(catalog).getroot().iter("message"):  # noqa: S314 - our own file
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation and translation != source:
            found.add(source)
        if translation and translation.replace("&", "") != source.replace("&", ""):
            found.add(source.replace("&", ""))  # "Ag&enda" -> "A&genda" reads the same
    return found


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease") or "lrelease"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("i18n") / "csec_es.qm"
    subprocess.run([lrelease(), str(CATALOG), "-qm", str(target)], check=True, capture_output=True)
    return target


@pytest.fixture
def spanish(qapp: Any, compiled: Path) -> Iterator[set[str]]:
    """Our catalog and Qt's own (the standard buttons), installed as the GUI installs them."""
    ours, qt = QTranslator(), QTranslator()
    assert ours.load(str(compiled))
    qt.load("qtbase_es", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for translator in (qt, ours):
        QCoreApplication.installTranslator(translator)
    i18n.install(lambda c, s, d, n: QCoreApplication.translate(c, s, d, n))
    set_worker_language("es")  # core's tables and the instruments' words follow it
    try:
        yield english_left(CATALOG)
    finally:
        i18n.reset()
        set_worker_language("en")
        for translator in (ours, qt):
            QCoreApplication.removeTranslator(translator)


def in_shell_widget(widget: QWidget, root: QWidget) -> bool:
    while widget is not None and widget is not root:
        if type(widget).__name__ in SHELL_WIDGETS:
            return True
        widget = widget.parentWidget()
    return False


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a worker or a screen reader meets under ``root``."""
    texts: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and (not widget.isVisibleTo(root) or in_shell_widget(widget, root)):
            continue
        kind = type(widget).__name__
        texts += [(kind, widget.accessibleName()), (kind, widget.toolTip())]
        texts.append((kind, widget.windowTitle()) if widget.isWindow() else (kind, ""))
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((kind, widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append((kind, widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            texts.append((kind, widget.title()))
        if isinstance(widget, QComboBox):
            texts += [(kind, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [(kind, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            lists = isinstance(widget, QListView)  # one column (its model hides columnCount)
            columns = range(1 if lists else model.columnCount(top))
            texts += [
                (kind, str(model.headerData(c, Qt.Orientation.Horizontal) or "")) for c in columns
            ]
            for row in range(min(model.rowCount(top), 5)):
                texts += [(kind, str(model.index(row, c).data() or "")) for c in columns]
    return [(where, text) for where, text in texts if text]


def assert_spanish(root: QWidget, english: set[str]) -> None:
    if isinstance(root, FormDialog):  # its own Cancel is wrapped with the shared form dialog
        english = english - {"Cancel"}
    left = sorted({(where, text) for where, text in shown_texts(root) if text in english})
    assert not left, f"English left on {type(root).__name__}: {left}"


def youth_with_work(services: Any) -> Any:
    """A seeded youth with a completed screening and duties (every tab has rows)."""
    for row in services.source.query("", CaseloadFilter.ALL, services.clock()):
        encounters = services.encounters.for_youth(row.youth_id)
        if any(not e.is_draft for e in encounters) and services.duties.for_youth(row.youth_id):
            return services.source.open(row.youth_id)
    raise AssertionError("the seeded caseload has a screened youth with duties")


def test_the_caseload_and_a_youths_page_read_in_spanish(
    qtbot, services, background, spanish
) -> None:
    view = CaseloadView(background, services.clock)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.set_source(services.source)
    qtbot.waitUntil(lambda: not view.searching and view.model.rowCount() > 0)
    assert view.search.placeholderText() == "Nombre, alias, fecha de nacimiento o número de caso"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Nombre (pronombres)"
    assert_spanish(view, spanish)

    page = YouthPage(services, background)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.show_youth(youth_with_work(services))
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert_spanish(page, spanish)
    assert page.tabs.tabText(1) == "&Obligaciones"
    assert page.duties.table.rowCount() and page.timeline.table.rowCount()
    entries = page.timeline.table.rowCount()  # a count reads in Spanish, plural included
    assert page.timeline.count.text().startswith(
        "1 entrada," if entries == 1 else f"{entries} entradas,"
    )
    team = page.team
    assert isinstance(team, CaseTeamPanel)
    for index in range(team.tabs.count()):
        team.tabs.setCurrentIndex(index)
        assert_spanish(page, spanish)
    # The page's dialogs: a duty's record, waiver and details, the missing episode, sharing.
    page.tabs.setCurrentWidget(page.duties)
    opened = [
        page.duties.record_selected(),
        page.duties.not_applicable_selected(),
        page.duties.details_selected(),
        page.open_share(),
    ]
    for dialog in opened:
        assert dialog is not None
        assert_spanish(dialog, spanish)
        dialog.reject()


def test_the_deadlines_and_the_agenda_read_in_spanish(qtbot, services, background, spanish) -> None:
    rows = services.source.query("", CaseloadFilter.ALL, services.clock())[:20]
    duties = [duty for row in rows for duty in services.duties.for_youth(row.youth_id)]
    panel = DeadlinesPanel(services.clock)
    qtbot.addWidget(panel)
    panel.set_rows(deadline_rows(duties, services.source.names()))
    panel.show()
    open_count = panel.model.rowCount()
    assert open_count > 1 and panel.summary.text().startswith(
        f"{open_count} obligaciones pendientes:"
    )
    assert_spanish(panel, spanish)
    agenda = AgendaView(services, background)
    qtbot.addWidget(agenda)
    agenda.names = services.source.names
    agenda.show()
    agenda.show_week()
    qtbot.waitUntil(lambda: agenda.agenda is not None)
    assert agenda.week_label.text().startswith("Semana del ")
    assert_spanish(agenda, spanish)


def test_every_case_team_dialog_and_removal_reads_in_spanish(qtbot, services, spanish) -> None:
    youth_id = services.source.query("", CaseloadFilter.ALL, services.clock())[0].youth_id
    items = CaseItems(services.ctx)
    for entry in (
        Referral(domain="Housing", agency="Harbor House"),
        MdtMember(name="Rosa Delgado", agency="Advocacy", role="Mentor"),
        Note(text="Met at the placement."),
    ):
        items.add(youth_id, entry)
    panel = CaseTeamPanel(services.ctx, youth_id)
    qtbot.addWidget(panel)
    panel.show()
    for kind, tab in panel.tab.items():
        panel.tabs.setCurrentWidget(tab)
        assert_spanish(panel, spanish)
        dialog = panel.dialog_for(kind, None)
        qtbot.addWidget(dialog)
        dialog.show()
        assert_spanish(dialog, spanish)
        dialog.reject()
        if tab.rows:
            tab.table.selectRow(0)
            tab.remove()
            assert tab.remove_dialog is not None
            assert tab.remove_dialog.windowTitle().startswith("¿Quitar ")
            assert_spanish(tab.remove_dialog, spanish)
            tab.remove_dialog.reject()
