"""Compile the Qt Designer forms in top-level ``ui/`` into ``csec_desktop/gui/generated/``.

    python -m csec_desktop.gui.compile_ui          # regenerate after editing a .ui file
    python -m csec_desktop.gui.compile_ui --check  # exit 1 if a generated module is stale

Each ``ui/NAME.ui`` becomes ``generated/ui_NAME.py`` with a "do not edit" header. The compiler's
own version line is dropped, so a Qt patch release does not make every module look stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
OUT_DIR = Path(__file__).resolve().parent / "generated"
HEADER = (
    "# Generated from ui/{name} by `python -m csec_desktop.gui.compile_ui` — do not edit.\n"
    "# Change the .ui file in Qt Designer and compile again.\n"
)


def _uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic was not found; install the project's dependencies first")
    return found


def compile_form(form: Path) -> str:
    """The Python source for one .ui file."""
    result = subprocess.run(
        [_uic(), "--generator", "python", str(form)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"{form.name}: {result.stderr.strip() or 'pyside6-uic failed'}")
    body = [
        line for line in result.stdout.splitlines() if "Created by: Qt User Interface" not in line
    ]
    return HEADER.format(name=form.name) + "\n".join(body) + "\n"


def target_for(form: Path, out_dir: Path = OUT_DIR) -> Path:
    return out_dir / f"ui_{form.stem}.py"


def compile_all(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for form in sorted(UI_DIR.glob("*.ui")):
        target = target_for(form, out_dir)
        target.write_text(compile_form(form), encoding="utf-8")
        written.append(target)
    return written


def stale_modules() -> list[str]:
    """Names of generated modules that differ from what their .ui file compiles to now."""
    stale = []
    for form in sorted(UI_DIR.glob("*.ui")):
        target = target_for(form)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != compile_form(form):
            stale.append(target.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale modules")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_modules()
        for name in stale:
            print(f"stale: csec_desktop/gui/generated/{name}", file=sys.stderr)
        return 1 if stale else 0
    for path in compile_all():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
