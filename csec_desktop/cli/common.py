"""Helpers shared by the command modules: the data folder option and reading secrets."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from csec_desktop.core.errors import UsageError
from csec_desktop.core.paths import default_data_dir
from csec_desktop.core.policy import load_policy
from csec_desktop.core.process_guard import private_temp
from csec_desktop.core.vault.device_vault import DeviceVault


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
    if not vault.is_initialized():
        raise UsageError(f"no vault in {vault.data_dir} (create one with 'csec vault init')")
    return vault


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, indent=2, sort_keys=True) if getattr(args, "json", False) else text)
