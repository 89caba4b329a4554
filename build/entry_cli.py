"""Frozen entry point of ``csec``, the console twin of the desktop program (same folder, same
libraries): county scripts, diagnostics and ``csec self-test`` on machines where the windowed
program has no console."""

from __future__ import annotations

from csec_desktop.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
