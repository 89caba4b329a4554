"""Sharing a youth's record with a worker, from the youth page (finding 1 of issue 14)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from csec_desktop.gui.caseload.share_dialog import ShareDialog
from tests.gui.caseload.conftest import SEEDED_YOUTH
from tests.gui.gui_helpers import signed_in, wait_idle


def test_a_supervisor_shares_one_youth_and_the_worker_then_sees_only_that_one(
    qtbot: Any, seeded_vault, make_controller
) -> None:
    controller = make_controller(seeded_vault)
    signed_in(qtbot, controller)
    workspace = controller.workspace
    qtbot.waitUntil(lambda: workspace.caseload.model.rowCount() == SEEDED_YOUTH)
    youth_id = workspace.caseload.model.row_at(0).youth_id
    workspace.open_youth(youth_id)
    page = workspace.youth_page
    assert page.share_button.isVisible()
    qtbot.mouseClick(page.share_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in page.findChildren(ShareDialog) if d.isVisible())
    box = dialog.boxes["sam"]
    assert not box.isChecked()
    box.setChecked(True)
    dialog.save()
    assert not dialog.isVisible()
    assert "shared_with" in str([e.detail for e in controller.session.audit.entries(20)])
    controller.sign_out()

    signed_in(qtbot, controller, "sam")
    wait_idle(qtbot, controller)
    rows = controller.workspace.caseload.model
    qtbot.waitUntil(lambda: rows.rowCount() == 1)
    assert rows.row_at(0).youth_id == youth_id
    controller.workspace.open_youth(youth_id)
    assert not controller.workspace.youth_page.share_button.isVisible()  # sam did not add it
