"""The other windows in Spanish: accounts, recovery, instruments, help, sync, print preview and
the small boxes, opened with a translator compiled from the shipped catalog. No text a worker
reads (labels, buttons, titles, placeholders, tooltips, accessible names, table headers, list
items) may still be one of the catalog's English source texts."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTextBrowser,
    QWidget,
)

from csec_desktop.core import i18n
from csec_desktop.core.paths import read_resource_text
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.sync.errors import SignatureError
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.vault.roles import Role
from csec_desktop.core.worker_language import set_worker_language
from csec_desktop.gui import exception_hook
from csec_desktop.gui.accounts.accounts_dialog import AccountsDialog
from csec_desktop.gui.accounts.add_account_dialog import AddAccountDialog
from csec_desktop.gui.accounts.change_passphrase_dialog import ChangePassphraseDialog
from csec_desktop.gui.accounts.new_passphrase_dialog import NewPassphraseDialog
from csec_desktop.gui.background import Background
from csec_desktop.gui.compile_translations import catalog
from csec_desktop.gui.demo_progress import with_progress
from csec_desktop.gui.forms.cosign_fields import CosignFields
from csec_desktop.gui.forms.form_dialog import FormDialog
from csec_desktop.gui.forms.form_drafts_offer import offer_forms
from csec_desktop.gui.help import help_browser
from csec_desktop.gui.help.help_dialogs import about_dialog, shortcuts_dialog
from csec_desktop.gui.instruments.instruments_dialog import InstrumentsDialog
from csec_desktop.gui.printing.print_preview import PrintPreviewDialog
from csec_desktop.gui.sign_in.recovery_dialog import RecoveryDialog
from csec_desktop.gui.sync.plain_errors import worker_message
from csec_desktop.gui.sync.sync_panel import SyncDialog
from csec_desktop.gui.sync.trust_dialog import FingerprintDialog, TrustPrompt
from tests.core.reports.conftest import build
from tests.gui.caseload.test_caseload_accessibility import visible_mnemonics

KEPT: list[QWidget] = []
CATALOG = Path(__file__).parents[2] / "resources" / "i18n" / "csec_es.ts"
# Texts that are the same in Spanish, and names that are not translated.
SAME_IN_SPANISH = frozenset(
    {"No", "Agenda", "PDF (*.pdf)", "Esc", "Enter", "Tab / Shift+Tab", "CSEC Screening"}
)


KEYS = re.compile(r"^(?:(?:Ctrl|Alt|Shift)\+)*(?:F\d{1,2}|[A-Z])$")  # "Ctrl+L", "F1"


def english_sources() -> set[str]:
    """Every source text of the catalog, as a worker would read it (no mnemonic '&')."""
    root = ET.parse(CATALOG).getroot()  # noqa: S314 - the repository's own catalog
    return {
        plain(source.text or "")
        for source in root.iter("source")
        if plain(source.text or "") not in SAME_IN_SPANISH and not KEYS.match(source.text or "")
    }


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def lines_of(text: str) -> list[str]:
    """The text a person reads, line by line (rich text as it is shown)."""
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return [plain(line) for line in text.splitlines() if line.strip()]


def texts_of(window: QWidget) -> list[str]:
    """Every text a worker can read or hear in ``window``'s visible widgets."""
    found = [window.windowTitle(), window.accessibleName()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        found += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            found += lines_of(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(index) for index in range(widget.count())]
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                found.append(header.text() if header else "")
        if isinstance(widget, QMessageBox):
            found += lines_of(widget.text()) + lines_of(widget.informativeText())
        if isinstance(widget, QProgressDialog):
            found += lines_of(widget.labelText())
    return [plain(text) for text in found if text and text.strip()]


def english_left(window: QWidget) -> list[str]:
    """English source texts still on ``window``, and any Alt letter used twice (the Spanish
    words carry their own mnemonics)."""
    sources = english_sources()
    letters = visible_mnemonics(window)
    clashes = sorted({f"Alt+{letter}" for letter in letters if letters.count(letter) > 1})
    return sorted({text for text in texts_of(window) if text in sources}) + clashes


@pytest.fixture(scope="module")
def spanish(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The catalog compiled as the build does, installed as the app installs it."""
    folder = tmp_path_factory.mktemp("i18n")
    compiled = folder / "csec_es.qm"
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease comes with PySide6"
    subprocess.run([lrelease, str(CATALOG), "-qm", str(compiled)], check=True, capture_output=True)
    ours, qts = QTranslator(), QTranslator()
    assert ours.load(str(compiled))
    # Qt's own words (standard buttons, file dialogs) from Qt's Spanish catalog.
    qts.load(
        QLocale("es"), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    )
    for translator in (qts, ours):
        QCoreApplication.installTranslator(translator)
    i18n.install(lambda c, s, d, n: QCoreApplication.translate(c, s, d, n))
    yield
    i18n.reset()
    KEPT.clear()
    for translator in (ours, qts):
        QCoreApplication.removeTranslator(translator)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, spanish: None) -> Iterator[Any]:
    """One supervisor's vault with a youth, a screening and a needs assessment (read only)."""
    made = build(tmp_path_factory.mktemp("spanish"))
    made.session.add_account("sam.ortiz", "Sam Ortiz", Role.FIELD_WORKER, "quiet river at dawn")
    yield made
    made.session.sign_out()


def parent_window(qtbot: Any) -> QWidget:
    """A window kept alive for the test (a parentless temporary would take its dialog along)."""
    window = QWidget()
    qtbot.addWidget(window)
    KEPT.append(window)  # qtbot holds widgets weakly
    return window


def shown(qtbot: Any, window: QWidget, background: Background | None = None) -> QWidget:
    if window.parent() is None:  # a child goes with its parent window
        qtbot.addWidget(window)
    window.show()
    if background is not None:
        qtbot.waitUntil(lambda: not background.is_busy, timeout=20_000)
    return window


def test_the_guide_follows_the_worker_language(spanish) -> None:
    set_worker_language("es")  # as ``install_language`` records it
    try:
        assert help_browser.guide_html().startswith(
            read_resource_text("help", "guide.es.html")[:40]
        )
    finally:
        set_worker_language("en")
    assert help_browser.guide_html().startswith(read_resource_text("help", "guide.html")[:40])
    english = read_resource_text("help", "guide.html")
    spanish_guide = read_resource_text("help", "guide.es.html")
    anchors = re.compile(r'(?:id|name|href)="#?([a-z-]+)"')
    assert set(anchors.findall(spanish_guide)) == set(anchors.findall(english))
    assert set(help_browser.TOPICS) <= set(anchors.findall(spanish_guide))
    assert "http" not in spanish_guide


def test_accounts_and_passphrase_windows_are_in_spanish(qtbot, world) -> None:
    background = Background()
    accounts = shown(
        qtbot, AccountsDialog(world.session, background, parent_window(qtbot)), background
    )
    accounts.select("sam.ortiz")
    assert accounts.toggle.text() == "Desa&ctivar…"
    accounts.toggle.click()
    qtbot.waitUntil(lambda: accounts.confirm_box.isVisible())
    for window in (accounts, accounts.confirm_box):
        assert english_left(window) == []
    accounts.confirm_box.reject()
    accounts.reset.click()  # a supervisor sets a new passphrase for sam
    reset = accounts.findChild(NewPassphraseDialog)
    qtbot.waitUntil(reset.isVisible)
    assert english_left(reset) == []
    reset.reject()
    for window in (
        AddAccountDialog(world.session, background, accounts),
        ChangePassphraseDialog(world.session, background, accounts),
    ):
        assert english_left(shown(qtbot, window)) == [], window.windowTitle()


def test_recovery_instruments_and_help_windows_are_in_spanish(qtbot, world) -> None:
    recovery = shown(qtbot, RecoveryDialog(world.session.vault, Background()))
    assert english_left(recovery) == []
    recovery.pages.setCurrentIndex(1)  # the new code, shown once
    assert english_left(recovery) == []
    instruments = shown(qtbot, InstrumentsDialog(world.session, parent_window(qtbot)))
    assert instruments.install.isVisible() and english_left(instruments) == []
    owner = parent_window(qtbot)
    for window in (about_dialog(owner), shortcuts_dialog(owner)):
        assert english_left(shown(qtbot, window)) == [], window.windowTitle()
    set_worker_language("es")  # as ``install_language`` records it: the guide follows it
    try:
        guide = help_browser.show_help("print", owner)
        assert english_left(guide) == []
        text = guide.findChild(QTextBrowser).toPlainText()
        assert "Imprimir" in text and "Printing" not in text
    finally:
        set_worker_language("en")


def test_sync_windows_and_their_messages_are_in_spanish(qtbot, world) -> None:
    background = Background()
    panel = shown(qtbot, SyncDialog(SyncService(world.session), background), background)
    assert english_left(panel) == []
    fingerprint = shown(qtbot, FingerprintDialog(panel, TrustPrompt("Condado de Alameda", 3)))
    assert english_left(fingerprint) == []
    words = worker_message(SignatureError("dsse signature does not verify"))
    assert words.startswith("La firma del archivo") and words.endswith("en esta computadora.")


def test_the_print_window_is_in_spanish_but_not_the_copy(qtbot, world) -> None:
    dialog = PrintPreviewDialog(world.service, world.screening_id, parent=parent_window(qtbot))
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)
    assert english_left(dialog) == []
    assert dialog.audience_box.itemText(0) == "Copia: Expediente del caso"
    assert dialog.status.text().startswith("Copia: Expediente del caso · ")
    assert dialog.status.text().endswith("páginas")
    assert dialog.findChild(QPdfView).document().pageCount() > 0
    dialog.audience_box.setCurrentIndex(dialog.audience_box.findData(Audience.YOUTH.value))
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)
    assert dialog.language_box.isVisible() and english_left(dialog) == []
    dialog.audience_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not dialog.working and bool(dialog.pdf), timeout=20_000)
    # The printed copy's words are the report's (chosen per youth), not the worker's screen.
    pages = PdfReader(io.BytesIO(dialog.pdf)).pages
    assert "Case file copy" in "".join(page.extract_text() for page in pages)


def test_the_small_boxes_are_in_spanish(qtbot, qapp, world) -> None:
    parent = shown(qtbot, parent_window(qtbot))
    calm = exception_hook.show_calm_message()
    assert calm is not None and calm.text().startswith("Algo salió mal")
    assert english_left(calm) == []
    calm.close()
    offer = offer_forms(parent, None, [SimpleNamespace(title="Nota del caso")], None)  # type: ignore[arg-type]
    assert english_left(offer) == []
    offer.close()

    class Cosign(FormDialog):
        def submit(self) -> None: ...

    form = Cosign("Firma", "&Guardar", Background(), parent)
    CosignFields(form.form, None, "waive")
    form.passphrase_pair()
    form.finish_layout()
    assert english_left(shown(qtbot, form)) == []
    seen: list[list[str]] = []
    looked = threading.Event()

    def look() -> None:  # on the GUI thread, once the progress window's loop runs
        boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QProgressDialog)]
        seen.extend([*english_left(box), box.windowTitle()] for box in boxes if box.isVisible())
        looked.set()

    QTimer.singleShot(0, look)
    with_progress(lambda progress: looked.wait(10), 2)
    assert seen == [["Preparando la demostración"]]


def _spanish_controls() -> dict[str, str | None]:
    """Each Spanish text of the catalog as read (no ampersand) -> its Alt letter (or None)."""
    root = ET.parse(catalog("es")).getroot()  # noqa: S314 - the project's own catalog
    controls: dict[str, str | None] = {}
    for message in root.iter("message"):
        text = (message.findtext("translation") or "").split("\t")[0].replace("&&", "")
        key = text.split("&", 1)[1][:1].upper() if "&" in text else None
        controls.setdefault(" ".join(text.replace("&", "").split()), key)
        if key:
            controls[" ".join(text.replace("&", "").split())] = key
    return controls


def test_the_spanish_guide_names_the_real_menus_buttons_and_alt_keys() -> None:
    guide = read_resource_text("help", "guide.es.html")
    controls = _spanish_controls()
    named = [" ".join(n.split()) for n in re.findall(r"<i>([^<]+)</i>", guide)]
    missing = [part for name in named for part in name.split(" → ") if part not in controls]
    assert not missing, f"the Spanish guide names controls the screens do not show: {missing}"
    keys = re.findall(r"<[ib]>([^<]+)</[ib]>\s*\(Alt\+(\w)\)", guide)
    assert keys, "the guide names Alt keys"
    wrong = [(name, key) for name, key in keys if controls.get(" ".join(name.split())) != key]
    assert not wrong, f"Alt keys in the Spanish guide differ from the screens: {wrong}"
