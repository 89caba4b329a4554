"""Refresh the Spanish catalog and its compiled form from the sources.

    python -m csec_desktop.gui.compile_translations          # after adding or changing texts
    python -m csec_desktop.gui.compile_translations --check  # exit 1 if either file is stale
    python -m csec_desktop.gui.compile_translations --fill es.json  # add translations, compile

``resources/i18n/csec_es.ts`` is what translators edit: ``pyside6-lupdate`` collects every
``translate("Context", "Text")`` / ``QT_TRANSLATE_NOOP`` call in ``csec_desktop`` and every
text of the Qt Designer forms in ``ui/``, without line numbers (so parallel branches merge
cleanly) and without texts no longer in the sources. ``csec_es.qm`` is that catalog compiled
by ``pyside6-lrelease``; it is committed, so the app, the tests and the frozen build all find
it under ``csec_desktop.resources/i18n`` without a build step, and ``--check`` keeps both
files in step with the sources (``tests/gui/test_translations.py``).

``--fill`` takes a JSON object ``{"Context": {"English source": "Spanish", ...}, ...}`` and
writes each translation into the catalog (a text already translated is overwritten).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "csec_desktop"
UI_DIR = ROOT / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("es",)  # English is the source language: it needs no catalog


def catalog(lang: str) -> Path:
    return I18N_DIR / f"csec_{lang}.ts"


def compiled(lang: str) -> Path:
    return I18N_DIR / f"csec_{lang}.qm"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; install the project's dependencies first")
    return found


def sources() -> list[Path]:
    """Every file the catalog is read from: the package's Python files and the .ui forms."""
    python = [p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts]
    python = [p for p in python if "resources" not in p.relative_to(PACKAGE).parts[:1]]
    return sorted(python) + sorted(UI_DIR.glob("*.ui"))


def _run(args: list[str]) -> None:
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{Path(args[0]).name}: {result.stderr.strip() or result.stdout}")


def update_catalog(ts: Path, lang: str) -> None:
    """Run lupdate over the sources into ``ts`` (kept translations stay)."""
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
        _run(
            [
                _tool("pyside6-lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                lang,
                f"@{listing}",
                "-ts",
                str(ts),
            ]
        )


def compile_catalog(ts: Path, qm: Path) -> None:
    _run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)])


def fill(ts: Path, translations: dict[str, dict[str, str]]) -> int:
    """Write ``translations`` into ``ts``; returns how many messages were filled."""
    tree = ET.parse(ts)  # noqa: S314 - the project's own catalog
    filled = 0
    for context in tree.getroot().iter("context"):
        table = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            spanish = table.get(message.findtext("source") or "")
            node = message.find("translation")
            if spanish is None or node is None:
                continue
            node.text = spanish
            node.attrib.pop("type", None)
            filled += 1
    _write(tree, ts)
    return filled


def _write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def refresh(lang: str, ts: Path, qm: Path) -> None:
    update_catalog(ts, lang)  # also puts the file back in lupdate's own layout
    compile_catalog(ts, qm)


def stale_files() -> list[str]:
    """Files under resources/i18n that differ from what the sources produce now."""
    stale = []
    for lang in LANGUAGES:
        ts, qm = catalog(lang), compiled(lang)
        with tempfile.TemporaryDirectory() as folder:
            fresh_ts, fresh_qm = Path(folder) / ts.name, Path(folder) / qm.name
            if ts.exists():
                shutil.copyfile(ts, fresh_ts)
            refresh(lang, fresh_ts, fresh_qm)
            for mine, fresh in ((ts, fresh_ts), (qm, fresh_qm)):
                if not mine.exists() or mine.read_bytes() != fresh.read_bytes():
                    stale.append(mine.name)
    return stale


def untranslated(lang: str = "es") -> list[tuple[str, str]]:
    """(context, source) of every message in the catalog without a translation."""
    missing = []
    root = ET.parse(catalog(lang)).getroot()  # noqa: S314 - the project's own catalog
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") == "unfinished":
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    parser.add_argument("--fill", type=Path, help="JSON of translations to write in")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"stale: resources/i18n/{name}", file=sys.stderr)
        return 1 if stale else 0
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts, qm = catalog(lang), compiled(lang)
        update_catalog(ts, lang)
        if args.fill:
            table = json.loads(args.fill.read_text(encoding="utf-8"))
            print(f"filled {fill(ts, table)} messages")
        refresh(lang, ts, qm)
        left = untranslated(lang)
        print(f"wrote {ts.relative_to(ROOT)} and {qm.name} ({len(left)} without translation)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
