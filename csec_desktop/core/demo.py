"""The demo vault: a separate data folder with published accounts, for trying the app out.

It holds fictional data only: the app's ``--demo`` seeds a fictional caseload when it first
creates the folder (``csec demo seed`` adds more). The passphrases
are published on purpose, in the sign-in window's banner; the folder is never the real one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from csec_desktop.core.demo_logins import FIELD_WORKER, SUPERVISOR, DemoLogin
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import KdfParams
from csec_desktop.core.vault.session import Session

if TYPE_CHECKING:
    from csec_desktop.core.demo_seed import SeedReport
    from csec_desktop.core.desk import Desk


def ensure_demo_vault(
    data_dir: Path,
    kdf_params: KdfParams | None = None,
    youth: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> DemoLogin:
    """Create the demo vault in ``data_dir`` unless it exists; return the supervisor's login.

    A new vault gets ``youth`` fictional youth (screenings, drafts, duties), so the caseload
    has something to show; an existing one is left as it is. ``progress(done, total)`` is
    called as the youth are added (from the calling thread)."""
    vault = DeviceVault(data_dir, kdf_params=kdf_params)
    if not vault.is_initialized():
        # The recovery code of a demo vault protects nothing; it is not kept.
        session, _code = vault.initialize(
            SUPERVISOR.username, SUPERVISOR.display_name, SUPERVISOR.passphrase
        )
        try:
            # Marked, so sync refuses it even if the published accounts are renamed.
            session.db.execute("INSERT INTO meta VALUES ('demo', '1')")
            session.add_account(
                FIELD_WORKER.username,
                FIELD_WORKER.display_name,
                FIELD_WORKER.role,
                FIELD_WORKER.passphrase,
            )
            if youth > 0:
                _seed(session, youth, progress)
        finally:
            session.sign_out()
    return SUPERVISOR


def _seed(session: Session, youth: int, progress: Callable[[int, int], None] | None) -> None:
    # Imported here: seeding pulls in the instruments and records, which a plain sign-in
    # window does not need.
    from csec_desktop.core.desk import Desk

    seed_demo_caseload(Desk(session), youth, progress=progress)


def seed_demo_caseload(
    desk: Desk, youth: int, seed: int = 2015, progress: Callable[[int, int], None] | None = None
) -> SeedReport:
    """Add ``youth`` fictional youth (screenings, drafts, duties) on the desk's clock, and share
    half of the new ones with the demo worker (``share_with_demo_worker``). ``seed``: the same
    seed gives the same names; ``progress(done, total)`` as youth are added."""
    from csec_desktop.core.demo_seed import seed_caseload
    from csec_desktop.core.instruments import shipped_registry

    before = {record.id for record in desk.youth.all()}
    report = seed_caseload(
        desk.ctx, shipped_registry(), desk.policy.screening, youth, seed=seed, progress=progress
    )
    share_with_demo_worker(desk, [r.id for r in desk.youth.all() if r.id not in before])
    return report


def share_with_demo_worker(desk: Desk, youth_ids: list[str]) -> None:
    """The demo worker sees half of these youth (shared with them); the supervisor sees all,
    so both demo sign-ins show what a role changes."""
    for youth_id in youth_ids[::2]:
        desk.access.share(youth_id, FIELD_WORKER.username)
