"""Sync now from the sync panel against a real receiving service on loopback: the button, the
progress bar, the status line; a failure is one clear message and a retry succeeds. Automatic
sync retries with backoff and jitter, only where the county's policy allows it."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync_service.online_sync import sync_now
from csec_desktop.gui.background import Background
from csec_desktop.gui.sync.online_sync import AutoSync, SyncRunner
from csec_desktop.gui.sync.sync_panel import SyncDialog
from tests.core.county_service.online import online_county
from tests.core.sync_service.world import profile


def test_sync_now_from_the_panel(
    qtbot: Any, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    with online_county(request, tmp_path, "embedded") as county:
        laptop = county.laptop("a")
        laptop.caseload.add(profile())
        laptop.caseload.add(profile(first="Casey"))
        background = Background()
        dialog = SyncDialog(laptop.sync, background)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.sync_button.isEnabled(), timeout=20_000)
        assert dialog.status_line.text() == (
            "Not synced online yet, 2 records waiting, 0 awaiting the county's answer"
        )
        seen: list[int] = []
        dialog.runner.progress.connect(lambda _t, done: seen.append(round(done * 100)))
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Synced:" in dialog.message.text(), timeout=30_000)
        assert "1 bundle sent; 1 county answer applied" in dialog.message.text()
        assert seen and seen[-1] == 100 and seen == sorted(seen)
        qtbot.waitUntil(
            lambda: dialog.status_line.text().endswith(
                "0 records waiting, 0 awaiting the county's answer"
            ),
            timeout=20_000,
        )
        assert dialog.status_line.text().startswith("Last synced today at")
        assert dialog.progress.isHidden()
        background.wait()


def test_auto_sync_backs_off_with_jitter_and_respects_policy(qtbot: Any) -> None:
    background = Background()
    attempts: list[int] = []

    def failing(_service: Any, _progress: Any) -> Any:
        attempts.append(1)
        raise CsecError("The county's service cannot be reached (offline).")

    probes: list[int] = []

    def probe(_service: Any) -> bool:
        probes.append(1)
        return len(probes) > 1  # the first probe finds the service down: no sync attempted

    runner = SyncRunner(lambda: None, background, sync=failing, probe=probe)  # type: ignore[arg-type,return-value]
    allowed = {"yes": True}
    auto = AutoSync(runner, lambda: allowed["yes"], rng=random.Random(4))
    auto.trigger()
    qtbot.waitUntil(lambda: auto.timer.isActive(), timeout=5_000)
    first = auto.timer.interval()
    assert 15_000 <= first <= 30_000 and auto.attempt == 1
    auto.timer.stop()
    auto.trigger()
    qtbot.waitUntil(lambda: auto.attempt == 2, timeout=5_000)
    assert len(probes) == 2 and len(attempts) == 1  # the down service was never sent to
    assert 15_000 <= auto.timer.interval() <= 60_000
    allowed["yes"] = False
    auto.timer.stop()
    auto.trigger()  # policy says no: nothing runs
    background.wait()
    assert len(attempts) == 1 and len(probes) == 2
    auto.stop()


def test_sync_now_refuses_a_county_without_a_service(qtbot: Any, tmp_path: Path) -> None:
    from tests.core.sync_service.world import make_world

    world = make_world(tmp_path)
    try:
        laptop = world.laptop("a")
        with pytest.raises(CsecError, match="names no receiving service"):
            sync_now(laptop.sync)
        dialog = SyncDialog(laptop.sync, Background())
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: "as files" in dialog.status_line.text(), timeout=20_000)
        assert not dialog.sync_button.isEnabled()
        dialog.background.wait()
    finally:
        world.close()
