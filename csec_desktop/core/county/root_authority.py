"""What only the offline county root does (security finding 6): ``csec county root …``.

- ``take_root_offline``: move the root key out of the county store into its own file under a
  root passphrase, put a fresh delegate key in its place, sign the first delegation and issue
  a trust file under it. From then on an intake account's passphrase opens the store but not
  the root.
- ``delegate``: sign a new delegation for the county's current settings (after ``set-service``,
  a policy change, or before the delegation expires) and issue a trust file under it.
- ``sign_trust``: issue the current registry as a trust file signed by the root itself.

Each is audited in the county store. The laptop side is ``trust.verify_trust``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.county.root_key import read_root_key, write_root_key
from csec_desktop.core.county.trust_issuer import TRUST_VALID_DAYS
from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync.canonical import parse_json_strict
from csec_desktop.core.sync.delegation import config_digest, make_delegation
from csec_desktop.core.sync.dsse import parse_envelope
from csec_desktop.core.sync.keys import CountyKeys, key_id, public_bytes
from csec_desktop.core.sync.trust import MAX_TRUST_SIZE, PAYLOAD_TYPE, make_trust
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.kdf import KdfParams


def take_root_offline(
    authority: CountyAuthority,
    vault: Database,
    key_file: Path,
    passphrase: str,
    now: datetime,
    params: KdfParams | None = None,
) -> bytes:
    """Write the root to ``key_file`` and remove it from the store (``vault``: the county
    vault holding the keys). Returns the first delegate-signed trust file."""
    if authority.root_offline:
        raise CsecError("The county root is already offline (in its own key file).")
    root = authority.keys.root
    write_root_key(key_file, root, passphrase, params)
    delegate = Ed25519PrivateKey.generate()
    with vault.transaction():
        _install(authority, vault, root, delegate, now)
        vault.execute(
            "UPDATE county_authority SET root_public_key = ?", (public_bytes(root.public_key()),)
        )
        authority.audit.append(
            "county_root_offline", authority.actor, authority.county_id,
            {"root": key_id(root.public_key()), "delegate": key_id(delegate.public_key())},
        )  # fmt: skip
        return authority.issue_trust(now)


def delegate(
    authority: CountyAuthority, vault: Database, key_file: Path, passphrase: str, now: datetime
) -> bytes:
    """A new delegation (and delegate key) for the current settings; the next trust file."""
    root = _open_root(authority, key_file, passphrase)
    with vault.transaction():
        _install(authority, vault, root, Ed25519PrivateKey.generate(), now)
        authority.audit.append("county_root_delegated", authority.actor, authority.county_id)
        return authority.issue_trust(now)


def sign_trust(authority: CountyAuthority, key_file: Path, passphrase: str, now: datetime) -> bytes:
    """The current registry and settings as a trust file signed by the root itself."""
    root = _open_root(authority, key_file, passphrase)
    signer = CountyAuthority.__new__(CountyAuthority)
    signer.__dict__.update(authority.__dict__)
    signer.keys = CountyKeys(root, authority.keys.receipt, authority.keys.encryption)
    signer.delegation = None
    data = signer.issue_trust(now)
    authority.audit.append("county_root_signed_trust", authority.actor, authority.county_id)
    return data


def changes_to_sign(authority: CountyAuthority) -> list[str]:
    """What the root would sign now that differs from what it last signed (the latest trust
    file): one line per changed setting, for the operator to read before confirming. Empty
    when only the registry or the dates change."""
    if authority.db.execute("SELECT count(*) FROM county_trust_files").fetchone()[0] == 0:
        return []
    last, now = authority.current_trust(), authority.trust_content()
    lines: list[str] = []
    was, will = last.service, now["service"]
    if (was and was.url) != (will and will.url):
        lines.append(
            f"service address: {was.url if was else '(none)'} -> {will.url if will else '(none)'}"
        )
    if (was and was.tls_spki_sha256) != (will and will.tls_spki_sha256):
        lines.append(
            f"service TLS key pin: {was.tls_spki_sha256 if was else '(none)'} -> "
            f"{will.tls_spki_sha256 if will else '(none)'}"
        )
    if last.county_name != now["county_name"]:
        lines.append(f"county name: {last.county_name} -> {now['county_name']}")
    if last.policy != now["policy"]:
        lines.append("county policy: changed")
    keys = authority.keys
    if key_id(last.receipt_public_key) != key_id(keys.receipt.public_key()):
        lines.append("receipt signing key: replaced")
    if public_bytes(last.encryption_public_key) != public_bytes(keys.encryption.public_key()):
        lines.append("bundle encryption key: replaced")
    if last.county_package != now["county_package"]:
        lines.append("county instrument package: changed")
    return lines


def install_delegation(
    authority: CountyAuthority,
    vault: Database,
    root: Ed25519PrivateKey,
    now: datetime,
    county_package: bytes | None = None,
) -> None:
    """A fresh delegate key and a delegation covering the settings and ``county_package`` (a
    package the root just signed, see ``instrument_publish``); audited."""
    _install(authority, vault, root, Ed25519PrivateKey.generate(), now, county_package)
    authority.audit.append("county_root_delegated", authority.actor, authority.county_id)


def open_root(authority: CountyAuthority, key_file: Path, passphrase: str) -> Ed25519PrivateKey:
    """The county root from its key file; CsecError when it is another county's."""
    return _open_root(authority, key_file, passphrase)


def _open_root(authority: CountyAuthority, key_file: Path, passphrase: str) -> Ed25519PrivateKey:
    root = read_root_key(key_file, passphrase)
    if key_id(root.public_key()) != key_id(authority.root_public):
        raise CsecError(f"{key_file.name} holds another county's root key, not this county's.")
    return root


def _install(
    authority: CountyAuthority,
    vault: Database,
    root: Ed25519PrivateKey,
    delegate_key: Ed25519PrivateKey,
    now: datetime,
    county_package: bytes | None = None,
) -> None:
    """Sign a delegation to ``delegate_key`` covering the settings a trust file issued now
    would carry (with ``county_package`` when one is being published), and keep both in the
    store (the root goes nowhere)."""
    keys = CountyKeys(delegate_key, authority.keys.receipt, authority.keys.encryption)
    draft = make_trust(
        keys, **authority.trust_content(county_package), version=1, issued_at=now, expires=now,
        root_public=root.public_key(),
    )  # fmt: skip
    envelope = parse_envelope(
        draft, "trust file", payload_type=PAYLOAD_TYPE, max_size=MAX_TRUST_SIZE
    )
    issued = now.replace(microsecond=0)
    delegation = make_delegation(
        root, delegate_key.public_key(), county_id=authority.county_id,
        config_sha256=config_digest(parse_json_strict(envelope.payload, "trust file")),
        issued_at=issued, expires=issued + timedelta(days=TRUST_VALID_DAYS),
    )  # fmt: skip
    vault.execute(
        "UPDATE county_authority SET private_keys = ?, delegation = ?",
        (keys.to_bytes(), delegation),
    )
    authority.keys, authority.delegation = keys, delegation
    authority.root_public = root.public_key()
