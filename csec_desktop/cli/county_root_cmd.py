"""``csec county root init|delegate|sign-trust``: the county root key, kept offline.

``init`` moves the root out of the county store into its own key file (a new root passphrase,
asked after the county account's); ``delegate`` signs intake's delegation for the county's
current settings; ``sign-trust`` signs a trust file with the root itself. Each writes the new
trust file to ``--out`` for laptops. Passphrases: the county account's on the first line of
standard input, the root's on the second. ``delegate`` and ``sign-trust`` first list what the
root would sign that differs from what it last signed (a staged service address, key pin,
policy, keys, county package) and go on only after a typed ``yes`` on the terminal or with
``--yes`` (standard input carries passphrases, so a script says ``--yes``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import emit, read_secrets
from csec_desktop.cli.county_session import add_county_account, county_signed_in, write_trust_file
from csec_desktop.core.county import root_authority
from csec_desktop.core.errors import UsageError
from csec_desktop.core.passphrase_rules import check_passphrase
from csec_desktop.core.sync.fingerprints import fingerprint_text

_ACTIONS = {
    "init": "take the county root out of the county store into its own key file",
    "delegate": "sign intake's delegation for the county's current settings",
    "sign-trust": "sign the current trust file with the county root itself",
}


def register_root(sub: Any) -> None:
    root = sub.add_parser("root", help="the county root key, kept offline")
    actions = root.add_subparsers(title="root commands", metavar="ACTION", required=True)
    for name, text in _ACTIONS.items():
        parser = actions.add_parser(name, help=text)
        add_county_account(parser, "a county account (then the root passphrase on the next line)")
        parser.add_argument(
            "--key-file", type=Path, required=True,
            help="the root key file (keep it offline, e.g. on removable media in a safe)",
        )  # fmt: skip
        parser.add_argument("--out", type=Path, required=True, help="the trust file to write")
        if name != "init":
            parser.add_argument(
                "--yes", action="store_true",
                help="sign the listed changes without asking (for scripts)",
            )  # fmt: skip
        parser.set_defaults(func=_run, action=name)


def confirm_changes(args: argparse.Namespace, changes: list[str]) -> None:
    """The root signs nothing changed it was not shown: a typed yes, or ``--yes``."""
    if not changes or getattr(args, "yes", False):
        return
    listed = "; ".join(changes)
    if not sys.stdin.isatty():
        raise UsageError(
            f"the county root would sign these changes: {listed}. Check them, then run again "
            "with --yes (or on a terminal, to confirm by typing yes); nothing was signed"
        )
    sys.stderr.write("The county root is about to sign these changes:\n")
    for line in changes:
        sys.stderr.write(f"  {line}\n")
    if input("Type yes to sign them: ").strip().lower() != "yes":
        raise UsageError("not confirmed; nothing was signed")


def _run(args: argparse.Namespace) -> int:
    with county_signed_in(args) as (county, authority):
        changes = [] if args.action == "init" else root_authority.changes_to_sign(authority)
        confirm_changes(args, changes)
        (secret,) = read_secrets(1, ("Root passphrase: ",))
        now = county.vault.clock()
        if args.action == "init":
            secret = check_passphrase(
                secret, county.vault.security().min_passphrase_length, "county-root"
            )
            trust = root_authority.take_root_offline(
                authority, county.vault_session.db, args.key_file, secret, now
            )
        elif args.action == "delegate":
            trust = root_authority.delegate(
                authority, county.vault_session.db, args.key_file, secret, now
            )
        else:
            trust = root_authority.sign_trust(authority, args.key_file, secret, now)
        version = write_trust_file(args.out, trust, authority)
        root = fingerprint_text(authority.root_public)
    done = {
        "init": f"The county root is now only in {args.key_file}; the county store holds "
        "intake's delegation. Keep the file and its passphrase offline, apart.",
        "delegate": "Intake's delegation is signed for the county's current settings.",
        "sign-trust": "The trust file is signed by the county root itself.",
    }[args.action]
    emit(
        args,
        {"action": args.action, "trust_version": version, "out": str(args.out),
         "root_fingerprint": root, "changes_signed": changes},
        f"{done}\n"
        + "".join(f"Signed change: {line}\n" for line in changes)
        + f"County root fingerprint (unchanged): {root}\n"
        f"Trust file version {version} written to {args.out}; laptops fetch it on their next "
        "sync, or install it from the file.",
    )  # fmt: skip
    return 0
