"""The headless ``csec`` command: one argparse tree, one module per command group.

Every failure prints exactly one line on stderr and exits non-zero; no traceback reaches the
user, because a traceback can carry record content from local variables and arguments.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

import sqlcipher3

from csec_desktop import __version__
from csec_desktop.core.errors import CsecError
from csec_desktop.core.process_guard import no_core_dumps

# Each module exposes ``register(subparsers)`` and sets ``func`` on its parsers.
COMMAND_MODULES: tuple[str, ...] = (
    # one line per command group, kept in the order `csec --help` shows them
    "csec_desktop.cli.vault_cmd",
    "csec_desktop.cli.user_cmd",
    "csec_desktop.cli.instrument_cmd",
    "csec_desktop.cli.encounter_cmd",
    "csec_desktop.cli.print_cmd",
    "csec_desktop.cli.translation_cmd",
    "csec_desktop.cli.missing_cmd",
    "csec_desktop.cli.device_cmd",
    "csec_desktop.cli.sync_cmd",
    "csec_desktop.cli.bundle_cmd",
    "csec_desktop.cli.county_cmd",
    "csec_desktop.cli.demo_cmd",
    "csec_desktop.cli.selftest_cmd",
)

INTERNAL_ERROR_EXIT = 70


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints usage plus the message; keep it to one line, exit 2.
        sys.stderr.write(f"csec: {message} (see 'csec --help')\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="csec",
        description="Headless tools for the CSEC screening desktop: vault, accounts, "
        "instruments, sync and county intake.",
    )
    parser.add_argument("--version", action="version", version=f"csec {__version__}")
    groups = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    groups.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(groups)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    no_core_dumps()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        result = args.func(args)
    except BrokenPipeError:
        # The reader went away (``csec … | head -1``): nothing to say to anyone. Point stdout at
        # the null device so the interpreter's final flush does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports a program a closed pipe stopped
    except CsecError as exc:
        sys.stderr.write(f"csec: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("csec: interrupted; nothing further was changed\n")
        return 130
    except sqlcipher3.DatabaseError as exc:
        # SQLite's messages name the failure ("database disk image is malformed"), not values.
        sys.stderr.write(
            f"csec: the vault could not be read or written ({exc}); nothing further was "
            "changed; 'csec vault check' tells more\n"
        )
        return 4
    except OSError as exc:
        # Name the failing operation, never the data: strerror plus the file name is enough.
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        sys.stderr.write(f"csec: system error: {exc.strerror or type(exc).__name__}{where}\n")
        return 74
    except Exception as exc:  # noqa: BLE001 - last line of defence, deliberately without detail
        sys.stderr.write(
            f"csec: internal error ({type(exc).__name__}); nothing further was changed\n"
        )
        return INTERNAL_ERROR_EXIT
    return int(result or 0)


if __name__ == "__main__":
    raise SystemExit(main())
