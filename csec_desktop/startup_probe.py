"""Start-up time probe for the benchmark: ``CSEC_STARTUP_PROBE=1`` makes the app report how long
it took from process start to its first window on screen, then quit.

The GUI calls ``mark_first_window_shown()`` once its first window has been exposed (painted),
and ``mark_ready()`` once that window can act on a sign-in; the app quits when both have been
reported. Without the environment variable the calls do nothing, so they are safe in
production. No Qt import at module level: this module is imported before the QApplication exists.
"""

from __future__ import annotations

import os
import sys
import time

PROBE_ENV = "CSEC_STARTUP_PROBE"
# The launcher may pass its own clock (time.time_ns() just before starting the process), which
# also covers what happens before this process exists, e.g. a one-file build unpacking itself.
LAUNCH_NS_ENV = "CSEC_STARTUP_LAUNCH_NS"
OUTPUT_PREFIX = "startup-ms="
READY_PREFIX = "ready-ms="

_window_reported = False
_ready_reported = False


def probe_enabled() -> bool:
    return os.environ.get(PROBE_ENV) == "1"


def _process_start_ns() -> int | None:
    """When this process started, on the wall clock; None where the platform does not say."""
    launched = os.environ.get(LAUNCH_NS_ENV, "")
    if launched.isdigit():
        return int(launched)
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            # Field 22 (starttime, in clock ticks after boot); the name in field 2 may hold spaces.
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime_s = float(handle.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    boot_ns = time.time_ns() - int(uptime_s * 1e9)
    return boot_ns + start_ticks * 1_000_000_000 // ticks


def elapsed_ms() -> float | None:
    start = _process_start_ns()
    if start is None:
        return None
    return (time.time_ns() - start) / 1e6


def _report(prefix: str) -> None:
    elapsed = elapsed_ms()
    sys.stdout.write(f"{prefix}{'unknown' if elapsed is None else round(elapsed)}\n")
    sys.stdout.flush()


def _quit_when_both_reported() -> None:
    if not (_window_reported and _ready_reported):
        return
    from PySide6.QtCore import QCoreApplication, QTimer

    # Quit from the event loop, after the current paint or callback has finished.
    QTimer.singleShot(0, QCoreApplication.quit)


def mark_first_window_shown() -> None:
    """Print ``startup-ms=<n>`` once, when the probe is enabled: the first window is painted."""
    global _window_reported
    if _window_reported or not probe_enabled():
        return
    _window_reported = True
    _report(OUTPUT_PREFIX)
    _quit_when_both_reported()


def mark_ready() -> None:
    """Print ``ready-ms=<n>`` once, when the probe is enabled: the window answers a sign-in (the
    vault layer has loaded). The app quits once both marks are in, whichever comes last."""
    global _ready_reported
    if _ready_reported or not probe_enabled():
        return
    _ready_reported = True
    _report(READY_PREFIX)
    _quit_when_both_reported()
