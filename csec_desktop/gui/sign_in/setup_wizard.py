"""First-run setup: renders core.flows.setup_flow.SetupFlow, one page per step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from csec_desktop.core.errors import CsecError
from csec_desktop.core.flows.setup_flow import CreatedVault, Problem, SetupFlow, SetupStep
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.gui.background import Background
from csec_desktop.gui.sign_in.setup_pages import (
    AccountPage,
    ConfirmRecoveryPage,
    PassphrasePage,
    RecoveryCodePage,
    WelcomePage,
)
from csec_desktop.gui.style import set_role
from csec_desktop.gui.widgets.basics import InlineMessage

PASSPHRASE_OK = "That passphrase can be used."  # noqa: S105 - a message


class SetupWizard(QWidget):
    finished = Signal(object)  # the first supervisor's Session

    def __init__(self, vault: DeviceVault, background: Background) -> None:
        super().__init__()
        self.setAccessibleName("Set up this laptop")
        self.flow = SetupFlow(vault)
        self.background = background
        self.welcome = WelcomePage()
        self.account = AccountPage()
        self.passphrase = PassphrasePage(self.flow.min_length)
        self.recovery = RecoveryCodePage()
        self.confirm = ConfirmRecoveryPage()
        self.pages = QStackedWidget()
        self._by_step = {
            SetupStep.WELCOME: self.welcome,
            SetupStep.ACCOUNT: self.account,
            SetupStep.PASSPHRASE: self.passphrase,
            SetupStep.RECOVERY_CODE: self.recovery,
            SetupStep.CONFIRM_RECOVERY: self.confirm,
        }
        for page in self._by_step.values():
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._connect()
        self._show_step()

    def _connect(self) -> None:
        self.welcome.start.clicked.connect(self._begin)
        self.account.next.clicked.connect(self._submit_account)
        self.account.back.clicked.connect(self._back)
        for edit in (self.account.username, self.account.display_name):
            edit.returnPressed.connect(self._submit_account)
        self.passphrase.create.clicked.connect(self._submit_passphrase)
        self.passphrase.back.clicked.connect(self._back)
        self.passphrase.passphrase.textChanged.connect(self._live_feedback)
        for edit in (self.passphrase.passphrase, self.passphrase.confirm):
            edit.returnPressed.connect(self._submit_passphrase)
        self.recovery.next.clicked.connect(self._written_down)
        self.confirm.done.clicked.connect(self._confirm)
        self.confirm.back.clicked.connect(self._back)
        self.confirm.typed.returnPressed.connect(self._confirm)

    @property
    def current_step(self) -> SetupStep:
        return self.flow.step

    def _show_step(self) -> None:
        page = self._by_step.get(self.flow.step)
        if page is None:
            return
        self.pages.setCurrentWidget(page)
        if page is self.recovery:
            groups = self.flow.recovery_code.split("-")
            # Two rows of four groups: easy to copy onto paper without losing one's place.
            half = len(groups) // 2
            self.recovery.code.setText(f"{' '.join(groups[:half])}\n{' '.join(groups[half:])}")
        first = page.findChild(QLineEdit)
        focus = first if first is not None and page is not self.recovery else None
        (focus or page.buttons.itemAt(page.buttons.count() - 1).widget()).setFocus()

    def _begin(self) -> None:
        self.flow.begin()
        self._show_step()

    def _back(self) -> None:
        if self.flow.can_go_back:
            self.flow.back()
            self._show_step()

    def _submit_account(self) -> None:
        problem = self.flow.submit_account(
            self.account.username.text(), self.account.display_name.text()
        )
        fields = {"username": self.account.username, "display_name": self.account.display_name}
        if self._problem(problem, self.account.message, fields):
            return
        self._show_step()

    def _live_feedback(self, text: str) -> None:
        problem = self.flow.passphrase_feedback(text) if text else None
        self.passphrase.feedback.setText(problem or (PASSPHRASE_OK if text else ""))
        set_role(self.passphrase.feedback, "hint" if problem or not text else "ok")

    def _submit_passphrase(self) -> None:
        if self.background.is_busy:
            return
        page = self.passphrase
        secret, again = page.passphrase.text(), page.confirm.text()
        problem = self.flow.check_passphrase(secret, again)
        if problem is not None and problem.field == "passphrase":
            self.passphrase.feedback.clear()  # the message below says it; once is enough
        if self._problem(
            problem, page.message, {"passphrase": page.passphrase, "confirm": page.confirm}
        ):
            return
        self._set_busy(True)
        self.background.run(lambda: self.flow.create_vault(secret), self._created, self._failed)

    def _created(self, created: CreatedVault) -> None:
        self._set_busy(False)
        for edit in (self.passphrase.passphrase, self.passphrase.confirm):
            edit.clear()
        self.flow.vault_created(created)
        self._show_step()

    def _failed(self, error: CsecError) -> None:
        self._set_busy(False)
        self.passphrase.message.show_message(error.message)

    def _set_busy(self, busy: bool) -> None:
        page = self.passphrase
        for widget in (page.passphrase, page.confirm, page.back, page.create):
            widget.setEnabled(not busy)
        page.busy.setVisible(busy)

    def _written_down(self) -> None:
        if self.recovery.written.isChecked():
            self.flow.recovery_written_down()
            self._show_step()

    def _confirm(self) -> None:
        problem = self.flow.confirm_recovery(self.confirm.typed.text())
        if self._problem(problem, self.confirm.message, {"recovery": self.confirm.typed}):
            return
        self.confirm.typed.clear()
        self.recovery.code.clear()
        self.finished.emit(self.flow.session)

    def _problem(
        self, problem: Problem | None, message: InlineMessage, fields: dict[str, QLineEdit]
    ) -> bool:
        """Show the problem next to its field and put the cursor there; True if there was one."""
        if problem is None:
            message.clear_message()
            return False
        message.show_message(problem.message)
        field = fields.get(problem.field)
        if field is not None:
            field.setFocus()
            field.selectAll()
        return True

    def abandon(self) -> None:
        self.flow.abandon()
