"""The county root key's own file, kept offline (security finding 6).

The root key signs only delegations and, when asked, trust files (``csec county root …``); it
is not in the county store, so an intake account's passphrase cannot reach it. The file
(format ``csec-county-root/1``, JSON, 0600) holds the Ed25519 private key wrapped with
AES-256-GCM under an Argon2id key derived from the root passphrase (RFC 9106 parameters, as
the laptop's key slots), bound to the root's public key. Keep it on removable media in a safe.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.errors import AuthError, CsecError
from csec_desktop.core.sync.keys import b64_public, ed25519_private_from_bytes, private_bytes
from csec_desktop.core.textfile import read_capped
from csec_desktop.core.vault.kdf import SALT_BYTES, KdfParams, derive_key, unwrap, wrap

FORMAT = "csec-county-root/1"


def _aad(public_b64: str) -> bytes:
    return f"{FORMAT}|{public_b64}".encode()


def write_root_key(
    path: Path, root: Ed25519PrivateKey, passphrase: str, params: KdfParams | None = None
) -> None:
    """Write the root key file; refuses to replace an existing file."""
    params = params or KdfParams()
    salt, public = os.urandom(SALT_BYTES), b64_public(root.public_key())
    nonce, wrapped = wrap(derive_key(passphrase, salt, params), private_bytes(root), _aad(public))
    body = {
        "format": FORMAT,
        "public_key": public,
        "kdf": {"alg": "argon2id", "memory_kib": params.memory_kib,
                "iterations": params.iterations, "lanes": params.lanes},
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "wrapped": base64.b64encode(wrapped).decode(),
    }  # fmt: skip
    if path.exists():
        raise CsecError(f"{path.name} already exists; choose another file for the root key")
    atomic_write(path, json.dumps(body, indent=1).encode(), overwrite=False, verify=True)


def read_root_key(path: Path, passphrase: str) -> Ed25519PrivateKey:
    """The root private key. One-line errors: missing, not a root key file, wrong passphrase."""
    try:
        raw = json.loads(read_capped(path, 64 * 1024))
        if raw["format"] != FORMAT:
            raise ValueError("format")
        kdf = raw["kdf"]
        params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
        salt, nonce, wrapped = (base64.b64decode(raw[k], validate=True)
                                for k in ("salt", "nonce", "wrapped"))  # fmt: skip
        public = str(raw["public_key"])
    except FileNotFoundError:
        raise CsecError(f"root key file {path} does not exist") from None
    except OSError as exc:
        raise CsecError(f"root key file {path} cannot be read ({exc.strerror})") from None
    except (ValueError, KeyError, TypeError):
        raise CsecError(f"{path.name} is not a county root key file") from None
    opened = unwrap(derive_key(passphrase, salt, params), nonce, wrapped, _aad(public))
    if opened is None:
        raise AuthError("The root passphrase does not open this root key file.")
    return ed25519_private_from_bytes(opened)
