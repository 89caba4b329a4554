"""``csec user add|list|unlock|disable|enable|reset|passwd``: account management from a script.

Commands that act for a supervisor take ``--as NAME`` and read that supervisor's passphrase as
the first line of standard input.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from csec_desktop.cli.common import (
    add_data_dir,
    add_json,
    add_passphrase_stdin,
    emit,
    read_secrets,
    signed_in,
)
from csec_desktop.core.errors import CsecError, RekeyDeferred, UsageError
from csec_desktop.core.vault.accounts import normalize_username
from csec_desktop.core.vault.roles import Role


def register(groups: Any) -> None:
    user = groups.add_parser("user", help="manage accounts on this laptop")
    sub = user.add_subparsers(title="user commands", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="add an account (supervisor)")
    _common(add, "the supervisor's passphrase, then the new account's passphrase, then it again")
    add.add_argument("--username", required=True)
    add.add_argument("--display-name", required=True)
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.set_defaults(func=_add)

    listing = sub.add_parser("list", help="list accounts and whether each is locked")
    _common(listing, "the passphrase of the account named by --as")
    add_json(listing)
    listing.set_defaults(func=_list)

    unlock = sub.add_parser("unlock", help="unlock an account locked by failed sign-ins")
    _common(unlock, "the supervisor's passphrase")
    unlock.add_argument(
        "username", nargs="?", help="the account to unlock (or give --recovery-code)"
    )
    unlock.add_argument(
        "--recovery-code", action="store_true",
        help="lift the lock that wrong recovery codes put on the recovery code",
    )  # fmt: skip
    unlock.set_defaults(func=_unlock)

    disable = sub.add_parser(
        "disable",
        help="turn an account off (supervisor); the vault is re-keyed so a copy of its key "
        "slot opens nothing",
    )
    _common(disable, "the supervisor's passphrase")
    disable.add_argument("username", help="the account to turn off")
    disable.set_defaults(func=_disable)

    reset = sub.add_parser(
        "reset", help="set a new passphrase for another account (supervisor); re-keys the vault"
    )
    _common(reset, "the supervisor's passphrase, then the new passphrase, then it again")
    reset.add_argument("username", help="the account whose passphrase is reset")
    reset.set_defaults(func=_reset)

    enable = sub.add_parser(
        "enable", help="turn a turned-off account on again with a new passphrase (supervisor)"
    )
    _common(enable, "the supervisor's passphrase, then the new passphrase, then it again")
    enable.add_argument("username", help="the account to turn on")
    enable.set_defaults(func=_enable)

    passwd = sub.add_parser("passwd", help="change your own passphrase; re-keys the vault")
    add_data_dir(passwd)
    passwd.add_argument("--username", required=True)
    add_passphrase_stdin(passwd, "the current passphrase, then the new one, then it again")
    passwd.set_defaults(func=_passwd)


def _common(parser: argparse.ArgumentParser, secrets: str) -> None:
    add_data_dir(parser)
    parser.add_argument("--as", dest="actor", required=True, help="your (supervisor) user name")
    add_passphrase_stdin(parser, secrets)


def _add(args: argparse.Namespace) -> int:
    actor_secret, new_secret = _supervisor_and_new()
    with signed_in(args, username=args.actor, passphrase=actor_secret) as session:
        account = session.add_account(args.username, args.display_name, Role(args.role), new_secret)
    print(f"Added {account.username} ({account.role.label}).")
    return 0


def _list(args: argparse.Namespace) -> int:
    with signed_in(args, username=args.actor) as session:
        rows = session.list_accounts()
    data = [
        {"username": a.username, "role": a.role.value, "active": a.active, "locked": locked}
        for a, locked in rows
    ]
    lines = [
        f"{a.username:<24} {a.role.label:<22} "
        f"{'locked' if locked else ('active' if a.active else 'turned off')}"
        for a, locked in rows
    ]
    emit(args, data, "\n".join(lines))
    return 0


def _unlock(args: argparse.Namespace) -> int:
    if (args.username is None) == (not args.recovery_code):
        raise UsageError("give the account to unlock, or --recovery-code (one of the two)")
    with signed_in(args, username=args.actor) as session:
        if args.recovery_code:
            session.unlock_recovery_code()
        else:
            session.unlock_account(args.username)
    print("The recovery code can be used again." if args.recovery_code
          else f"Unlocked {args.username.strip().lower()}.")  # fmt: skip
    return 0


def _disable(args: argparse.Namespace) -> int:
    name = args.username.strip().lower()
    with signed_in(args, username=args.actor) as session:
        try:
            session.set_active(args.username, False)
        except RekeyDeferred:
            # The account is off (its slot is gone); only the new data key is owed.
            print(f"{name} is turned off.")
            print("The vault could not be given its new key now (another program has it "
                  "open). Close other copies of the app, then sign in once, e.g. "
                  "'csec vault check', to finish giving the vault its new key.",
                  file=sys.stderr)  # fmt: skip
            return 0
    print(f"Turned off {name}; the vault has a new data key.")
    return 0


def _enable(args: argparse.Namespace) -> int:
    secret, new = _supervisor_and_new()
    with signed_in(args, username=args.actor, passphrase=secret) as session:
        session.set_active(args.username, True, new)
    print(f"{args.username.strip().lower()} is turned on again with the new passphrase.")
    return 0


def _reset(args: argparse.Namespace) -> int:
    secret, new = _supervisor_and_new()
    with signed_in(args, username=args.actor, passphrase=secret) as session:
        account = session.accounts.get(normalize_username(args.username))
        if account is not None and not account.active:
            raise CsecError(
                f"{account.username} is turned off; turn it on again with "
                f"'csec user enable {account.username}' first (that sets its new passphrase)."
            )
        unreached = session.reset_passphrase(args.username, new)
    print(f"New passphrase set for {args.username.strip().lower()}; the vault has a new data key.")
    _name_unreached(unreached)
    return 0


def _passwd(args: argparse.Namespace) -> int:
    current, new, again = read_secrets(
        3, ("Current passphrase: ", "New passphrase: ", "New passphrase again: ")
    )
    if new != again:
        raise UsageError("The two new passphrases differ; nothing was changed.")
    if new == current:
        raise UsageError("The new passphrase is the same as the current one; nothing was changed.")
    with signed_in(args, passphrase=current) as session:
        unreached = session.change_passphrase(current, new)
    print("Passphrase changed; the vault has a new data key, so your old passphrase opens "
          "nothing, even with an old copy of vault.keys.")  # fmt: skip
    _name_unreached(unreached)
    return 0


def _supervisor_and_new() -> tuple[str, str]:
    """The supervisor's passphrase and a new one typed twice (a typo would lock the owner out)."""
    secret, new, again = read_secrets(
        3, ("Your passphrase: ", "New passphrase: ", "New passphrase again: ")
    )
    if new != again:
        raise UsageError("The two new passphrases differ; nothing was changed.")
    return secret, new


def _name_unreached(names: list[str]) -> None:
    """Accounts whose old-format key slot could not receive the new data key (``rekey``)."""
    if names:
        print("These accounts need a new passphrase from a supervisor (csec user reset): "
              + ", ".join(names) + ".")  # fmt: skip
