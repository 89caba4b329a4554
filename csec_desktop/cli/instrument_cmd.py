"""``csec instrument list|validate|schema``: the shipped instruments and county authoring aids.

``validate`` prints every problem as ``FILE:WHERE: message`` on stdout (WHERE is the item,
section, rule, action, band or group id; expression problems add the column), then one
summary line on stderr, and exits non-zero. A sound file prints one OK line and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from csec_desktop.cli import instrument_author_cmd, instrument_vault_cmd
from csec_desktop.cli.common import add_data_dir, signed_in
from csec_desktop.core.errors import UsageError, ValidationError
from csec_desktop.core.instruments import (
    DefinitionError,
    Instrument,
    InstrumentDefinition,
    check_instrument,
    parse_json,
    shipped_registry,
)
from csec_desktop.core.instruments.loader import read_definition_text
from csec_desktop.core.records.county_instruments import installed_instruments


def register(groups: Any) -> None:
    parser = groups.add_parser(
        "instrument",
        help="list shipped instruments, validate a definition file, print the JSON Schema",
        description="Instrument definitions: screening, debrief and needs-assessment forms.",
    )
    commands = parser.add_subparsers(title="instrument commands", metavar="COMMAND")
    commands.required = True

    listing = commands.add_parser(
        "list",
        help="the shipped instruments (newest version of each); with --as, also the county's "
        "installed in this laptop's vault",
    )
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.add_argument("--lang", choices=("en", "es"), default="en", help="title language")
    add_data_dir(listing)
    listing.add_argument("--as", dest="actor", help="your user name: include county instruments")
    listing.add_argument(
        "--passphrase-stdin", action="store_true", help="with --as: read your passphrase from stdin"
    )
    listing.set_defaults(func=run_list)

    validate = commands.add_parser("validate", help="check definition files; exit 0 if sound")
    validate.add_argument("files", metavar="FILE", nargs="+", type=Path)
    validate.add_argument("--json", action="store_true", help="machine-readable output")
    validate.set_defaults(func=run_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema for definition files")
    schema.set_defaults(func=run_schema)

    instrument_author_cmd.register(commands)
    instrument_vault_cmd.register(commands)


def run_list(args: argparse.Namespace) -> int:
    found: list[tuple[Instrument, str]] = [(i, "shipped") for i in shipped_registry().latest()]
    if args.actor:
        if not args.passphrase_stdin:
            raise UsageError("--as needs --passphrase-stdin (the passphrase is never an argument)")
        with signed_in(args, username=args.actor) as session:
            found += [(a.instrument, a.source) for a in installed_instruments(session.db)]
    rows = [
        {
            "id": inst.id,
            "version": inst.version,
            "kind": inst.definition.kind.value,
            "source": source,
            "title": inst.definition.title.get(args.lang),
            "content_hash": inst.content_hash,
        }
        for inst, source in found
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    width = max(len(row["id"]) for row in rows)
    for row in rows:
        print(
            f"{row['id']:<{width}}  {row['version']:<7}  {row['kind']:<16}  {row['source']:<7}  "
            f"{row['content_hash'][:16]}  {row['title']}"
        )
    return 0


def run_validate(args: argparse.Namespace) -> int:
    results: list[dict[str, Any]] = []
    for path in args.files:
        if not path.is_file():
            raise UsageError(f"{path}: no such file")
        source = str(path)
        try:
            data = parse_json(read_definition_text(path, source), source)
            instrument, problems = check_instrument(data, source)
        except DefinitionError as exc:
            instrument, problems = None, exc.lines
        entry: dict[str, Any] = {"file": source, "ok": not problems, "problems": problems}
        if instrument is not None:
            entry.update(id=instrument.id, version=instrument.version)
            entry["content_hash"] = instrument.content_hash
            entry["items"] = len(instrument.items())
        results.append(entry)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for entry in results:
            if entry["ok"]:
                print(
                    f"OK {entry['file']}: {entry['id']} {entry['version']}, "
                    f"{entry['items']} items, sha256 {entry['content_hash'][:16]}"
                )
            for line in entry["problems"]:
                print(line)
    count = sum(len(entry["problems"]) for entry in results)
    if count:
        bad = sum(1 for entry in results if not entry["ok"])
        sys.stdout.flush()
        raise ValidationError(f"{count} problem(s) in {bad} of {len(results)} file(s)")
    return 0


def run_schema(_args: argparse.Namespace) -> int:
    schema: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema.update(InstrumentDefinition.model_json_schema())
    print(json.dumps(schema, ensure_ascii=False, indent=2))
    return 0
