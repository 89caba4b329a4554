"""``--self-test``: prove an installed or frozen copy of the app has every part it needs.

Counties run it after installing (``csec-desktop --self-test`` or ``csec self-test``) and the
frozen-app test runs it in CI. It works only with made-up data in a temporary folder that is
removed afterwards, and prints one summary line, or one line naming the step that failed.

Steps are plain functions listed in ``STEPS``; adding a check is one function and one line.
A step whose module is not part of this build yet (``needs``) is reported as skipped, never
faked. Nothing here imports Qt at module level: the Qt step imports it when it runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from csec_desktop import selftest_steps as core_steps
from csec_desktop.selftest_steps import StepContext, StepFailed

EXIT_FAILED = 1


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[StepContext], str]
    # A module that must be present for the step to mean anything; absent means "not built yet".
    needs: str | None = None
    qt: bool = False


def _qt_step(ctx: StepContext) -> str:
    # Imported here so the headless CLI never loads Qt unless this step runs.
    from csec_desktop.selftest_qt import render_with_qt

    return render_with_qt(ctx)


STEPS: tuple[Step, ...] = (
    Step("shipped resources", core_steps.check_resources),
    Step("vault create and sign-in", core_steps.create_and_sign_in),
    Step("vault check", core_steps.check_vault_step),
    Step("cipher settings", core_steps.check_cipher),
    Step("PDF render and read back", core_steps.render_pdf),
    Step("instrument navigator", core_steps.run_instrument, needs="csec_desktop.core.instruments"),
    Step("bundle make and verify", core_steps.make_bundle, needs="csec_desktop.core.sync"),
    Step("caseload search", core_steps.search_caseload, needs="csec_desktop.core.records"),
    Step("Qt widgets, PDF view and print", _qt_step, qt=True),
)


@dataclass
class Result:
    ran: list[str]
    skipped: list[tuple[str, str]]
    failed: tuple[str, str] | None = None


def _module_present(name: str) -> bool:
    try:
        return find_spec(name) is not None
    except ModuleNotFoundError:  # a parent package is missing too
        return False


def run_steps(steps: Sequence[Step], *, with_qt: bool, report: Callable[[str], None]) -> Result:
    result = Result([], [])
    with tempfile.TemporaryDirectory(prefix="csec-selftest-") as tmp:
        ctx = StepContext(Path(tmp))
        try:
            for step in steps:
                if step.qt and not with_qt:
                    result.skipped.append((step.name, "--no-qt"))
                    continue
                if step.needs and not _module_present(step.needs):
                    result.skipped.append((step.name, "not built yet"))
                    report(f"  skipped  {step.name}: not built yet")
                    continue
                began = time.perf_counter()
                try:
                    detail = step.run(ctx)
                except Exception as exc:  # noqa: BLE001 - any failure is this step's failure
                    # Only made-up data exists here, so the message is safe to show.
                    # A StepFailed is already in words; anything else names its type too.
                    why = (
                        str(exc) if isinstance(exc, StepFailed) else f"{type(exc).__name__}: {exc}"
                    )
                    result.failed = (step.name, why)
                    return result
                result.ran.append(step.name)
                took = time.perf_counter() - began
                report(f"  ok       {step.name}: {detail} ({took:.2f} s)")
        finally:
            ctx.close()
    return result


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="self-test", add_help=False)
    parser.add_argument("--self-test", action="store_true")  # the flag that brought us here
    parser.add_argument("--no-qt", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    # The desktop entry passes its whole command line; ignore what belongs to the GUI.
    options, _ = parser.parse_known_args(list(argv))
    return options


def run_self_test(argv: Sequence[str] | None = None) -> int:
    """Run every step; 0 and one summary line on stdout, or non-zero naming the failed step."""
    options = _parse(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()

    def report(line: str) -> None:
        if options.verbose:
            print(line, flush=True)

    result = run_steps(STEPS, with_qt=not options.no_qt, report=report)
    seconds = time.perf_counter() - started
    if result.failed is not None:
        name, why = result.failed
        sys.stderr.write(f"self-test failed at step '{name}': {why}\n")
        return EXIT_FAILED
    skipped = ""
    if result.skipped:
        names = ", ".join(f"{name} ({why})" for name, why in result.skipped)
        skipped = f"; skipped {len(result.skipped)}: {names}"
    print(f"self-test passed: {len(result.ran)} steps in {seconds:.1f} s{skipped}", flush=True)
    return 0
