"""The frozen desktop app: build the one-folder PyInstaller app, then run what a county runs.

Takes about one to two minutes on two cores (PyInstaller's analysis is cached in build/.work/,
so later runs are quicker). PyInstaller missing is a failure, not a skip: counties install this
build, so it must be proven in every full run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from csec_desktop import __version__
from csec_desktop.core.vault.sqlcipher_build import LOOKASIDE

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))
import icu_data  # noqa: E402
import spec_support as support  # noqa: E402

pytestmark = pytest.mark.frozen

SUMMARY = re.compile(r"^self-test passed: (\d+) steps in [0-9.]+ s")
# A guard against losing the excludes (without them the folder is over 250 MB).
SIZE_BUDGET_MB = 165  # the one-folder budget: 150 MB plus the name fonts, TLS and shaping
SIZE_GUARD_MB = 185  # without the ICU tools the full ICU data (32 MB) stays in


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("frozen") / "dist"
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(ROOT / "build" / "build.py"), "--dist", str(dist)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    print(f"frozen build took {time.perf_counter() - started:.0f} s")
    return dist / support.APP_FOLDER


def run_frozen(program: Path, *args: str, tmpdir: Path) -> subprocess.CompletedProcess[str]:
    """Run a frozen program as a county would: not from the source tree, no virtual env."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    env.update(TMPDIR=str(tmpdir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmpdir,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("program", "args"),
    [(support.DESKTOP_EXE, ["--self-test"]), (support.CLI_EXE, ["self-test"])],
)
def test_self_test_passes_and_leaves_nothing_behind(
    frozen_app: Path, tmp_path: Path, program: str, args: list[str]
) -> None:
    result = run_frozen(frozen_app / program, *args, tmpdir=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    match = SUMMARY.match(lines[0])
    assert match, lines[0]
    # Resources, vault, its check, cipher settings, PDF, and the Qt step at least.
    assert int(match.group(1)) >= 6
    assert list(tmp_path.iterdir()) == []


def test_the_frozen_driver_has_the_larger_lookaside(frozen_app: Path, tmp_path: Path) -> None:
    # The build freezes the driver scripts/build-sqlcipher.sh built, not PyPI's (decision 67).
    result = run_frozen(frozen_app / support.CLI_EXE, "self-test", "--verbose", tmpdir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"(lookaside {LOOKASIDE})" in result.stdout, result.stdout


def test_console_twin_reports_the_version(frozen_app: Path, tmp_path: Path) -> None:
    result = run_frozen(frozen_app / support.CLI_EXE, "--version", tmpdir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"csec {__version__}"


def test_a_missing_part_fails_the_step_that_needs_it(frozen_app: Path, tmp_path: Path) -> None:
    # A packaging mistake: the icon left out. Copy the app (hard links, so it is quick) and
    # remove the file from the copy.
    broken = tmp_path / "broken"
    shutil.copytree(frozen_app, broken, symlinks=True, copy_function=os.link)
    (broken / "_internal" / "csec_desktop" / "resources" / "icons" / "csec-desktop.svg").unlink()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    result = run_frozen(broken / support.CLI_EXE, "self-test", tmpdir=scratch)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("self-test failed at step 'shipped resources': ")
    assert list(scratch.iterdir()) == []


def test_every_shipped_resource_is_in_the_frozen_app(frozen_app: Path) -> None:
    source = ROOT / "resources"
    expected = {
        p.relative_to(source).as_posix()
        for p in source.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }
    frozen = frozen_app / "_internal" / "csec_desktop" / "resources"
    shipped = {p.relative_to(frozen).as_posix() for p in frozen.rglob("*") if p.is_file()}
    assert expected - shipped == set(), "missing from the frozen app"


def test_unused_qt_is_left_out_and_size_is_guarded(frozen_app: Path) -> None:
    qt = frozen_app / "_internal" / "PySide6"
    bindings = {p.name.split(".", 1)[0] for p in qt.glob("Qt*.*") if p.is_file()}
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPrintSupport"} <= bindings
    assert bindings <= support.QT_KEEP, bindings - support.QT_KEEP
    plugins = qt / "Qt" / "plugins"
    assert (plugins / "platforms").is_dir() and (plugins / "iconengines").is_dir()
    assert not (plugins / "wayland-shell-integration").exists()
    assert not [p for p in frozen_app.rglob("*") if p.is_symlink() and not p.exists()]
    # With the tools for it (bootstrap installs them), Qt's ICU data is cut to the language
    # table's languages (build/icu_data.py: 4.7 MB), and the
    # folder stays within the 150 MB budget; the self-test's Spanish sorting proves it loads.
    trimmed = not icu_data.tools_missing()
    icu = list((qt / "Qt" / "lib").glob("libicudata.so.*"))
    if trimmed and icu:
        assert icu[0].stat().st_size < 8_000_000
    assert support.folder_size_mb(frozen_app) < (SIZE_BUDGET_MB if trimmed else SIZE_GUARD_MB)


@pytest.mark.skipif(not support.TWIN_IS_LINK, reason="a second program outside Linux")
def test_the_console_twin_is_the_same_program_under_another_name(frozen_app: Path) -> None:
    twin = frozen_app / support.CLI_EXE
    assert twin.is_symlink() and twin.resolve() == (frozen_app / support.DESKTOP_EXE).resolve()
