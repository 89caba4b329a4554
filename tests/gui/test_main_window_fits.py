"""The main window fits a 1366×768 laptop, at 100 % and at 200 % scaling (683×384 logical).

Each case runs the real app window in a fresh process, because the screen (size and device
pixel ratio) is fixed before Qt starts; ``main_window_probe`` signs in, shows the caseload and a
youth's page and reports the window's minimum size against the screen's free area.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize(("width", "height", "dpr"), [(1366, 768, 1), (683, 384, 2)])
def test_the_main_window_never_needs_more_than_the_screen(tmp_path, width, height, dpr):
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": dpr}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.main_window_probe"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["dpr"] == dpr and result["area"] == [width, height]
    for page in ("caseload", "youth"):
        shown = result[page]
        assert shown["minimum"][0] <= width and shown["minimum"][1] <= height, shown
        assert shown["window"][0] <= width and shown["window"][1] <= height, shown
    # At 100 % nothing is wider than the screen, so nothing scrolls sideways.
    if dpr == 1:
        assert result["caseload"]["wide"] == [] and not result["caseload"]["scrolls"]
