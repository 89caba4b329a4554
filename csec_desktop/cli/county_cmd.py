"""``csec county``: the county's side, headless. Here the group itself and the authority's
commands: ``init`` (the store and keys), ``enroll`` and ``revoke`` (the device registry, each
writing a new trust file). The other commands live in ``county_*_cmd`` modules, one per
command group.

Every command opens the encrypted county store with a county account's passphrase (from
standard input).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import emit, read_input, read_secrets
from csec_desktop.cli.county_import_cmd import register_import
from csec_desktop.cli.county_instrument_cmd import register_instrument
from csec_desktop.cli.county_report_cmd import register_report
from csec_desktop.cli.county_review_cmd import register_review
from csec_desktop.cli.county_root_cmd import register_root
from csec_desktop.cli.county_serve_cmd import register_serve
from csec_desktop.cli.county_session import (
    CountySession,
    add_county_account,
    county_signed_in,
    write_trust_file,
)
from csec_desktop.core.county.authority import (
    CountyAuthority,
    check_county_id,
    normalize_county_name,
)
from csec_desktop.core.county.store import CountyVault
from csec_desktop.core.county.store_backend import open_store, server_store
from csec_desktop.core.errors import UsageError, ValidationError
from csec_desktop.core.policy import load_policy
from csec_desktop.core.sync.enrollment import MAX_REQUEST_SIZE
from csec_desktop.core.sync.fingerprints import fingerprint_text


def register(groups: Any) -> None:
    county = groups.add_parser("county", help="county authority and intake")
    sub = county.add_subparsers(title="county commands", metavar="ACTION", required=True)

    init = sub.add_parser("init", help="create the county store and keys")
    add_county_account(init, "the first county administrator's user name")
    init.add_argument("--display-name", required=True)
    init.add_argument("--county-id", required=True, help="e.g. alameda")
    init.add_argument("--county-name", required=True, help="e.g. 'Alameda County'")
    init.add_argument("--policy", type=Path, help="county policy file (default: shipped)")
    init.add_argument("--out", type=Path, help="also write the first trust file here")
    init.set_defaults(func=_init)

    enroll = sub.add_parser("enroll", help="enroll a laptop from its request file")
    add_county_account(enroll)
    enroll.add_argument("request_file", type=Path, metavar="REQUEST_FILE")
    enroll.add_argument("--out", type=Path, required=True, help="the new trust file to write")
    enroll.add_argument(
        "--expect-fingerprint", metavar="WORDS", required=True,
        help="the laptop's fingerprint as its worker read it to you (words or hex)",
    )  # fmt: skip
    enroll.set_defaults(func=_enroll)

    revoke = sub.add_parser("revoke", help="revoke a laptop (lost, stolen or retired)")
    add_county_account(revoke)
    revoke.add_argument("device_id", metavar="DEVICE")
    revoke.add_argument(
        "--after-seq", type=int, help="accept its bundles up to this number (default: last)"
    )
    revoke.add_argument("--out", type=Path, required=True, help="the new trust file to write")
    revoke.set_defaults(func=_revoke)

    register_import(sub)
    register_report(sub)
    register_review(sub)
    register_instrument(sub)
    register_root(sub)
    register_serve(sub)


def _init(args: argparse.Namespace) -> int:
    # Every input is checked before anything is written: a refusal after the store exists
    # would leave one that can be neither used nor made again.
    for option, value, check in (
        ("--county-id", args.county_id, check_county_id),
        ("--county-name", args.county_name, normalize_county_name),
    ):
        try:
            check(value)
        except ValidationError as exc:
            raise UsageError(f"{option}: {exc.message} Nothing was written.") from None
    if args.out is not None and args.out.exists():
        raise UsageError(f"--out: {args.out} already exists. Nothing was written.")
    policy = load_policy(args.policy)
    vault = CountyVault(args.county_dir, policy=policy)
    (passphrase,) = read_secrets(1)
    # A PostgreSQL intake store is reached before the vault is made: one that cannot be reached
    # must leave nothing behind (a vault whose recovery code nobody saw could not be made again).
    server = server_store(args.database) if args.database is not None else None
    try:
        session, recovery = vault.initialize(args.username, args.display_name, passphrase)
    except BaseException:
        if server is not None:
            server.close()
        raise
    county = CountySession(session, server or open_store(None, session.db))
    try:
        authority = CountyAuthority.create(
            session.db, county.audit, session.account.username, args.county_id,
            args.county_name, policy.model_dump(mode="json"), vault.clock(), store=county.db,
        )  # fmt: skip
        root = authority.current_trust().root_fingerprint
        if args.out is not None:
            write_trust_file(args.out, authority.current_trust_file(), authority)
    finally:
        county.sign_out()
    emit(
        args,
        {"county_dir": str(args.county_dir), "county_id": args.county_id,
         "root_fingerprint": root, "recovery_code": recovery},
        f"County store created in {args.county_dir} for {authority.county_name}.\n"
        f"County root fingerprint: {root}\n"
        "Read it to each laptop's supervisor by phone or in person; they type it when "
        "installing the trust file.\n"
        f"Recovery code (shown once; store it on paper in a locked place): {recovery}",
    )  # fmt: skip
    return 0


def _enroll(args: argparse.Namespace) -> int:
    data = read_input(args.request_file, "enrollment request", MAX_REQUEST_SIZE)
    with county_signed_in(args) as (session, authority):
        request, trust = authority.enroll(data, session.vault.clock(), args.expect_fingerprint)
        version = write_trust_file(args.out, trust, authority)
    emit(
        args,
        {"device_id": request.device_id, "fingerprint": fingerprint_text(request.public_key),
         "trust_version": version, "out": str(args.out)},
        f"Enrolled device {request.device_id}.\n"
        f"This laptop's fingerprint: {fingerprint_text(request.public_key)} (matched what you "
        "typed)\n"
        f"Trust file version {version} written to {args.out}; install it on the laptop.",
    )  # fmt: skip
    return 0


def _revoke(args: argparse.Namespace) -> int:
    with county_signed_in(args) as (session, authority):
        cutoff, trust = authority.revoke(args.device_id, args.after_seq, session.vault.clock())
        version = write_trust_file(args.out, trust, authority)
    emit(
        args,
        {"device_id": args.device_id, "after_seq": cutoff, "trust_version": version},
        f"Device {args.device_id} revoked: its bundles after number {cutoff} will be refused.\n"
        f"Trust file version {version} written to {args.out}; install it on every laptop.",
    )
    return 0
