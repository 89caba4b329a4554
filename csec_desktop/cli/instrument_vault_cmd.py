"""``csec instrument install|install-package|installed|check-policy``: county instruments.

``install`` (supervisors) reads a definition file, validates it, and stores it in the
encrypted vault pinned by id + version + content hash; then it checks the county policy
against everything now available and names each decision point whose instrument is still
missing. ``install-package`` does the same for a county-signed package (core/sync/
county_package.py), verified against the county root this laptop's trust file pins; a
package that does not verify is refused with one line. ``installed`` lists every definition
new sessions may use with its source ("shipped" / "county"). ``check-policy`` exits non-zero
when the policy offers an instrument this laptop does not have.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import (
    add_acting_user,
    emit,
    signed_in,
)
from csec_desktop.core.errors import UsageError, ValidationError
from csec_desktop.core.instruments import load_instrument_file
from csec_desktop.core.records.county_instruments import (
    available_instruments,
    install_county_package,
    install_instrument,
    policy_problems,
)
from csec_desktop.core.sync.county_package import MAX_PACKAGE_SIZE


def register(commands: Any) -> None:
    install = commands.add_parser(
        "install", help="install a county instrument into the vault (supervisor)"
    )
    install.add_argument("file", metavar="FILE", type=Path, help="the definition (.json)")
    add_acting_user(install)
    install.set_defaults(func=run_install)

    package = commands.add_parser(
        "install-package", help="install a county-signed instrument package (supervisor)"
    )
    package.add_argument("file", metavar="FILE", type=Path, help="the signed package")
    add_acting_user(package)
    package.set_defaults(func=run_install_package)

    installed = commands.add_parser(
        "installed", help="every instrument new sessions may use, shipped and county"
    )
    add_acting_user(installed)
    installed.add_argument("--json", action="store_true", help="machine-readable output")
    installed.set_defaults(func=run_installed)

    check = commands.add_parser(
        "check-policy", help="check that every decision point's instruments are available"
    )
    add_acting_user(check)
    check.set_defaults(func=run_check_policy)


def run_install(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise UsageError(f"{args.file}: no such file")
    instrument = load_instrument_file(args.file)
    with signed_in(args, username=args.actor) as session:
        install_instrument(session, instrument)
        problems = policy_problems(session.db, session.policy.screening)
    print(
        f"Installed {instrument.id} {instrument.version} (county, sha256 "
        f"{instrument.content_hash[:16]})."
    )
    for line in problems:
        sys.stderr.write(f"csec: {line}\n")
    return 0


def run_install_package(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise UsageError(f"{args.file}: no such file")
    if args.file.stat().st_size > MAX_PACKAGE_SIZE:
        raise UsageError(f"{args.file}: larger than a county package can be")
    data = args.file.read_bytes()
    with signed_in(args, username=args.actor) as session:
        done = install_county_package(session, data)
        problems = policy_problems(session.db, session.policy.screening)
    added = ", ".join(done.installed) or "nothing new"
    print(f"Installed county package version {done.version}: {added}.")
    for line in problems:
        sys.stderr.write(f"csec: {line}\n")
    return 0


def run_installed(args: argparse.Namespace) -> int:
    with signed_in(args, username=args.actor) as session:
        rows = available_instruments(session.db)
    data: list[dict[str, Any]] = [
        {
            "id": row.instrument.id,
            "version": row.instrument.version,
            "source": row.source,
            "title": row.instrument.definition.title.en,
            "content_hash": row.instrument.content_hash,
            "installed_at": row.installed_at,
            "installed_by": row.installed_by,
        }
        for row in rows
    ]
    width = max(len(row["id"]) for row in data)
    text = "\n".join(
        f"{row['id']:<{width}}  {row['version']:<7}  {row['source']:<8}  {row['title']}"
        for row in data
    )
    emit(args, data, text)
    return 0


def run_check_policy(args: argparse.Namespace) -> int:
    with signed_in(args, username=args.actor) as session:
        problems = policy_problems(session.db, session.policy.screening)
    if problems:
        for line in problems[1:]:
            print(line)
        sys.stdout.flush()
        raise ValidationError(problems[0])
    print("OK: every decision point's instruments are available on this laptop.")
    return 0
