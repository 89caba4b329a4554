"""Settings → Instruments: every form new sessions may use, and installing a county's own.

Everyone signed in sees the list (title, id, version, source "shipped"/"county", who installed
it); a supervisor may install a county definition file. The file is validated first and every
problem is shown in plain words; a sound file is described and confirmed before it is stored
in the vault. After an install the county policy is checked again, and any decision point
whose instrument is still missing is named here and on the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.instruments import DefinitionError, Instrument, load_instrument_file
from csec_desktop.core.records.county_instruments import (
    AvailableInstrument,
    available_instruments,
    install_county_package,
    install_instrument,
    policy_problems,
)
from csec_desktop.core.sync.county_package import MAX_PACKAGE_SIZE
from csec_desktop.core.vault.roles import Role
from csec_desktop.core.vault.session import Session
from csec_desktop.core.worker_language import worker_language
from csec_desktop.gui.widgets.basics import (
    InlineMessage,
    button,
    close_buttons,
    em,
    keep_on_screen,
    list_table,
    set_rows,
)
from csec_desktop.gui.widgets.file_dialogs import ask_open_file

COLUMNS = (
    QT_TRANSLATE_NOOP("InstrumentsDialog", "Instrument"),
    QT_TRANSLATE_NOOP("InstrumentsDialog", "Id"),
    QT_TRANSLATE_NOOP("InstrumentsDialog", "Version"),
    QT_TRANSLATE_NOOP("InstrumentsDialog", "Source"),
    QT_TRANSLATE_NOOP("InstrumentsDialog", "Installed by"),
    QT_TRANSLATE_NOOP("InstrumentsDialog", "Fingerprint (SHA-256)"),
)
PACKAGE_SUFFIX = ".dsse.json"  # a county-signed package, e.g. alameda-instruments-3.dsse.json
SOURCE_WORDS = {
    "shipped": QT_TRANSLATE_NOOP("InstrumentsDialog", "Shipped with the app"),
    "county": QT_TRANSLATE_NOOP("InstrumentsDialog", "County"),
}


class InstrumentsDialog(QDialog):
    def __init__(
        self,
        session: Session,
        parent: QWidget,
        on_installed: Callable[[], None] | None = None,
        choose_file: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent)
        title = translate("InstrumentsDialog", "Instruments on this laptop")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.session = session
        self.on_installed = on_installed
        self.choose_file = choose_file or _choose_file
        self.rows: list[AvailableInstrument] = []
        self.table = QTableWidget(0, len(COLUMNS))
        list_table(self.table, translate("InstrumentsDialog", "Instruments"))
        self.table.setHorizontalHeaderLabels([translate("InstrumentsDialog", c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A dozen rows without scrolling, within the screen's free area (200 % on 1366×768).
        area = (parent.screen() or self.screen()).availableGeometry()
        self.table.setMinimumWidth(min(em(self, 50), area.width() - em(self, 2)))
        self.table.setMinimumHeight(min(em(self, 20), area.height() - em(self, 11)))
        self.install = button(translate("InstrumentsDialog", "&Install a county instrument…"))
        self.install.setToolTip(
            translate("InstrumentsDialog", "Supervisors: add a definition file the county approved")
        )
        self.install.setVisible(session.account.role is Role.SUPERVISOR)
        self.message = InlineMessage(translate("InstrumentsDialog", "Instruments message"))
        self.policy = InlineMessage(translate("InstrumentsDialog", "County policy check"))
        close = close_buttons(translate("InstrumentsDialog", "Close"), self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.install)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.table, self.policy, self.message):
            layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.install.clicked.connect(self.install_from_file)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        keep_on_screen(self)  # Close stays on screen at 200 %

    def refresh(self) -> None:
        # The county's own first: they are what a supervisor comes here to check.
        self.rows = sorted(
            available_instruments(self.session.db), key=lambda a: a.source != "county"
        )
        set_rows(self.table, [_cells(available) for available in self.rows])
        problems = policy_problems(self.session.db, self.session.policy.screening)
        if problems:
            shown = "\n".join(f"• {line[0].upper()}{line[1:]}" for line in problems)
            self.policy.show_message(shown, "warning")
        else:
            self.policy.show_message(
                translate(
                    "InstrumentsDialog",
                    "Every instrument the county policy offers is on this laptop.",
                ),
                "ok",
            )

    def install_from_file(self) -> None:
        name = self.choose_file(self)
        if name:
            self.install_path(Path(name))

    def install_path(self, path: Path) -> bool:
        """Validate, confirm and install ``path``; False (with a message) when refused. A
        county-signed package is verified against the county root instead."""
        if path.name.endswith(PACKAGE_SUFFIX):
            return self.install_package(path)
        try:
            instrument = load_instrument_file(path)
        except DefinitionError as exc:
            shown = "\n".join(exc.lines[:8])
            if len(exc.lines) > 8:
                more = translate("InstrumentsDialog", "… and {count} more").format(
                    count=len(exc.lines) - 8
                )
                shown = f"{shown}\n{more}"
            self.message.show_message(
                translate(
                    "InstrumentsDialog", "{file} cannot be installed. Fix these and try again:"
                ).format(file=path.name)
                + f"\n{shown}",
                "warning",
            )
            return False
        except CsecError as exc:
            self.message.show_message(exc.message, "warning")
            return False
        if not self.confirm(instrument):
            return False
        try:
            install_instrument(self.session, instrument)
        except CsecError as exc:
            self.message.show_message(exc.message, "warning")
            return False
        self.message.show_message(
            translate("InstrumentsDialog", "Installed {title} ({id} {version}).").format(
                title=instrument.definition.title.get(worker_language()),
                id=instrument.id,
                version=instrument.version,
            ),
            "notice",
        )
        self.refresh()
        if self.on_installed is not None:
            self.on_installed()
        return True

    def install_package(self, path: Path) -> bool:
        try:
            if path.stat().st_size > MAX_PACKAGE_SIZE:
                raise CsecError(
                    translate(
                        "InstrumentsDialog", "{file} is larger than a county package can be."
                    ).format(file=path.name)
                )
            done = install_county_package(self.session, path.read_bytes())
        except CsecError as exc:
            self.message.show_message(
                translate("InstrumentsDialog", "{file} was not installed: {reason}").format(
                    file=path.name, reason=exc.message
                ),
                "warning",
            )
            return False
        except OSError as exc:
            self.message.show_message(
                translate("InstrumentsDialog", "{file} cannot be read ({reason}).").format(
                    file=path.name, reason=exc.strerror
                ),
                "warning",
            )
            return False
        added = ", ".join(done.installed) or translate("InstrumentsDialog", "nothing new")
        self.message.show_message(
            translate(
                "InstrumentsDialog", "Installed the county's package, version {version}: {added}."
            ).format(version=done.version, added=added),
            "notice",
        )
        self.refresh()
        if self.on_installed is not None:
            self.on_installed()
        return True

    def confirm(self, instrument: Instrument) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("InstrumentsDialog", "Install this instrument?"),
            translate(
                "InstrumentsDialog",
                "{title}\n{id}, version {version}, {questions} questions\nFingerprint (SHA-256) "
                "{fingerprint}…\n\nInstall it only if your county approved this file. It "
                "cannot be changed later under the same version.",
            ).format(
                questions=len(instrument.items()),
                title=instrument.definition.title.get(worker_language()),
                id=instrument.id,
                version=instrument.version,
                fingerprint=instrument.content_hash[:16],
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.addButton(translate("InstrumentsDialog", "Install"), QMessageBox.ButtonRole.AcceptRole)
        return box.exec() != QMessageBox.StandardButton.Cancel


def _choose_file(parent: QWidget) -> str:
    chosen = ask_open_file(
        parent,
        translate("InstrumentsDialog", "Choose the county's instrument file"),
        translate("InstrumentsDialog", "County instrument files and signed packages (*.json)"),
    )
    return str(chosen) if chosen else ""


def _cells(available: AvailableInstrument) -> tuple[str, ...]:
    """An instrument's row: title, id, version, where it came from, who installed it, hash."""
    instrument = available.instrument
    return (
        instrument.definition.title.get(worker_language()),
        instrument.id,
        instrument.version,
        translate("InstrumentsDialog", SOURCE_WORDS[available.source]),
        available.installed_by or "",
        f"{instrument.content_hash[:16]}…",
    )
