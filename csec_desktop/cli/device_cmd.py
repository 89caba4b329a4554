"""``csec device request|trust``: enrolling this laptop with its county."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import add_account, emit, read_input, signed_in_desk
from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.sync import errors as sync_errors
from csec_desktop.core.sync.trust import MAX_TRUST_SIZE

# Before the first request the laptop has no key the county could know it by.
_NO_REQUEST = "none yet (write an enrollment request: csec device request --out FILE)"


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
    trust.add_argument(
        "--accept-service-change", action="store_true",
        help="the county told you its sync service moved (new address or certificate); "
        "supervisor only",
    )  # fmt: skip
    trust.set_defaults(func=_trust)


def _request(args: argparse.Namespace) -> int:
    with signed_in_desk(args) as desk:
        request = desk.sync.enrollment_request()
        atomic_write(args.out, request.data, overwrite=False, verify=True)
    emit(
        args,
        {"out": str(args.out), "device_id": request.device_id,
         "fingerprint": request.fingerprint},
        f"Enrollment request written to {args.out}.\n"
        f"This laptop's fingerprint: {request.fingerprint}\n"
        "Read it to the county officer (by phone or in person); they type it when enrolling.",
    )  # fmt: skip
    return 0


# A refused trust file ends with what to do next, like the fingerprint refusal does.
_REFUSALS = (
    sync_errors.FormatError,
    sync_errors.SignatureError,
    sync_errors.TrustRootMismatchError,
    sync_errors.TrustVersionError,
    sync_errors.TrustExpiredError,
)


def _next_step(exc: Exception) -> str:
    if isinstance(exc, sync_errors.TrustVersionError):
        return "Nothing was trusted. Ask the county for its newest trust file."
    if isinstance(exc, sync_errors.TrustExpiredError):
        return "Nothing was trusted. Ask the county for a new trust file."
    return (
        "Nothing was trusted. Do not use this file; call the county on a number you already know."
    )


def _trust(args: argparse.Namespace) -> int:
    data = read_input(args.trust_file, "trust file", MAX_TRUST_SIZE)
    with signed_in_desk(args) as desk:
        service = desk.sync
        try:
            installed = service.install_trust(
                data, args.expect_fingerprint, args.accept_key_change, args.accept_service_change
            )
        except _REFUSALS as exc:
            raise type(exc)(f"{exc.message.rstrip('.')}. {_next_step(exc)}") from None
        status = service.status()
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
        else "\nTHE COUNTY'S SYNC SERVICE CHANGED: " + "; ".join(moved.lines()) + ". This "
        "laptop now syncs there; if the county did not tell you about this change, call county "
        "IT before syncing."
    )
    emit(
        args,
        {"county_id": trust.county_id, "county_name": trust.county_name,
         "service_url": trust.service.url if trust.service else None,
         "service_changed_from": moved.old_url if moved else None,
         "service_changed": moved is not None,
         "version": trust.version, "previous_version": installed.previous_version,
         "county_fingerprint": trust.root_fingerprint,
         "device_fingerprint": status.device_fingerprint, "enrolled": status.enrolled},
        f"{action}\nCounty: {trust.county_name}\n"
        f"County root fingerprint: {trust.root_fingerprint}\n"
        f"This laptop's fingerprint: {status.device_fingerprint or _NO_REQUEST}\n"
        f"This laptop is {enrolled}.{service_line}",
    )  # fmt: skip
    return 0
