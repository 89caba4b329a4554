"""The names of a vault's files in its data folder, and whether a vault is there.

Plain path checks with no vault code, so the app can tell the sign-in window from first-run
setup before it loads SQLCipher and the key-slot cryptography.
"""

from __future__ import annotations

from pathlib import Path

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"


def vault_exists(data_dir: Path) -> bool:
    """Both files present: the key slots and the encrypted database."""
    return (data_dir / KEYS_NAME).exists() and (data_dir / DB_NAME).exists()
