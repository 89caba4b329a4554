"""Frozen entry point of ``csec-desktop``: ``--self-test`` runs the installation check, anything
else starts the desktop window. Both are imported only when chosen, so the self-test starts
without loading the GUI."""

from __future__ import annotations

import sys


def main() -> int:
    argv = sys.argv[1:]
    if "--self-test" in argv:
        from csec_desktop.selftest import run_self_test

        return run_self_test(argv)
    from csec_desktop.gui.app import main as gui_main

    return int(gui_main(argv) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
