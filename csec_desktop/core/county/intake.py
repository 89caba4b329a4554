"""County intake of one bundle file: verify everything, import in one transaction, answer with
a signed receipt.

Order of checks (the first failure stops everything, nothing is imported, and the error names
exactly what failed): framing and size caps → envelope form → device enrolled → signature →
manifest members → registry and revocation → recipient → sequence and chain → payload length
and hash → key unwrap and decryption → decompressed size and record counts → record structure.
Then one transaction imports the records, stores the receipt, moves the device's chain
position and audits the import; the receipt file is written after the commit (a lost receipt
file is re-issued by importing the same bundle again).

Sequence and chain, with the device's last imported bundle ``s`` (hash ``h``):

- the same bundle as ``s``: a **duplicate**; nothing changes and the stored receipt is
  written again, so importing twice equals importing once;
- ``s+1`` linking to ``h``: the next bundle, imported;
- beyond ``s+1`` but linking to ``h``: numbers were **skipped after an interrupted export**
  (the laptop commits each number before writing and never reuses one): imported, and the skip
  is flagged in ``county_flags``;
- beyond ``s+1`` linking elsewhere: a **gap**, a bundle the laptop wrote is missing: refused
  until it is imported, unless a person declares it lost (``accept_gap``; its records are
  re-sent by the laptop, which re-sends everything not yet acknowledged);
- ``s+1`` (or ``s``) with another history: a **fork**; older than ``s``: a **replay**.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.clock import to_iso
from csec_desktop.core.county.audit_chain import check_audit_chain
from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.county.errors import ForkError, GapError, ReplayError
from csec_desktop.core.county.importer import import_records
from csec_desktop.core.county.possible_duplicates import flag_possible_duplicates
from csec_desktop.core.county.records_check import check_structure
from csec_desktop.core.errors import CsecError, UsageError
from csec_desktop.core.names.match import NameMatcher
from csec_desktop.core.names.nicknames import county_nicknames
from csec_desktop.core.sync.bundle import open_bundle
from csec_desktop.core.sync.canonical import parse_json_strict, req_uuid
from csec_desktop.core.sync.container import Frame, Limits, read_source
from csec_desktop.core.sync.dsse import parse_envelope
from csec_desktop.core.sync.errors import (
    FormatError,
    PayloadHashError,
    UnknownDeviceError,
    WrongRecipientError,
)
from csec_desktop.core.sync.manifest import PAYLOAD_TYPE, BundleManifest, classify_sequence
from csec_desktop.core.sync.receipt import make_receipt
from csec_desktop.core.vault.audit import AuditEvent, AuditLog
from csec_desktop.core.vault.database import Database

SKIPPED_FLAG = "sequence_skipped"


@dataclass(frozen=True)
class ImportResult:
    path: Path
    device_id: str
    sequence: int
    bundle_hash: str
    status: Literal["imported", "duplicate"]
    counts: dict[str, int]  # records by fate
    receipt: bytes
    receipt_path: Path
    note: str  # e.g. the sequence skip, or '' when the bundle simply came next
    possible_duplicates: int


def receipt_path_for(bundle: Path, receipt_dir: Path | None) -> Path:
    return (receipt_dir or bundle.parent) / f"{bundle.stem}.receipt.json"


def receipt_place_problem(bundles: list[Path], receipt_dir: Path | None) -> str | None:
    """Why a receipt could not be written for one of ``bundles`` (checked before anything is
    imported, so an import is never committed without its receipt), or ``None``."""
    for bundle in bundles:
        folder = receipt_path_for(bundle, receipt_dir).parent
        if not folder.exists():
            return f"the receipt folder {folder} does not exist"
        if not folder.is_dir():
            return f"the receipt folder {folder} is a file, not a folder"
        if not os.access(folder, os.W_OK | os.X_OK):
            return f"this account cannot write receipts into {folder}"
    return None


def _write_receipt(target: Path, receipt: bytes, sequence: int) -> None:
    try:
        atomic_write(target, receipt, overwrite=True, verify=True)
    except OSError as exc:
        raise CsecError(
            f"bundle {sequence} was imported, but its receipt could not be written to {target} "
            f"({exc.strerror or 'write failed'}); import the same bundle again to write the "
            "receipt (nothing is imported twice)"
        ) from None


def _verified_manifest(
    path: Path, authority: CountyAuthority, expected_device: str | None = None
) -> tuple[BundleManifest, str, Frame]:
    """Steps up to the payload hash, without decrypting."""
    limits = Limits()
    frame = read_source(path, limits, keep_payload=False)
    envelope = parse_envelope(
        frame.envelope, "bundle", payload_type=PAYLOAD_TYPE, max_size=limits.max_manifest
    )
    doc = parse_json_strict(envelope.payload, "bundle manifest")
    if not isinstance(doc, dict) or "device_id" not in doc:
        raise FormatError("bundle manifest has no device_id")
    device_id = req_uuid(doc, "device_id", "bundle manifest")  # read only to choose the key
    if expected_device is not None and device_id != expected_device:
        raise UnknownDeviceError(
            f"bundle comes from device {device_id}, not from device {expected_device} that "
            "sent it; a laptop uploads only its own bundles"
        )
    trust = authority.current_trust()
    key = trust.device_public_key(device_id)
    if key is None:
        raise UnknownDeviceError(f"bundle comes from device {device_id}, which is not enrolled")
    manifest = BundleManifest.from_json(
        parse_json_strict(envelope.verify(key, "bundle"), "bundle manifest")
    )
    trust.authorize_bundle(manifest)
    if manifest.recipient_key_id != trust.encryption_key_id:
        raise WrongRecipientError(
            f"bundle is addressed to county key {manifest.recipient_key_id}, not this county's "
            f"({trust.encryption_key_id}); was it made for another county?"
        )
    return manifest, hashlib.sha256(frame.envelope).hexdigest(), frame


def _chain_note(
    db: Database, manifest: BundleManifest, bundle_hash: str, accept_gap: bool
) -> str | None:
    """None for a duplicate; otherwise '' or a note to flag. Raises for replay, fork, gap."""
    last_seq, last_hash = db.execute(
        "SELECT last_sequence, last_bundle_hash FROM county_devices WHERE device_id = ?",
        (manifest.device_id,),
    ).fetchone()
    kind = classify_sequence(int(last_seq), last_hash, manifest, bundle_hash)
    seq, device = manifest.sequence, manifest.device_id
    if kind == "duplicate":
        return None
    if kind == "next":
        return ""
    if kind == "replay":
        raise ReplayError(
            f"bundle {seq} from device {device} is older than bundle {last_seq}, the last "
            "imported from it: a replayed or already imported bundle; nothing imported"
        )
    if kind == "fork":
        raise ForkError(
            f"bundle {seq} from device {device} does not continue the chain of bundle "
            f"{last_seq} imported from it (a restored backup or a copied device key?); "
            "nothing imported; a person must look into this device"
        )
    missing = f"{last_seq + 1}" if seq == last_seq + 2 else f"{last_seq + 1} to {seq - 1}"
    if manifest.previous_bundle_hash == last_hash:
        return f"sequence {missing} skipped after an interrupted export on the laptop"
    if accept_gap:
        return f"bundle(s) {missing} declared lost by the county; imported after a gap"
    raise GapError(
        f"bundle {seq} from device {device} follows a bundle the county has not imported: "
        f"bundle(s) {missing} are missing; import them first (or declare them lost)"
    )


def stored_receipt(db: Database, bundle_hash: str) -> bytes | None:
    row = db.execute(
        "SELECT receipt FROM county_bundles WHERE bundle_hash = ?", (bundle_hash,)
    ).fetchone()
    return bytes(row[0]) if row else None


def import_bundle(
    db: Database,
    audit: AuditLog,
    actor: str,
    authority: CountyAuthority,
    path: Path,
    now: datetime,
    *,
    receipt_dir: Path | None = None,
    accept_gap: bool = False,
    any_imported_is_duplicate: bool = False,
    write_receipt: bool = True,
    expected_device: str | None = None,
) -> ImportResult:
    """Verify and import one bundle file (``db``: the county's intake store).

    ``any_imported_is_duplicate``: a bundle imported at any time before answers with its
    stored receipt (the receiving service is idempotent by bundle hash); otherwise only the
    device's last bundle does, and an older one is a replay. ``write_receipt``: also write the
    receipt file (the folder path, whose place is checked before anything is imported); the
    service answers with the receipt instead. ``expected_device``: the device that signed the
    upload; a bundle of another is refused.
    """
    if write_receipt:
        problem = receipt_place_problem([path], receipt_dir)
        if problem is not None:
            raise UsageError(f"{problem}; nothing was imported")
    manifest, bundle_hash, frame = _verified_manifest(path, authority, expected_device)
    target = receipt_path_for(path, receipt_dir)

    def duplicate(receipt: bytes) -> ImportResult:
        if write_receipt:
            _write_receipt(target, receipt, manifest.sequence)
        return ImportResult(path, manifest.device_id, manifest.sequence, bundle_hash,
                            "duplicate", {}, receipt, target, "", 0)  # fmt: skip

    # The payload is checked before a bundle is called a duplicate: the bundle's hash is its
    # signed manifest's, so a copy with a damaged or altered payload has the same hash and
    # must be refused as what it is, not answered "already imported".
    if frame.payload_length != manifest.payload_length:
        raise PayloadHashError(
            f"bundle payload is {frame.payload_length} bytes, the manifest says "
            f"{manifest.payload_length}"
        )
    if frame.payload_sha256 != manifest.payload_sha256:
        raise PayloadHashError("bundle payload hash differs from the signed manifest")
    known = stored_receipt(db, bundle_hash) if any_imported_is_duplicate else None
    if known is not None:
        return duplicate(known)
    if _chain_note(db, manifest, bundle_hash, accept_gap) is None:  # refuse early, cheaply
        return duplicate(stored_receipt(db, bundle_hash) or b"")
    trust = authority.current_trust()
    opened = open_bundle(
        path, trust.device_public_key, authority.keys.encryption,
        authorize=trust.authorize_bundle,
    )  # fmt: skip
    if opened.bundle_hash != bundle_hash:
        raise PayloadHashError("the bundle file changed while it was being imported")
    check_structure(opened.records)
    stamp = to_iso(now)
    with db.transaction():
        # Checked again under the store's write lock: another desk or service process may
        # have imported this very bundle (or the one before it) while this one was decrypted.
        note = _chain_note(db, manifest, bundle_hash, accept_gap)
        chain_problems: list[tuple[str, str]] = []
        if note is None:
            receipt = stored_receipt(db, bundle_hash) or b""
        else:
            chain_problems = check_audit_chain(db, manifest, opened.records)
            tally = import_records(db, opened.records, manifest.device_id, bundle_hash, stamp,
                                   strings_nfc=opened.strings_nfc)  # fmt: skip
            matcher = NameMatcher(county_nicknames(authority.policy))
            flagged = flag_possible_duplicates(db, tally.accepted_youth, stamp, matcher)
            receipt = make_receipt(
                authority.keys.receipt,
                county_id=authority.county_id,
                manifest=manifest,
                bundle_hash=bundle_hash,
                records=tally.fates,
                received_at=now.replace(microsecond=0),
            )
            db.execute(
                "INSERT INTO county_bundles VALUES (?, ?, ?, ?, ?, ?, ?)",
                (bundle_hash, manifest.bundle_id, manifest.device_id, manifest.sequence, stamp,
                 len(tally.fates), receipt),
            )  # fmt: skip
            db.execute(
                "UPDATE county_devices SET last_sequence = ?, last_bundle_hash = ? "
                "WHERE device_id = ?",
                (manifest.sequence, bundle_hash, manifest.device_id),
            )
            flags = ([(SKIPPED_FLAG, note)] if note else []) + chain_problems
            db.conn.executemany(
                "INSERT INTO county_flags (device_id, bundle_hash, flag, detail, at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(manifest.device_id, bundle_hash, flag, detail, stamp) for flag, detail in flags],
            )
            audit.append(
                AuditEvent.RECORD_IMPORTED,
                actor,
                manifest.bundle_id,
                {"device": manifest.device_id, "sequence": manifest.sequence, **tally.counts,
                 "possible_duplicates": flagged, "chain_problems": len(chain_problems)},
            )  # fmt: skip
    if note is None:
        return duplicate(receipt)
    if write_receipt:
        _write_receipt(target, receipt, manifest.sequence)
    shown = "; ".join([note, *(detail for _flag, detail in chain_problems)] if note else
                      [detail for _flag, detail in chain_problems])  # fmt: skip
    return ImportResult(path, manifest.device_id, manifest.sequence, bundle_hash, "imported",
                        tally.counts, receipt, target, shown, flagged)  # fmt: skip
