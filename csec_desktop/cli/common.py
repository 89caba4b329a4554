"""Helpers shared by the command modules: options, reading secrets and input files, signing in.

Every command that acts on the laptop's vault signs in through :func:`signed_in`, which reads the
passphrase (``getpass`` on a terminal, else the next line of standard input) and always signs out,
whatever the command raised; commands that work with records take :func:`signed_in_desk`.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from csec_desktop.core.desk import Desk
from csec_desktop.core.errors import UsageError, VaultError
from csec_desktop.core.paths import default_data_dir
from csec_desktop.core.policy import load_policy
from csec_desktop.core.process_guard import private_temp
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.session import Session


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="data folder holding the vault (default: the user data folder)",
    )
    parser.add_argument(
        "--policy", type=Path, default=None, help="county policy file (default: shipped defaults)"
    )


def add_passphrase_stdin(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        required=True,
        help=f"read {what} from standard input, one per line (never from arguments)",
    )


def add_account(parser: argparse.ArgumentParser) -> None:
    """``--data-dir``, ``--policy``, ``--username``, ``--passphrase-stdin`` and ``--json``."""
    add_data_dir(parser)
    parser.add_argument("--username", required=True, help="the account to sign in with")
    add_passphrase_stdin(parser, "that account's passphrase")
    add_json(parser)


def add_acting_user(parser: argparse.ArgumentParser) -> None:
    """``--data-dir``, ``--as NAME`` (the person acting) and ``--passphrase-stdin``."""
    add_data_dir(parser)
    parser.add_argument("--as", dest="actor", required=True, help="your user name")
    add_passphrase_stdin(parser, "your passphrase")


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def read_secrets(count: int, prompts: tuple[str, ...] = ()) -> list[str]:
    """Read ``count`` lines from stdin; a passphrase may contain spaces but not newlines.

    On a terminal each is read with ``getpass`` (no echo), so a passphrase typed by hand never
    shows on screen or in a terminal's scroll-back.
    """
    if sys.stdin.isatty():
        return [
            getpass.getpass(prompts[i] if i < len(prompts) else "Passphrase: ")
            for i in range(count)
        ]
    lines = []
    for index in range(count):
        line = sys.stdin.readline()
        if not line:
            raise UsageError(
                f"expected {count} line(s) on standard input, got {index} "
                "(each passphrase on its own line)"
            )
        lines.append(line.rstrip("\r\n"))
    return lines


def vault_from(args: argparse.Namespace) -> DeviceVault:
    data_dir = args.data_dir or default_data_dir()
    if data_dir.is_dir():
        private_temp(data_dir)
    return DeviceVault(data_dir, policy=load_policy(args.policy))


def require_vault(vault: DeviceVault) -> DeviceVault:
    if vault.db_path.exists() and not vault.keys_path.exists():
        # Not "no vault": offering 'vault init' here would send a worker to make a new,
        # empty vault beside the one that only lacks its key file.
        raise VaultError(
            f"the key file (vault.keys) is missing beside the vault in {vault.data_dir}; "
            "put it back from the backup, or call county IT. Nothing was changed."
        )
    if not vault.is_initialized():
        raise UsageError(f"no vault in {vault.data_dir} (create one with 'csec vault init')")
    return vault


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, indent=2, sort_keys=True) if getattr(args, "json", False) else text)


@contextmanager
def signed_in(
    args: argparse.Namespace, username: str | None = None, passphrase: str | None = None
) -> Iterator[Session]:
    """The laptop vault signed in as ``username`` (default ``args.username``) for one command.

    The passphrase is read with :func:`read_secrets` unless the command read it already (one
    that reads several secrets reads them all first). The session is always signed out.
    Raises ``UsageError`` (no vault) or the vault's sign-in errors, before anything is done.
    """
    vault = require_vault(vault_from(args))
    if passphrase is None:
        (passphrase,) = read_secrets(1)
    session = vault.sign_in(args.username if username is None else username, passphrase)
    try:
        yield session
    finally:
        session.sign_out()


@contextmanager
def signed_in_desk(
    args: argparse.Namespace, username: str | None = None, passphrase: str | None = None
) -> Iterator[Desk]:
    """:func:`signed_in`, handing over the session's ``Desk`` (its stores and services on the
    session's clock, the same the app uses) instead of the bare session."""
    with signed_in(args, username, passphrase) as session:
        yield Desk(session)


def read_input(path: Path, what: str, limit: int) -> bytes:
    """A small input file, read whole; too large or missing is one clear message."""
    try:
        if path.is_dir():
            raise UsageError(f"{path} is a folder; give the {what} file inside it")
        size = path.stat().st_size
        if size > limit:
            raise UsageError(f"{path} is {size} bytes, too large for {what}")
        return path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{what} {path} does not exist") from None
    except OSError as exc:
        raise UsageError(f"{what} {path} cannot be read ({exc.strerror})") from None
