"""County check of each laptop's audit chain, bundle by bundle (security finding 3).

Every bundle carries the audit entries written since the last one, and its signed manifest
names the laptop's audit head (``audit_seq``, ``audit_hash``) and its key file generation. The
county keeps, per device, the last head it saw and every entry it received, and flags (in
``county_flags``; the import still goes ahead, since records must not be lost):

- an entry whose hash does not match its content, or that does not follow the entry before it;
- an entry the county already holds under the same number with a different hash (rewritten);
- a head lower than the last one seen (a truncated log or a vault copied back);
- a head that is not the last entry sent (entries held back);
- a key file generation lower than the last one seen (a restored key file).

Nothing here trusts the laptop's own ``vault check``: anyone with the data key can re-hash a
whole chain on the laptop, but not the entries the county already holds.
"""

from __future__ import annotations

import json
from typing import Any

from csec_desktop.core.sync.manifest import BundleManifest
from csec_desktop.core.vault.audit import GENESIS, row_hash
from csec_desktop.core.vault.database import Database

AUDIT_FLAG = "audit_chain"
KEY_FILE_FLAG = "key_file_rollback"


def _entry_hash(event: dict[str, Any]) -> str:
    detail = json.dumps(event.get("detail", {}), sort_keys=True, separators=(",", ":"))
    return row_hash(
        int(event["seq"]), str(event.get("at", "")), event.get("actor"), str(event["event"]),
        event.get("subject"), detail, str(event.get("prev_hash", "")),
    )  # fmt: skip


def check_audit_chain(
    db: Database, manifest: BundleManifest, records: list[dict[str, Any]]
) -> list[tuple[str, str]]:
    """The (flag, detail) problems of this bundle's audit entries and head; updates the
    device's last head and key generation. Runs inside the import transaction."""
    device = manifest.device_id
    last_seq, last_hash, last_generation = db.execute(
        "SELECT audit_seq, audit_hash, key_generation FROM county_devices WHERE device_id = ?",
        (device,),
    ).fetchone()
    last_seq, last_hash = int(last_seq or 0), str(last_hash or GENESIS)
    held = dict(
        db.execute(
            "SELECT seq, hash FROM county_device_audit WHERE device_id = ?", (device,)
        ).fetchall()
    )
    events = sorted(
        (r for r in records if r.get("kind") == "audit_event"), key=lambda r: int(r["seq"])
    )
    problems: list[tuple[str, str]] = []
    known = {int(k): str(v) for k, v in held.items()}
    for event in events:
        seq, digest = int(event["seq"]), str(event.get("hash", ""))
        if _entry_hash(event) != digest:
            problems.append((AUDIT_FLAG, f"audit entry {seq} does not match its hash (altered)"))
        if seq in known and known[seq] != digest:
            problems.append(
                (AUDIT_FLAG, f"audit entry {seq} differs from the one received before (rewritten)")
            )
        before = GENESIS if seq == 1 else known.get(seq - 1)
        if before is not None and event.get("prev_hash") != before:
            problems.append((AUDIT_FLAG, f"audit entry {seq} does not follow entry {seq - 1}"))
        elif before is None:
            problems.append((AUDIT_FLAG, f"audit entries before {seq} never reached the county"))
        known.setdefault(seq, digest)
    head_seq, head_hash = manifest.audit_seq, manifest.audit_hash
    if head_seq < last_seq:
        problems.append(
            (AUDIT_FLAG, f"the laptop's audit log ends at entry {head_seq}, but the county "
             f"already saw entry {last_seq} (a truncated log or a vault copied back)")
        )  # fmt: skip
    elif head_seq and known.get(head_seq) != head_hash:
        problems.append((AUDIT_FLAG, f"the audit head {head_seq} is not an entry that was sent"))
    if manifest.key_generation < int(last_generation or 0):
        problems.append(
            (KEY_FILE_FLAG, f"key file generation {manifest.key_generation} is lower than "
             f"{last_generation}, seen before (an old key file was restored)")
        )  # fmt: skip
    if head_seq >= last_seq:
        db.execute(
            "UPDATE county_devices SET audit_seq = ?, audit_hash = ? WHERE device_id = ?",
            (head_seq, head_hash, device),
        )
    # Only ever raised; written without SQLite's two-argument max() so PostgreSQL runs it too.
    db.execute(
        "UPDATE county_devices SET key_generation = ? "
        "WHERE device_id = ? AND coalesce(key_generation, 0) < ?",
        (manifest.key_generation, device, manifest.key_generation),
    )
    return problems
