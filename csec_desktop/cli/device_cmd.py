"""``csec device request|trust``: enrolling this laptop with its county."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import (
    add_data_dir,
    add_json,
    add_passphrase_stdin,
    emit,
    read_secrets,
    require_vault,
    vault_from,
)
from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.errors import UsageError
from csec_desktop.core.sync.trust import MAX_TRUST_SIZE
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.vault.session import Session


def add_account(parser: argparse.ArgumentParser) -> None:
    add_data_dir(parser)
    parser.add_argument("--username", required=True, help="the account to sign in with")
    add_passphrase_stdin(parser, "that account's passphrase")
    add_json(parser)


def signed_in(args: argparse.Namespace) -> Session:
    vault = require_vault(vault_from(args))
    (passphrase,) = read_secrets(1)
    return vault.sign_in(args.username, passphrase)


def read_input(path: Path, what: str, limit: int) -> bytes:
    """A small input file, read whole; too large or missing is one clear message."""
    try:
        if path.is_dir():
            raise UsageError(f"{path} is a folder; give the {what} file inside it")
        size = path.stat().st_size
        if size > limit:
            raise UsageError(f"{path} is {size} bytes, too large for {what}")
        return path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{what} {path} does not exist") from None
    except OSError as exc:
        raise UsageError(f"{what} {path} cannot be read ({exc.strerror})") from None


def register(groups: Any) -> None:
    device = groups.add_parser("device", help="enroll this laptop with the county")
    sub = device.add_subparsers(title="device commands", metavar="ACTION", required=True)

    request = sub.add_parser("request", help="write an enrollment request for the county")
    add_account(request)
    request.add_argument("--out", type=Path, required=True, help="request file to write")
    request.set_defaults(func=_request)

    trust = sub.add_parser("trust", help="install or update the county's trust file")
    add_account(trust)
    trust.add_argument("trust_file", type=Path, metavar="TRUST_FILE")
    trust.add_argument(
        "--expect-fingerprint",
        metavar="WORDS",
        help="the county root fingerprint the county gave you by phone or on paper "
        "(required the first time; the eight words or the 32 hex digits)",
    )
    trust.add_argument(
        "--accept-key-change", action="store_true",
        help="the county told you it changed its encryption or receipt key (supervisor only)",
    )  # fmt: skip
    trust.set_defaults(func=_trust)


def _request(args: argparse.Namespace) -> int:
    session = signed_in(args)
    try:
        request = SyncService(session).enrollment_request()
        atomic_write(args.out, request.data, overwrite=False, verify=True)
    finally:
        session.sign_out()
    emit(
        args,
        {"out": str(args.out), "device_id": request.device_id,
         "fingerprint": request.fingerprint},
        f"Enrollment request written to {args.out}.\n"
        f"This laptop's fingerprint: {request.fingerprint}\n"
        "Read it to the county officer (by phone or in person); they type it when enrolling.",
    )  # fmt: skip
    return 0


def _trust(args: argparse.Namespace) -> int:
    data = read_input(args.trust_file, "trust file", MAX_TRUST_SIZE)
    session = signed_in(args)
    try:
        service = SyncService(session)
        installed = service.install_trust(data, args.expect_fingerprint, args.accept_key_change)
        status = service.status()
    finally:
        session.sign_out()
    trust = installed.trust
    if not installed.changed:
        action = f"Trust file version {trust.version} was already installed."
    elif installed.first_install:
        action = f"Trust file version {trust.version} installed; county root pinned."
    else:
        action = f"Trust file updated from version {installed.previous_version} to {trust.version}."
    enrolled = (
        "enrolled"
        if status.enrolled
        else "NOT enrolled: the county lists another key for it"
        if status.key_mismatch
        else "NOT enrolled (or revoked) in this trust file"
    )
    moved = installed.service_change
    service_line = (
        ""
        if moved is None
        else f"\nTHE COUNTY'S SYNC SERVICE CHANGED: {moved[0] or '(none)'} -> "
        f"{moved[1] or '(none: bundles as files only)'}. This laptop now syncs there; if "
        "the county did not tell you about this change, call county IT before syncing."
    )
    emit(
        args,
        {"county_id": trust.county_id, "county_name": trust.county_name,
         "service_url": trust.service.url if trust.service else None,
         "service_changed_from": moved[0] if moved else None,
         "service_changed": moved is not None,
         "version": trust.version, "previous_version": installed.previous_version,
         "county_fingerprint": trust.root_fingerprint,
         "device_fingerprint": status.device_fingerprint, "enrolled": status.enrolled},
        f"{action}\nCounty: {trust.county_name}\n"
        f"County root fingerprint: {trust.root_fingerprint}\n"
        f"This laptop's fingerprint: {status.device_fingerprint}\n"
        f"This laptop is {enrolled}.{service_line}",
    )  # fmt: skip
    return 0
