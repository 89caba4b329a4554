"""``csec demo seed``: fill a demo vault with fictional youth (for demos and benchmarks).

Only a demo vault is ever seeded: the command signs in with the published demo supervisor's
passphrase, which a real vault does not accept, so real data can never be mixed with fiction.
It ends by printing the demo sign-ins (user name, role and the published demo passphrase).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import add_json, emit
from csec_desktop.core.demo import ensure_demo_vault, seed_demo_caseload
from csec_desktop.core.demo_logins import DEMO_LOGINS, SUPERVISOR, demo_data_dir
from csec_desktop.core.desk import Desk
from csec_desktop.core.display_words import count_words
from csec_desktop.core.errors import AuthError, UsageError
from csec_desktop.core.vault.device_vault import DeviceVault


def register(groups: Any) -> None:
    demo = groups.add_parser("demo", help="fictional data for demos and benchmarks")
    sub = demo.add_subparsers(title="demo commands", metavar="ACTION", required=True)
    seed = sub.add_parser("seed", help="create or fill a demo vault with fictional youth")
    seed.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="the demo data folder (default: the demo folder beside your data)",
    )
    seed.add_argument("--youth", type=int, required=True, help="how many fictional youth to add")
    seed.add_argument("--seed", type=int, default=2015, help="random seed (same seed, same names)")
    add_json(seed)
    seed.set_defaults(func=_seed)


def _seed(args: argparse.Namespace) -> int:
    if not 1 <= args.youth <= 200_000:
        raise UsageError("--youth must be between 1 and 200000")
    folder = demo_data_dir(args.data_dir)
    created = not DeviceVault(folder).is_initialized()
    ensure_demo_vault(folder)
    try:
        session = DeviceVault(folder).sign_in(SUPERVISOR.username, SUPERVISOR.passphrase)
    except AuthError:
        raise UsageError(
            f"{folder} is not a demo vault; fictional youth are only added to demo vaults"
        ) from None
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if total >= 1000 and not args.json:
            sys.stderr.write(f"\r{done} of {total} youth")
            sys.stderr.flush()

    try:
        report = seed_demo_caseload(Desk(session), args.youth, seed=args.seed, progress=progress)
    finally:
        session.sign_out()
    if args.youth >= 1000 and not args.json:
        sys.stderr.write("\n")
    seconds = time.perf_counter() - started
    # The demo's passphrases are published (the demo sign-in banner shows them): fiction only.
    sign_ins = [
        {
            "username": login.username,
            "display_name": login.display_name,
            "role": str(login.role),
            "passphrase": login.passphrase,
        }
        for login in DEMO_LOGINS
    ]
    lines = [
        f"Added {count_words(report.youth, 'fictional youth', 'fictional youth')} to {folder}: "
        f"{count_words(report.completed, 'completed form', 'completed forms')} "
        f"(screenings and assessments), {count_words(report.drafts, 'draft')}, "
        f"{count_words(report.duties, 'duty', 'duties')} ({seconds:.0f} s).",
        ("Created the demo vault. " if created else "")
        + "Sign in with (demo passphrases are published; fictional data only):",
    ]
    lines += [
        f"  {login.role.label}: user name {login.username}, "
        f"passphrase \u201c{login.passphrase}\u201d"
        for login in DEMO_LOGINS
    ]
    emit(
        args,
        {
            "data_dir": str(folder),
            "youth": report.youth,
            "completed": report.completed,
            "drafts": report.drafts,
            "duties": report.duties,
            "seconds": round(seconds, 1),
            "vault_created": created,
            "sign_ins": sign_ins,
        },
        "\n".join(lines),
    )
    return 0
