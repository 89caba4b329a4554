"""Frozen entry point of both programs in the folder: ``csec-desktop`` (the windowed app) and
``csec``, its console twin for county scripts and diagnostics. The name the program was started
under picks which: on Linux ``csec`` is a symbolic link to ``csec-desktop``, so the folder
holds one program and one copy of the byte-code archive; on Windows and macOS, where a console
program and a windowed one must be separate files, both are built from this same script.

Only what the chosen program needs is imported: the self-test and the CLI start without the
GUI, and the GUI starts without the CLI.
"""

from __future__ import annotations

import sys
from pathlib import Path

CLI_NAME = "csec"  # spec_support.CLI_EXE


def main() -> int:
    argv = sys.argv[1:]
    if argv == ["--qt-probe"]:  # the child of the Qt start-up probe (gui/qt_probe.py)
        from csec_desktop.gui.qt_probe import child_main

        return child_main()
    if Path(sys.argv[0]).stem.casefold() == CLI_NAME:
        from csec_desktop.cli.main import main as cli_main

        return int(cli_main(argv) or 0)
    if "--self-test" in argv:
        from csec_desktop.selftest import run_self_test

        return run_self_test(argv)
    from csec_desktop.gui.app import main as gui_main

    return int(gui_main(argv) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
