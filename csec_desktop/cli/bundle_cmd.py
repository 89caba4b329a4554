"""``csec bundle inspect``: a bundle's manifest and signature status, never decrypted."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import add_json, emit, read_input
from csec_desktop.core.clock import utc_now
from csec_desktop.core.errors import UsageError
from csec_desktop.core.sync.bundle import inspect_bundle
from csec_desktop.core.sync.canonical import format_time
from csec_desktop.core.sync.trust import MAX_TRUST_SIZE, verify_trust


def register(groups: Any) -> None:
    bundle = groups.add_parser("bundle", help="look at bundle files")
    sub = bundle.add_subparsers(title="bundle commands", metavar="ACTION", required=True)
    inspect = sub.add_parser("inspect", help="show a bundle's manifest (no decryption)")
    inspect.add_argument("bundle_file", type=Path, metavar="FILE")
    inspect.add_argument(
        "--trust", type=Path, help="a county trust file: check the signature with its registry"
    )
    add_json(inspect)
    inspect.set_defaults(func=_inspect)


def _inspect(args: argparse.Namespace) -> int:
    if not args.bundle_file.is_file():
        raise UsageError(f"bundle file {args.bundle_file} does not exist")
    key, county = None, None
    if args.trust is not None:
        trust = verify_trust(read_input(args.trust, "trust file", MAX_TRUST_SIZE), None, None,
                             utc_now())  # fmt: skip
        unchecked = inspect_bundle(args.bundle_file)
        key = trust.device_public_key(unchecked.manifest.device_id)
        if key is None:
            raise UsageError(
                f"device {unchecked.manifest.device_id} is not in the trust file of "
                f"{trust.county_name}; its signature cannot be checked"
            )
        county = trust.county_name
    info = inspect_bundle(args.bundle_file, key)
    m = info.manifest
    signature = (
        f"valid (enrolled device of {county})"
        if info.signature_checked
        else "not checked (give --trust TRUST_FILE)"
    )
    doc = {
        "bundle_id": m.bundle_id, "device_id": m.device_id, "sequence": m.sequence,
        "previous_bundle_hash": m.previous_bundle_hash, "bundle_hash": info.bundle_hash,
        "recipient_key_id": m.recipient_key_id, "payload_sha256": m.payload_sha256,
        "payload_length": m.payload_length, "record_counts": m.record_counts,
        "schema_version": m.schema_version, "app_version": m.app_version,
        "created_at": format_time(m.created_at), "signer_key_id": info.signer_key_id,
        "signature_checked": info.signature_checked, "size": info.size,
    }  # fmt: skip
    counts = ", ".join(f"{n} {kind}" for kind, n in m.record_counts.items())
    emit(
        args,
        doc,
        f"Bundle {m.bundle_id}\n  device {m.device_id}, sequence {m.sequence}, "
        f"created {format_time(m.created_at)}\n  previous {m.previous_bundle_hash}\n"
        f"  hash {info.bundle_hash}\n  for county key {m.recipient_key_id}\n"
        f"  records: {counts}\n  payload {m.payload_length} bytes, hash matches the manifest\n"
        f"  signature: {signature}",
    )
    return 0
