"""``csec self-test``: the same checks as ``csec-desktop --self-test``, from the console.

On Windows the desktop program has no console to print to, so this is how a county technician
reads the result of the frozen app's self-test.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(groups: Any) -> None:
    parser = groups.add_parser(
        "self-test",
        help="check this installation: vault, encryption, PDFs, Qt (made-up data, nothing kept)",
    )
    parser.add_argument(
        "--no-qt", action="store_true", help="skip the Qt step (machines without a desktop)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print a line per step")
    parser.set_defaults(func=_self_test)


def _self_test(args: argparse.Namespace) -> int:
    from csec_desktop.selftest import run_self_test

    argv = [flag for flag, on in (("--no-qt", args.no_qt), ("--verbose", args.verbose)) if on]
    return run_self_test(argv)
