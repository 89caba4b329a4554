"""``csec translation install FILE`` and ``csec translation list``: county translations of the
youth's copy (core/reports/translation_file.py gives the file's shape).

``install`` (supervisors) validates the file against the English copy's keys and stores it in
the encrypted vault, replacing an earlier file for the same language; ``list`` names every
language a youth copy can print in and how (shipped, county, or English with a notice).
The preferred way is the county's signed package (``csec county instrument publish
--translation``), installed with the laptop's trust update; ``install`` is for a laptop that
cannot take one yet.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import (
    add_acting_user,
    add_json,
    emit,
    signed_in,
)
from csec_desktop.core.errors import UsageError
from csec_desktop.core.reports.translation_file import MAX_FILE_SIZE, parse_translation
from csec_desktop.core.reports.youth_languages import choices, install_translation


def register(groups: Any) -> None:
    group = groups.add_parser("translation", help="county translations of the youth's copy")
    commands = group.add_subparsers(title="translation commands", metavar="COMMAND")
    commands.required = True
    install = commands.add_parser(
        "install",
        help="install a county translation by hand (supervisor; prefer the county package)",
    )
    install.add_argument("file", metavar="FILE", type=Path, help="the translation (.json)")
    add_acting_user(install)
    install.set_defaults(func=run_install)
    listing = commands.add_parser("list", help="languages a youth copy can print in")
    add_acting_user(listing)
    add_json(listing)
    listing.set_defaults(func=run_list)


def run_install(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise UsageError(f"{args.file}: no such file")
    if args.file.stat().st_size > MAX_FILE_SIZE:
        raise UsageError(f"{args.file}: larger than a translation file can be")
    translation = parse_translation(args.file.read_bytes(), str(args.file))
    with signed_in(args, username=args.actor) as session:
        replaced = install_translation(session, translation)
    verb = "Replaced" if replaced else "Installed"
    print(f"{verb} the {translation.name} ({translation.code}) youth copy.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with signed_in(args, username=args.actor) as session:
        rows = choices(session.db)
    emit(
        args,
        {"languages": [{"code": code, "name": name} for code, name in rows]},
        "\n".join(f"{code:8} {name}" for code, name in rows),
    )
    return 0
