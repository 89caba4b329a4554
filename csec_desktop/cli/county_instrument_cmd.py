"""``csec county instrument publish FILE… [--policy P] --out TRUST``: the county signs its
instruments (and, with ``--policy``, its screening policy) into a county package and issues the
next trust file carrying it (``core/county/instrument_publish.py``). Laptops receive it with
that trust update: installed by hand (``csec device trust``), from a folder, or online. With
``--package-out`` the signed package is also written on its own (``csec instrument
install-package`` takes it). ``--translation FILE`` (repeatable) adds or replaces a youth-copy
translation the package carries; the previous package's translations are carried forward.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import emit, read_secrets
from csec_desktop.cli.county_session import add_county_account, county_signed_in, write_trust_file
from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.county import root_authority
from csec_desktop.core.county.instrument_publish import publish_instruments
from csec_desktop.core.errors import UsageError
from csec_desktop.core.instruments import load_instrument_file
from csec_desktop.core.policy import load_policy
from csec_desktop.core.reports.translation_file import (
    MAX_FILE_SIZE,
    Translation,
    parse_translation,
)


def register_instrument(sub: Any) -> None:
    group = sub.add_parser("instrument", help="publish the county's instruments and policy")
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    publish = actions.add_parser(
        "publish", help="sign instruments (+ policy) into a package inside a new trust file"
    )
    add_county_account(publish)
    publish.add_argument("files", type=Path, nargs="+", metavar="FILE", help="definitions")
    publish.add_argument(
        "--policy", type=Path, help="county policy file whose screening policy laptops use"
    )
    publish.add_argument("--out", type=Path, required=True, help="the new trust file to write")
    publish.add_argument(
        "--translation", type=Path, action="append", default=[], metavar="FILE",
        help="a youth-copy translation file to carry (repeatable; earlier ones are kept)",
    )  # fmt: skip
    publish.add_argument("--package-out", type=Path, help="also write the signed package here")
    publish.add_argument(
        "--key-file", type=Path,
        help="the county root key file, when the root is offline (the root passphrase is the "
        "second line of standard input)",
    )  # fmt: skip
    publish.add_argument(
        "--yes", action="store_true",
        help="with --key-file: sign staged county settings listed without asking",
    )  # fmt: skip
    publish.set_defaults(func=_publish)


def _screening(path: Path | None) -> dict[str, Any] | None:
    if path is None:
        return None
    load_policy(path)  # the whole file must be a sound policy, with its place named if not
    screening: dict[str, Any] = json.loads(path.read_text("utf-8"))["screening"]
    return screening


def _translation(path: Path) -> Translation:
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    if path.stat().st_size > MAX_FILE_SIZE:
        raise UsageError(f"{path}: larger than a translation file can be")
    return parse_translation(path.read_bytes(), str(path))


def _publish(args: argparse.Namespace) -> int:
    for path in args.files:
        if not path.is_file():
            raise UsageError(f"{path}: no such file")
    instruments = [load_instrument_file(path) for path in args.files]
    translations = [_translation(path) for path in args.translation]
    policy = _screening(args.policy)
    with county_signed_in(args) as (session, authority):
        root, store = None, None
        if args.key_file is not None:
            from csec_desktop.cli.county_root_cmd import confirm_changes

            # The fresh delegation covers every setting: staged ones are shown first.
            confirm_changes(args, root_authority.changes_to_sign(authority))
            (secret,) = read_secrets(1, ("Root passphrase: ",))
            root = root_authority.open_root(authority, args.key_file, secret)
            store = session.vault_session.db
        done = publish_instruments(
            authority, instruments, policy, session.vault.clock(), root, store, translations
        )
        write_trust_file(args.out, done.trust, authority)
        if args.package_out is not None:
            atomic_write(args.package_out, done.package, overwrite=False, verify=True)
    names = ", ".join(f"{i.id} {i.version}" for i in instruments)
    emit(
        args,
        {"package_version": done.package_version, "trust_version": done.trust_version,
         "instruments": [{"id": i.id, "version": i.version, "content_hash": i.content_hash}
                         for i in instruments],
         "policy": policy is not None, "translations": list(done.translations),
         "out": str(args.out)},
        f"Published county package version {done.package_version}: {names}"
        f"{' and the screening policy' if policy is not None else ''}"
        f"{'; translations: ' + ', '.join(done.translations) if done.translations else ''}.\n"
        f"Trust file version {done.trust_version} written to {args.out}; laptops receive it "
        "with their next trust update.",
    )  # fmt: skip
    return 0
