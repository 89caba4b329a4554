"""The modules generated from ui/*.ui are what the forms compile to today."""

from __future__ import annotations

from pathlib import Path

from csec_desktop.gui import compile_ui


def test_generated_modules_are_fresh(tmp_path: Path) -> None:
    written = compile_ui.compile_all(tmp_path)
    forms = sorted(compile_ui.UI_DIR.glob("*.ui"))
    assert {path.name for path in written} == {f"ui_{form.stem}.py" for form in forms}
    assert {"ui_sign_in.py", "ui_main_window.py"} <= {path.name for path in written}
    for fresh in written:
        committed = compile_ui.OUT_DIR / fresh.name
        assert committed.exists(), f"run python -m csec_desktop.gui.compile_ui ({fresh.name})"
        assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
            f"{fresh.name} is stale: run python -m csec_desktop.gui.compile_ui"
        )
    assert compile_ui.stale_modules() == []


def test_generated_modules_say_do_not_edit(tmp_path: Path) -> None:
    for path in compile_ui.compile_all(tmp_path):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert "do not edit" in first and "ui/" in first
