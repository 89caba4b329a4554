"""``csec instrument test|import-xlsx|export-xlsx``: a county author's tools, run without a vault.

``import-xlsx BOOK.xlsx`` reads an instrument written in a spreadsheet (XLSForm conventions,
see docs/instruments.md), validates it, and writes the JSON definition (``-o``, default the
book's name with ``.json``); every problem names the sheet, row and column. ``export-xlsx``
writes a definition (a file, or the id of a shipped instrument) as such a spreadsheet.

``test FILE CASES.json`` runs each case's answers through the navigator and compares the band,
the rules that fired, skip logic and the duties the county policy (``--policy``, default the
shipped one) would create. It prints ``PASS name`` or ``FAIL name`` with one indented line per
difference, then a summary; any failure exits non-zero.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.errors import UsageError, ValidationError
from csec_desktop.core.instruments import DefinitionError, load_instrument_file, shipped_registry
from csec_desktop.core.instruments.cases import load_cases, run_cases
from csec_desktop.core.instruments.loader import read_definition_text
from csec_desktop.core.policy import load_policy


def register(commands: Any) -> None:
    test = commands.add_parser(
        "test", help="run answer sets through an instrument and compare the outcomes"
    )
    test.add_argument("file", metavar="FILE", type=Path, help="the definition (.json)")
    test.add_argument("cases", metavar="CASES", type=Path, help="the cases (.json)")
    test.add_argument(
        "--policy", type=Path, default=None, help="county policy file (default: shipped)"
    )
    test.add_argument("--json", action="store_true", help="machine-readable output")
    test.set_defaults(func=run_test)

    read = commands.add_parser("import-xlsx", help="turn a spreadsheet into a definition file")
    read.add_argument("book", metavar="BOOK", type=Path, help="the spreadsheet (.xlsx)")
    read.add_argument("-o", "--output", type=Path, default=None, help="the .json to write")
    read.set_defaults(func=run_import_xlsx)

    write = commands.add_parser("export-xlsx", help="write a definition as a spreadsheet")
    write.add_argument("source", metavar="FILE_OR_ID", help="a definition file or shipped id")
    write.add_argument("-o", "--output", type=Path, required=True, help="the .xlsx to write")
    write.set_defaults(func=run_export_xlsx)


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    return path


def run_test(args: argparse.Namespace) -> int:
    instrument = load_instrument_file(_existing(args.file))
    source = str(_existing(args.cases))
    cases = load_cases(read_definition_text(args.cases, source), source)
    policy = load_policy(args.policy).screening
    results = run_cases(instrument, cases, policy)
    failed = [r for r in results if not r.passed]
    if args.json:
        rows = [{"name": r.name, "passed": r.passed, "differences": r.differences} for r in results]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for result in results:
            print(f"{'PASS' if result.passed else 'FAIL'} {result.name}")
            for line in result.differences:
                print(f"    {line}")
    if failed:
        sys.stdout.flush()
        raise ValidationError(
            f"{len(failed)} of {len(results)} case(s) failed for {instrument.id} "
            f"{instrument.version}"
        )
    print(f"All {len(results)} case(s) passed for {instrument.id} {instrument.version}.")
    return 0


def run_import_xlsx(args: argparse.Namespace) -> int:
    from csec_desktop.core.instruments.xlsform_read import NOT_A_WORKBOOK, read_xlsform

    book = _existing(args.book)
    try:
        instrument = read_xlsform(book)
    except DefinitionError as exc:
        if exc.lines == [f"{book.name}: {NOT_A_WORKBOOK}"]:  # one line says it all
            raise ValidationError(f"{book}: {NOT_A_WORKBOOK}; nothing was written") from None
        for line in exc.lines:
            print(line)
        sys.stdout.flush()
        raise ValidationError(
            f"{len(exc.lines)} problem(s) in {book.name}; nothing was written"
        ) from None
    output = args.output or book.with_suffix(".json")
    text = json.dumps(instrument.authored(), ensure_ascii=False, indent=2)
    atomic_write(output, (text + "\n").encode("utf-8"))
    print(
        f"OK {book.name} -> {output}: {instrument.id} {instrument.version}, "
        f"{len(instrument.items())} items, sha256 {instrument.content_hash[:16]}"
    )
    return 0


def run_export_xlsx(args: argparse.Namespace) -> int:
    from csec_desktop.core.instruments.xlsform_write import write_xlsform

    path = Path(args.source)
    if path.is_file():
        instrument = load_instrument_file(path)
    else:
        instrument = shipped_registry().get(args.source)
    if args.output.suffix.lower() != ".xlsx":
        raise UsageError(f"{args.output}: the spreadsheet's name must end in .xlsx")
    write_xlsform(instrument, args.output)
    print(f"Wrote {instrument.id} {instrument.version} to {args.output}.")
    return 0
