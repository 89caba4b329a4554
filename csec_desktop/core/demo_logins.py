"""The demo vault's published accounts and folder: plain values, no vault code.

Apart from ``demo`` (which creates the vault) so the sign-in window can show the demo banner
before the vault layer has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from csec_desktop.core.paths import default_data_dir
from csec_desktop.core.vault.roles import Role

DEMO_FOLDER = "demo"


@dataclass(frozen=True)
class DemoLogin:
    username: str
    passphrase: str
    display_name: str
    role: Role


SUPERVISOR = DemoLogin(
    "demo.supervisor", "harbor lantern morning", "Demo Supervisor", Role.SUPERVISOR
)
FIELD_WORKER = DemoLogin(
    "demo.worker", "quiet meadow compass", "Demo Social Worker", Role.FIELD_WORKER
)
DEMO_LOGINS = (SUPERVISOR, FIELD_WORKER)


def demo_data_dir(data_dir: Path | None = None) -> Path:
    """``data_dir`` when given, else a ``demo`` subfolder, apart from the real vault's files."""
    return data_dir if data_dir is not None else default_data_dir() / DEMO_FOLDER
