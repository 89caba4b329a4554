"""Build the frozen desktop app with PyInstaller.

    .venv/bin/python build/build.py              # one folder: build/dist/csec-desktop/
    .venv/bin/python build/build.py --onefile    # build/dist/csec-desktop and build/dist/csec

PyInstaller's scratch files go to build/.work/ and the output to build/dist/ (both ignored by
git), never among the sources. Prints the build time and the size of what it made.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spec_support as support
from make_icon import make_icons

SPEC = support.BUILD_DIR / "csec_desktop.spec"


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onefile", action="store_true", help="single-file programs")
    parser.add_argument(
        "--target",
        choices=("app", "bare"),
        default="app",
        help="'bare' builds the benchmark's empty window instead of the app",
    )
    parser.add_argument("--dist", type=Path, default=support.DEFAULT_DIST, help="output folder")
    parser.add_argument("--work", type=Path, default=support.DEFAULT_WORK, help="scratch folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--keep-all-qt",
        action="store_true",
        help="leave every Qt module in (only to measure what the excludes save)",
    )
    parser.add_argument(
        "--full-icu",
        action="store_true",
        help="keep Qt's full ICU data (32 MB) instead of the languages of the language table",
    )
    return parser.parse_args(argv)


def output_of(args: argparse.Namespace) -> Path:
    """The folder (one-folder build) or desktop program (one-file build) that was made."""
    if args.target == "bare":
        name = support.BARE_EXE if args.onefile else support.BARE_FOLDER
    else:
        name = support.DESKTOP_EXE if args.onefile else support.APP_FOLDER
    suffix = ".exe" if args.onefile and sys.platform == "win32" else ""
    return args.dist / f"{name}{suffix}"


def check_translations() -> None:
    """Refuse to freeze a Spanish catalog (or its compiled .qm) older than the sources: the app
    would show English where the sources have new words."""
    from csec_desktop.gui.compile_translations import stale_files

    stale = stale_files()
    if stale:
        raise SystemExit(
            f"stale translations: {', '.join(stale)}; run "
            "python -m csec_desktop.gui.compile_translations and translate what is new"
        )


def driver_warning() -> str | None:
    """A warning when the SQLCipher driver about to be frozen lacks the larger lookaside
    (decision 67): the app works, only slower, so the build goes on and says so."""
    from csec_desktop.core.vault.sqlcipher_build import LOOKASIDE, installed_lookaside

    option = installed_lookaside()
    if option == LOOKASIDE:
        return None
    return (
        f"warning: the SQLCipher driver being frozen has {option or 'the default'} lookaside, "
        f"not {LOOKASIDE}: autosave and sync will be slower (scripts/build-sqlcipher.sh, "
        "docs/packaging.md)\n"
    )


def build(args: argparse.Namespace) -> Path:
    check_translations()
    if args.target == "app" and (warning := driver_warning()):
        sys.stderr.write(warning)
    work = args.work.resolve()
    icons = make_icons(work / "icon")
    icon = icons["ico"] if sys.platform == "win32" else icons["png"]
    spec_args = ["--target", args.target, "--icon", str(icon)]
    if sys.platform == "win32":
        version_file = work / "version_info.txt"
        version_file.write_text(
            support.windows_version_resource(
                support.read_version(), "California counties", "CSEC Screening"
            ),
            encoding="utf-8",
        )
        spec_args += ["--version-file", str(version_file)]
    if args.onefile:
        spec_args.append("--onefile")
    if args.keep_all_qt:
        spec_args.append("--keep-all-qt")
    if args.full_icu:
        spec_args.append("--full-icu")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--log-level",
        "WARN",
        "--workpath",
        str(work / args.target),
        "--distpath",
        str(args.dist.resolve()),
    ]
    if args.clean:
        command.append("--clean")
    env = dict(os.environ, PYTHONHASHSEED="0")  # reproducible byte-code archives
    subprocess.run([*command, "--", *spec_args], check=True, cwd=support.ROOT, env=env)
    out = output_of(args)
    if args.target == "app" and not args.onefile and support.TWIN_IS_LINK:
        support.link_console_twin(out)
    return out


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()
    try:
        out = build(args)
    except subprocess.CalledProcessError as exc:
        sys.stderr.write(f"build failed: PyInstaller exited with {exc.returncode}\n")
        return 1
    size = support.folder_size_mb(out) if out.is_dir() else out.stat().st_size / 1e6
    print(f"built {out} ({size:.1f} MB) in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
