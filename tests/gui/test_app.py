"""The ``csec-desktop`` entry point: options, icon, demo folder, a clear line on bad input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from csec_desktop.core.flows.app_state import AppState
from csec_desktop.gui import app
from csec_desktop.gui.style import PALETTE


def test_options_and_defaults() -> None:
    args = app.parse_args([])
    assert args.data_dir is None and not args.demo
    args = app.parse_args(["--data-dir", "/somewhere", "--demo"])
    assert args.data_dir == Path("/somewhere") and args.demo


def test_application_has_name_icon_and_calm_style(qapp: Any) -> None:
    made = app.make_application([])
    assert made.applicationName() == "CSEC Screening"
    app.set_app_icon(made)
    assert not made.windowIcon().isNull()
    assert PALETTE["accent"] in made.styleSheet()  # the one palette (gui/style.py)


def test_build_opens_setup_for_a_new_folder(qtbot: Any, tmp_path: Path) -> None:
    controller = app.build(tmp_path / "new")
    qtbot.addWidget(controller.window)
    assert controller.state is AppState.NEEDS_SETUP
    assert controller.window.windowTitle() == "CSEC Screening"


def test_a_file_in_place_of_the_data_folder_gives_one_line(
    qtbot: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code = app.main(["--data-dir", str(blocker / "inner"), "--demo"])
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("csec-desktop: ") and err.count("\n") == 1
