"""Online sync from the GUI: "Sync now" with progress, and automatic sync when the network
comes back (only where the county's policy allows it).

The sync itself runs on the background helper (core ``online_sync.sync_now``); its progress
crosses to the GUI thread through a queued signal. Automatic sync listens to Qt's network
reachability, probes the county's service, and retries a failed attempt after an exponential
backoff with jitter (core ``sync_schedule.retry_delay``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync_service.county_client import OfflineError
from csec_desktop.core.sync_service.online_sync import SyncReport, service_answers, sync_now
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.sync_service.sync_schedule import retry_delay
from csec_desktop.gui.background import Background


class SyncRunner(QObject):
    """Runs one online sync at a time; ``progress`` and ``finished`` arrive on the GUI thread."""

    progress = Signal(str, float)  # what is happening, fraction done
    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # CsecError
    running_changed = Signal(bool)

    def __init__(
        self,
        service: Callable[[], SyncService],
        background: Background,
        parent: QObject | None = None,
        sync: Callable[..., SyncReport] = sync_now,
        probe: Callable[[SyncService], bool] = service_answers,
    ) -> None:
        super().__init__(parent)
        self.service, self.background, self._sync, self._probe = service, background, sync, probe
        self.running = False

    def start(self, probe_first: bool = False) -> bool:
        """Start one sync; ``probe_first`` (automatic sync) checks the service answers."""
        if self.running:
            return False
        self.running = True
        self.running_changed.emit(True)
        service = self.service()

        def work() -> SyncReport:
            if probe_first and not self._probe(service):
                raise OfflineError("The county's service does not answer yet; trying again later.")
            return self._sync(service, lambda text, done: self.progress.emit(text, done))

        self.background.run(work, self._done, self._failed)
        return True

    def _done(self, report: Any) -> None:
        self.running = False
        self.running_changed.emit(False)
        self.finished.emit(report)

    def _failed(self, error: CsecError) -> None:
        self.running = False
        self.running_changed.emit(False)
        self.failed.emit(error)


class AutoSync(QObject):
    """Syncs on its own when the network comes back, if the county's policy allows it."""

    def __init__(
        self,
        runner: SyncRunner,
        allowed: Callable[[], bool],
        parent: QObject | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.allowed = runner, allowed
        self.rng = rng or random.Random()  # noqa: S311 - jitter, not a secret
        self.attempt = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.trigger)
        runner.finished.connect(self._succeeded)
        runner.failed.connect(self._retry_later)
        self.info = _network_information()
        if self.info is not None:
            self.info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            self.attempt = 0
            self.trigger()

    def trigger(self) -> None:
        """Sync now if policy allows and nothing else is syncing."""
        if self.allowed() and not self.runner.running:
            self.runner.start(probe_first=True)

    def _succeeded(self, _report: object) -> None:
        self.attempt = 0
        self.timer.stop()

    def _retry_later(self, _error: object) -> None:
        if not self.allowed():
            return
        delay = retry_delay(self.attempt, self.rng)
        self.attempt += 1
        self.timer.start(int(delay * 1000))

    def stop(self) -> None:
        self.timer.stop()
        if self.info is not None:
            self.info.reachabilityChanged.disconnect(self._reachability)
            self.info = None


def _network_information() -> QNetworkInformation | None:
    """Qt's reachability backend for this platform, or None where there is none."""
    if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
        return None
    info = QNetworkInformation.instance()
    if info is None or not info.supports(QNetworkInformation.Feature.Reachability):
        return None
    return info
