"""The app survives thousands of signals (a long working day of typing and clicking).

PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()`` from Python and to
``None`` on every delivery to a Python slot. On Python 3.12+ these objects are immortal and
nothing happens; on Python 3.11 the interpreter aborts ("deallocating True or False") after a
few thousand signals, i.e. within minutes of real use. This test runs that many signals in a
child process and expects it to finish; it is expected to fail on that one combination.
"""

from __future__ import annotations

import subprocess
import sys

import PySide6
import pytest

CHURN = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    changed = Signal(int)
source, seen = Source(), []
source.changed.connect(lambda value: None)   # emitted from Python
watched = QObject()
watched.objectNameChanged.connect(lambda name: None)   # emitted from C++
for i in range(30_000):
    source.changed.emit(i)
    watched.setObjectName(str(i))
print("survived")
"""

BROKEN = sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0"


@pytest.mark.xfail(BROKEN, reason="PySide6 6.12.0 reference-count bug on Python 3.11", strict=True)
def test_thirty_thousand_signals_do_not_crash_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHURN], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0 and "survived" in result.stdout, result.stderr[-300:]
