"""``csec vault init|check|unlock-test``."""

from __future__ import annotations

import argparse
import time
from typing import Any

from csec_desktop.cli.common import (
    add_data_dir,
    add_json,
    add_passphrase_stdin,
    emit,
    read_secrets,
    require_vault,
    signed_in,
    vault_from,
)
from csec_desktop.core.errors import (
    IntegrityError,
    KeyFileMismatch,
    KeyFileRolledBack,
    UsageError,
)
from csec_desktop.core.vault.integrity import check_vault


def register(groups: Any) -> None:
    vault = groups.add_parser("vault", help="create and check the encrypted vault")
    sub = vault.add_subparsers(title="vault commands", metavar="ACTION", required=True)

    init = sub.add_parser("init", help="create the vault and its first supervisor account")
    add_data_dir(init)
    init.add_argument("--username", required=True, help="the first supervisor's user name")
    init.add_argument("--display-name", required=True, help="the name shown for that account")
    add_passphrase_stdin(init, "the supervisor's new passphrase, then it again")
    add_json(init)
    init.set_defaults(func=_init)

    check = sub.add_parser(
        "check", help="verify encryption, database integrity and the audit chain"
    )
    add_data_dir(check)
    check.add_argument("--username", required=True, help="an account to open the vault with")
    add_passphrase_stdin(check, "that account's passphrase")
    add_json(check)
    check.set_defaults(func=_check)

    recover = sub.add_parser(
        "recover",
        help="a supervisor who forgot the passphrase sets a new one with the recovery code",
    )
    add_data_dir(recover)
    recover.add_argument("--username", required=True, help="the supervisor's user name")
    add_passphrase_stdin(
        recover, "the recovery code, then the new passphrase, then the new passphrase again"
    )
    add_json(recover)
    recover.set_defaults(func=_recover)

    unlock = sub.add_parser("unlock-test", help="check a passphrase opens the vault, and time it")
    add_data_dir(unlock)
    unlock.add_argument("--username", required=True)
    add_passphrase_stdin(unlock, "the passphrase")
    add_json(unlock)
    unlock.set_defaults(func=_unlock_test)


def _init(args: argparse.Namespace) -> int:
    vault = vault_from(args)
    passphrase, again = read_secrets(2, ("New passphrase: ", "New passphrase again: "))
    if passphrase != again:
        raise UsageError("The two passphrases differ; nothing was created.")
    session, recovery = vault.initialize(args.username, args.display_name, passphrase)
    session.sign_out()
    emit(
        args,
        {"data_dir": str(vault.data_dir), "recovery_code": recovery},
        f"Vault created in {vault.data_dir}.\n"
        f"Recovery code (shown once; store it on paper in a locked place): {recovery}",
    )
    return 0


def _recover(args: argparse.Namespace) -> int:
    vault = require_vault(vault_from(args))
    code, new, again = read_secrets(
        3, ("Recovery code: ", "New passphrase: ", "New passphrase again: ")
    )
    if new != again:
        raise UsageError("The two new passphrases differ; nothing was changed.")
    session, new_code = vault.recover(code, args.username, new)
    session.sign_out()
    emit(
        args,
        {"username": session.account.username, "recovery_code": new_code},
        f"New passphrase set for {session.account.username}.\n"
        "The recovery code you used no longer works. The NEW recovery code (shown once; "
        f"write it on paper and keep it locked away): {new_code}",
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    try:
        with signed_in(args) as session:
            report = check_vault(session)
    except (KeyFileRolledBack, KeyFileMismatch) as exc:
        # The check's own finding, not a failed sign-in: it must never read as "OK".
        raise IntegrityError(f"Vault NOT OK: {exc.message}") from None
    if not report.ok:
        raise IntegrityError(report.problem)
    emit(args, report.as_dict(), report.summary())
    return 0


def _unlock_test(args: argparse.Namespace) -> int:
    vault = require_vault(vault_from(args))
    (passphrase,) = read_secrets(1)
    started = time.perf_counter()
    session = vault.sign_in(args.username, passphrase)
    elapsed = time.perf_counter() - started
    session.sign_out()
    emit(args, {"ok": True, "seconds": round(elapsed, 3)}, f"Unlocked in {elapsed:.2f} s.")
    return 0
