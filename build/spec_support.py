"""Shared by the PyInstaller spec, the build script, the frozen-app test and the benchmark:
the options of a build, which Qt modules it leaves out, and the Windows version resource.

Standard library only, so the spec can import it before anything else is known.
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

import icu_data  # the same folder: the spec and the tests put it on the path

# PyInstaller's table of contents: (destination name, source path, type code).
TocEntry = tuple[str, str, str]
QT_DIR = PurePosixPath("PySide6/Qt")

BUILD_DIR = Path(__file__).resolve().parent
ROOT = BUILD_DIR.parent
DEFAULT_WORK = BUILD_DIR / ".work"
DEFAULT_DIST = BUILD_DIR / "dist"

APP_FOLDER = "csec-desktop"  # one-folder output: build/dist/csec-desktop/
DESKTOP_EXE = "csec-desktop"  # the windowed program counties start
CLI_EXE = "csec"  # its console twin, for diagnostics and county scripts
# On Linux the console twin is a symbolic link to the desktop program: a console program and a
# windowed one are the same file there, and a second file would carry a second copy of the
# byte-code archive (7 MB).
TWIN_IS_LINK = sys.platform.startswith("linux")
BARE_FOLDER = BARE_EXE = "bare-window"  # the benchmark's baseline: an empty PySide6 window

# Qt modules the app uses. Everything else PySide6 ships is excluded, so PyInstaller's hooks do
# not collect its libraries, plugins, QML files and translations. QtNetwork is excluded on
# purpose: the app needs no network (libQt6Pdf still links the Qt network C++ library, which
# therefore ships, but without its TLS and network-information plugins).
QT_KEEP = frozenset(
    {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtPdf",
        "QtPdfWidgets",  # QPdfView, for the print preview
        "QtPrintSupport",
        "QtSvg",
        "QtSvgWidgets",
    }
)
# Python packages the app never uses but PyInstaller would follow from optional imports: the
# standard library's GUI and tools, the development tools in the same virtual environment
# (pydantic reaches mypy, hypothesis is found through plugins), Pillow's AVIF and WebP codecs
# (Pillow itself is needed: ReportLab imports it), which would bring 6 MB of codec libraries,
# and the county's side of online sync: the receiving service (Starlette, uvicorn) and the
# PostgreSQL store (psycopg and its 10 MB of client libraries) run on a county server from the
# installed package, never on a field laptop (`csec county serve` says so in one line there).
# TLS stays in: the laptop's own HTTPS sync client (httpx) needs ssl.
# Also left out, each reached only through code the app never runs:
# - multiprocessing (asyncio's process pool): its PyInstaller run-time hook imports it at every
#   start, about 15 ms; doctest, pdb, pydoc (ReportLab's and the standard library's self-tests);
# - the standard library's sqlite3 and its libsqlite3 (SQLCipher brings its own SQLite);
# - pydantic.v1 (only for models written against pydantic 1), Pillow's colour management, and
#   charset_normalizer (ReportLab guesses the encoding of XML given as bytes; we give text);
# - rapidfuzz's AVX2 twins of its two largest modules (5 MB): without them rapidfuzz loads its
#   portable build, which is as fast for names of a few words.
PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "idlelib", "lib2to3", "pydoc_data", "readline",
    "starlette", "uvicorn", "psycopg", "psycopg_binary", "psycopg_c", "psycopg_pool",
    "hypothesis", "mypy", "mypyc", "ast_serialize", "pytest", "_pytest", "pytestqt",
    "pytest_benchmark", "IPython",
    "PIL._avif", "PIL._webp", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    "multiprocessing", "concurrent.futures.process", "doctest", "pdb", "pydoc",
    "sqlite3", "_sqlite3",
    "pydantic.v1", "PIL._imagingcms", "PIL.ImageCms", "charset_normalizer",
    "rapidfuzz.fuzz_cpp_avx2", "rapidfuzz.distance.metrics_cpp_avx2",
)  # fmt: skip

# Qt plugins of the kept modules that this app never loads. Platforms kept: xcb (X11 and
# XWayland), offscreen (the self-test without a display), windows, cocoa. Image formats kept:
# SVG, ICO, JPEG, GIF (PNG is built into QtGui).
QT_PLUGIN_DIRS_DROPPED = (
    "egldeviceintegrations", "generic", "wayland-decoration-client",
    "wayland-graphics-integration-client", "wayland-shell-integration",
)  # fmt: skip
QT_PLUGINS_DROPPED = (
    "platforms/*eglfs*", "platforms/*linuxfb*", "platforms/*minimal*", "platforms/*vnc*",
    "platforms/*vkkhrdisplay*", "platforms/*wayland*", "platforms/*direct2d*",
    "platformthemes/*gtk3*",
    # The on-screen keyboard plugin drags in Qt Quick and QML (about 20 MB) on PySide6 6.11.
    "platforminputcontexts/*virtualkeyboard*",
    "imageformats/*tiff*", "imageformats/*webp*", "imageformats/*tga*", "imageformats/*wbmp*",
    "imageformats/*icns*", "imageformats/*qpdf*",
)  # fmt: skip
# Qt's own translations, for the languages the product ships (English is built into Qt): the
# ``shipped`` list of resources/language/taglines.json, which the ICU data follows too.
QT_TRANSLATIONS_KEPT = tuple(
    f"*_{language}.qm" for language in icu_data.shipped_languages() if language != "en"
)
# System libraries taken from the host, not shipped: on Linux, printing goes through the host's
# CUPS (a bundled libcups can disagree with the host's cupsd), and Qt's CUPS plugin also links
# GnuTLS, Avahi and p11-kit, and (PyInstaller reads links with ldd, transitively) GnuTLS's own
# libraries: 8 MB in all. Every desktop with CUPS has them; without CUPS Qt's print plugin does
# not load, Qt offers no printers, and the app still runs.
HOST_LIBRARIES = (
    "libcups.so*", "libgnutls.so*", "libavahi-*.so*", "libp11-kit.so*",
    "libnettle.so*", "libhogweed.so*", "libgmp.so*", "libidn2.so*", "libtasn1.so*",
    "libunistring.so*",
)  # fmt: skip


def read_version(root: Path = ROOT) -> str:
    """``csec_desktop.__version__``, read from the source without importing the package."""
    tree = ast.parse((root / "csec_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        targets = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
        value = getattr(node, "value", None)
        if "__version__" in targets and isinstance(value, ast.Constant):
            return str(value.value)
    raise SystemExit("csec_desktop/__init__.py has no __version__ string")


def qt_excludes(pyside_dir: Path) -> list[str]:
    """``PySide6.<Module>`` for every binding module in ``pyside_dir`` not in QT_KEEP."""
    names = set()
    for path in pyside_dir.iterdir():
        stem = path.name.split(".", 1)[0]
        if stem.startswith("Qt") and path.suffix in (".so", ".pyd"):
            names.add(stem)
    return sorted(f"PySide6.{name}" for name in names - QT_KEEP)


def _left_out(dest: str) -> bool:
    path = PurePosixPath(dest.replace("\\", "/"))
    if len(path.parts) == 1 and any(fnmatch(path.name, lib) for lib in HOST_LIBRARIES):
        return True
    if path.is_relative_to(QT_DIR / "translations"):
        return not any(fnmatch(path.name, keep) for keep in QT_TRANSLATIONS_KEPT)
    if not path.is_relative_to(QT_DIR / "plugins"):
        return False
    inside = path.relative_to(QT_DIR / "plugins")
    if inside.parts[0] in QT_PLUGIN_DIRS_DROPPED:
        return True
    return any(fnmatch(str(inside), pattern) for pattern in QT_PLUGINS_DROPPED)


def prune(
    toc: Iterable[TocEntry], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop unused Qt plugins and translations and the host's libraries, then every shared
    library that only the dropped files needed (``imports_of(source)`` names the libraries a
    binary links to). Returns (kept, dropped)."""
    entries = list(toc)
    dropped = [e for e in entries if _left_out(e[0])]
    kept = [e for e in entries if not _left_out(e[0])]

    by_name = {PurePosixPath(e[0]).name: e for e in kept if e[2] == "BINARY"}

    def closure(sources: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(sources)
        while todo:
            for name in imports_of(todo.pop()):
                if name not in seen and name in by_name:
                    seen.add(name)
                    todo.append(by_name[name][1])
        return seen

    # Candidates: libraries the dropped plugins link to. One stays if anything else kept (an
    # extension module, a kept plugin, or a library nobody dropped) reaches it. Libraries loaded
    # only at run time (dlopen) never appear in the candidates, so they are never dropped.
    candidates = closure(e[1] for e in dropped if e[2] == "BINARY")
    roots = [e for e in kept if PurePosixPath(e[0]).name not in candidates]
    wanted = closure(e[1] for e in roots if e[2] in ("EXTENSION", "BINARY"))
    orphans = candidates - wanted

    def orphan(entry: TocEntry) -> bool:  # the library, or a symbolic link to it
        return entry[2] in ("BINARY", "SYMLINK") and PurePosixPath(entry[0]).name in orphans

    final = [e for e in kept if not orphan(e)]
    dropped += [e for e in kept if orphan(e)]
    return final, dropped


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) for everything under resources/, placed where the
    package ``csec_desktop.resources`` lives in the frozen app (its __init__.py included).

    PyInstaller's collect_data_files() cannot be used: it derives destinations from the source
    layout, and this package's source is the top-level resources/ folder (setuptools'
    package-dir), not csec_desktop/resources/.
    """
    source = root / "resources"
    pairs = []
    for path in sorted(source.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        dest = PurePosixPath("csec_desktop", "resources", *path.parent.relative_to(source).parts)
        pairs.append((str(path), str(dest)))
    return pairs


def spec_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The options the build script passes to the spec after ``--``."""
    parser = argparse.ArgumentParser(prog="csec_desktop.spec")
    parser.add_argument("--onefile", action="store_true")
    parser.add_argument("--target", choices=("app", "bare"), default="app")
    parser.add_argument("--keep-all-qt", action="store_true", help="no Qt excludes (to measure)")
    parser.add_argument("--full-icu", action="store_true", help="keep Qt's full ICU data")
    parser.add_argument("--icon", default=None, help="icon file made by make_icon.py")
    parser.add_argument("--version-file", default=None, help="Windows version resource file")
    return parser.parse_args(list(argv))


def version_tuple(version: str) -> tuple[int, int, int, int]:
    parts = [int(p) for p in version.split(".")[:4] if p.isdigit()]
    padded = [*parts, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def windows_version_resource(version: str, company: str, product: str) -> str:
    """The text PyInstaller's ``version=`` option reads to stamp the Windows .exe properties."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": company,
        "FileDescription": product,
        "FileVersion": version,
        "InternalName": DESKTOP_EXE,
        "OriginalFilename": f"{DESKTOP_EXE}.exe",
        "ProductName": product,
        "ProductVersion": version,
    }
    structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{structs}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def link_console_twin(folder: Path) -> None:
    """``csec`` beside ``csec-desktop`` in a one-folder build, as a relative symbolic link."""
    twin = folder / CLI_EXE
    if twin.is_symlink() or twin.exists():
        twin.unlink()
    os.symlink(DESKTOP_EXE, twin)


def folder_size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6
