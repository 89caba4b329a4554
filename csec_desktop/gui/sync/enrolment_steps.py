"""The sync panel's enrolment steps: save this laptop's enrollment request (and read its
fingerprint to the county), and install the county's trust file. The first trust file is
pinned only when the person types the county root fingerprint the county read to them; an
update that changes keys or moves the sync service is named and put to a supervisor.

``EnrolmentSteps`` is mixed into ``SyncDialog``, whose service, message line, file questions
and background runs it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QWidget

from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import translate
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.sync_service.service_change import ServiceChange
from csec_desktop.core.vault.roles import Role
from csec_desktop.gui.sync.sync_words import KEY_WORDS, words
from csec_desktop.gui.sync.trust_dialog import (
    TrustPrompt,
    change_question,
    describe_changes,
    not_a_supervisor,
)
from csec_desktop.gui.widgets.basics import InlineMessage


class EnrolmentSteps:
    """Make the enrollment request; install the county's trust file."""

    # What the dialog provides.
    service: SyncService
    message: InlineMessage
    _save_path: Callable[[QWidget, str], Path | None]
    _open_path: Callable[[QWidget, str], Path | None]
    _confirm: Callable[[QWidget, str, str], bool]
    _fingerprint: Callable[[QWidget, TrustPrompt], str | None]

    if TYPE_CHECKING:  # the dialog's own plumbing, called here

        def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None: ...

        def _done(self, text: str) -> None: ...

        def _failed(self, error: CsecError) -> None: ...

    def make_request(self) -> None:
        path = self._save_path(cast(QWidget, self), "csec-enrollment-request.json")
        if path is None:
            return

        def work() -> str:
            request = self.service.enrollment_request()
            atomic_write(path, request.data)
            return request.fingerprint

        self._run(
            work,
            lambda words: self._done(
                translate(
                    "SyncDialog",
                    "Request saved to {file}. Read this fingerprint to the county officer: "
                    "{fingerprint}",
                ).format(file=path.name, fingerprint=words)
            ),
        )

    def install_trust(self) -> None:
        path = self._open_path(
            cast(QWidget, self), translate("SyncDialog", "Choose the county's trust file")
        )
        if path is None:
            return
        try:
            data = path.read_bytes()
            trust = self.service.check_trust(data)
        except (CsecError, OSError) as exc:
            self._failed(
                exc
                if isinstance(exc, CsecError)
                else CsecError(
                    translate("SyncDialog", "{file} cannot be read ({reason})").format(
                        file=path.name, reason=exc.strerror
                    )
                )
            )
            return
        typed: str | None = None
        accept_change = accept_move = False
        if self.service.trust() is None:
            typed = self._fingerprint(
                cast(QWidget, self), TrustPrompt(trust.county_name, trust.version)
            )
            if typed is None:
                return
        else:
            changes, moved = self.service.key_changes(data), self.service.service_change(data)
            if changes or moved:
                if not self._ask_about_changes(trust.version, changes, moved):
                    return
                accept_change, accept_move = bool(changes), moved is not None
        self._run(
            lambda: self.service.install_trust(data, typed, accept_change, accept_move),
            lambda result: self._done(
                translate(
                    "SyncDialog", "Trust file version {version} of {county} installed."
                ).format(version=result.trust.version, county=result.trust.county_name)
            ),
        )

    def _ask_about_changes(
        self, version: int, changes: list[str], moved: ServiceChange | None
    ) -> bool:
        """Name what a trust update changes and ask a supervisor (``trust_dialog``); others
        are told to ask one. True when a supervisor said yes."""
        what = describe_changes([words(KEY_WORDS, key) for key in changes], moved)
        if self.service.session.account.role is not Role.SUPERVISOR:
            self.message.show_message(not_a_supervisor(version, what), "warning")
            return False
        return self._confirm(cast(QWidget, self), *change_question(version, what))
