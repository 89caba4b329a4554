"""A full disk and a failing disk, injected at the edge of the product: SQLCipher's COMMIT and
the operating system's ``write``. Each time the person gets one clear line, nothing is half
written, what was saved before is intact, and the next try after the fault clears works."""

from __future__ import annotations

import errno
import io
import os
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from csec_desktop.cli.main import main as csec_main
from csec_desktop.core import atomicfile
from csec_desktop.core.errors import AtomicWriteError, UsageError, VaultError
from csec_desktop.core.instruments.registry import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.core.reports.conftest import build
from tests.core.sync_service.world import World, digest, make_world, profile
from tests.core.vault.conftest import FakeClock

PASS = "morning fog over the bay"
CANARY = "Cnry-fault-answer-7f3a"
FULL = "database or disk is full"
EIO = "disk I/O error"


class FaultyConnection:
    """The real SQLCipher connection, except that the next ``times`` statements starting with
    ``verb`` fail the way SQLite reports a full or failing disk."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.verb = ""
        self.message = ""
        self.times = 0
        self.raised = 0

    def fail(self, verb: str, message: str, times: int = 1) -> None:
        self.verb, self.message, self.times = verb, message, times

    def _check(self, sql: str) -> None:
        if self.times and sql.lstrip().upper().startswith(self.verb):
            self.times -= 1
            self.raised += 1
            raise sqlcipher3.OperationalError(self.message)

    def execute(self, sql: str, params: Any = ()) -> Any:
        self._check(sql)
        return self._real.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        self._check(sql)
        return self._real.executemany(sql, rows)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def inject(db: Database) -> FaultyConnection:
    faulty = FaultyConnection(db.conn)
    db._conn = faulty  # the one seam between the product and SQLCipher
    return faulty


class DeviceFails:
    """``os`` as ``atomicfile`` sees it, on a device holding ``folder`` that fails with ``code``:
    a read-only device refuses to create files; a full or failing one refuses to write."""

    def __init__(self, code: int, folder: Path) -> None:
        self.code, self.folder = code, folder
        self._fds: set[int] = set()

    def _refuse(self) -> OSError:
        return OSError(self.code, os.strerror(self.code))

    def open(self, path: Any, flags: int, mode: int = 0o777) -> int:
        on_device = Path(path).parent == self.folder
        if on_device and self.code == errno.EROFS and flags & os.O_CREAT:
            raise self._refuse()
        fd = os.open(path, flags, mode)
        if on_device:
            self._fds.add(fd)
        return fd

    def write(self, fd: int, data: Any) -> int:
        if fd in self._fds:
            raise self._refuse()
        return os.write(fd, data)

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


def one_line(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message
    assert CANARY not in message and "Jordan" not in message


# (a) autosave of an answer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "expected"),
    [(FULL, "the disk is full; nothing was changed"), (EIO, "could not be written")],
)
def test_a_failed_autosave_says_so_keeps_earlier_answers_and_the_next_save_commits(
    tmp_path: Path, failure: str, expected: str
) -> None:
    clock = FakeClock()
    vault = DeviceVault(tmp_path / "data", clock=clock, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", PASS)
    ctx = RecordContext(session.db, session.audit, clock, Actor("kim.lee", "Kim Lee"))
    youth = Caseload(ctx).add(profile())
    screening = ScreeningService(ctx, shipped_registry(), default_screening_policy())
    run = screening.start(
        youth, "case_opening", "csec_identification", clock() - timedelta(hours=1)
    )
    run.set_answers({"ph_sexual_health": 1, "worker_notes": "Met at the placement."})
    before = digest(session.db)

    faulty = inject(session.db)
    faulty.fail("COMMIT", failure)
    with pytest.raises(VaultError) as caught:
        run.set_answer("youth_words", CANARY)
    assert faulty.raised == 1
    assert expected in caught.value.message
    one_line(caught.value.message)
    assert digest(session.db) == before  # not half-written: answer, version and audit unchanged
    assert not session.db.conn.in_transaction

    run.set_answer("youth_words", CANARY)  # the disk has room again
    encounter_id = run.encounter_id
    session.sign_out()
    reopened = vault.sign_in("kim.lee", PASS)
    ctx = RecordContext(reopened.db, reopened.audit, clock, Actor("kim.lee", "Kim Lee"))
    answers = EncounterStore(ctx).get(encounter_id).answers
    reopened.sign_out()
    assert answers["youth_words"] == CANARY  # really committed, not left in an open transaction
    assert answers["ph_sexual_health"] == 1 and answers["worker_notes"] == "Met at the placement."


def test_a_write_failing_inside_a_transaction_rolls_back_with_one_line(tmp_path: Path) -> None:
    clock = FakeClock()
    vault = DeviceVault(tmp_path / "data", clock=clock, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", PASS)
    ctx = RecordContext(session.db, session.audit, clock, Actor("kim.lee", "Kim Lee"))
    before = digest(session.db)
    inject(session.db).fail("INSERT", EIO)
    with pytest.raises(VaultError, match="could not be written; nothing was changed"):
        Caseload(ctx).add(profile())
    assert digest(session.db) == before
    assert Caseload(ctx).add(profile()).profile.legal_first_name == "Jordan"
    session.sign_out()


# (b) export onto a full device ---------------------------------------------------------------


@pytest.fixture
def world(tmp_path: Path) -> Any:
    made = make_world(tmp_path)
    yield made
    made.close()


def test_an_export_onto_a_full_device_leaves_no_bundle_and_reuses_no_number(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = world.laptop("a")
    laptop.caseload.add(profile())
    monkeypatch.setattr(atomicfile, "os", DeviceFails(errno.ENOSPC, laptop.out))
    with pytest.raises(AtomicWriteError) as caught:
        laptop.sync.export(laptop.out)
    one_line(caught.value.message)
    assert "No space left on device" in caught.value.message
    assert list(laptop.out.iterdir()) == []  # neither a bundle nor a temporary file
    monkeypatch.undo()

    again = laptop.sync.export(laptop.out)
    assert again.sequence == 2 and again.skipped == (1,)
    assert [p.name for p in laptop.out.iterdir()] == [again.path.name]
    result = world.import_(again.path)
    assert result.status == "imported" and result.counts == {"accepted": again.records}


# (c) applying a receipt while the disk fails -------------------------------------------------


def test_a_receipt_applied_during_a_disk_error_marks_nothing_delivered_and_retry_works(
    world: World,
) -> None:
    laptop = world.laptop("a")
    youth = laptop.caseload.add(profile())
    result = world.import_(laptop.sync.export(laptop.out).path)
    before = digest(laptop.session.db)
    for verb in ("UPDATE", "COMMIT"):
        inject(laptop.session.db).fail(verb, EIO)
        with pytest.raises(VaultError, match="could not be written") as caught:
            laptop.sync.apply_receipt(result.receipt)
        one_line(caught.value.message)
        assert digest(laptop.session.db) == before
        assert laptop.row("youth", youth.id) == (1, None, 1)  # not delivered, still dirty
        assert laptop.sync.status().awaiting_receipt == 1
    outcome, _ = laptop.sync.apply_receipt(result.receipt)
    assert not outcome.already_applied and outcome.counts == {"accepted": result.counts["accepted"]}
    assert laptop.row("youth", youth.id) == (1, 1, 0)
    assert laptop.sync.status().awaiting_receipt == 0


# (d) saving a printed summary -----------------------------------------------------------------


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A vault with a completed needs assessment, signed out (the CLI test signs in itself)."""
    fixture = build(tmp_path_factory.mktemp("faultprint"))
    fixture.session.sign_out()
    return fixture


@pytest.fixture
def summaries(printed: Any) -> Any:
    session = DeviceVault(printed.session.vault.data_dir, clock=printed.clock).sign_in(
        "kim.lee", PASS
    )
    ctx = RecordContext(session.db, session.audit, printed.clock, Actor("kim.lee", "Kim Lee"))
    yield SummaryService(ctx, session.policy, tz=UTC), session
    session.sign_out()


def _printed_events(session: Any) -> int:
    row = session.db.execute("SELECT count(*) FROM audit WHERE event = 'record_printed'").fetchone()
    return int(row[0])


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_saving_a_summary_onto_a_failing_device_leaves_no_partial_pdf(
    printed: Any, summaries: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    service, session = summaries
    pdf = service.render(printed.needs_id, "case")
    out = tmp_path / "summary.pdf"
    printed_before = _printed_events(session)
    monkeypatch.setattr(atomicfile, "os", DeviceFails(code, tmp_path))
    with pytest.raises(AtomicWriteError) as caught:
        service.save(pdf, out, [printed.needs_id], "case", password="copper-kettle-93")
    monkeypatch.undo()
    one_line(caught.value.message)
    assert os.strerror(code) in caught.value.message and "summary.pdf" in caught.value.message
    assert list(tmp_path.iterdir()) == []
    assert _printed_events(session) == printed_before  # nothing audited as printed
    assert service.save(pdf, out, [printed.needs_id], "case") >= 1
    assert out.read_bytes().startswith(b"%PDF")
    assert _printed_events(session) == printed_before + 1


def _print_cli(
    fixture: Any, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASS + "\n"))
    data_dir = fixture.session.vault.data_dir
    args = ["--username", "kim.lee", "--passphrase-stdin", "--audience", "mdt", "--out", str(out)]
    code = csec_main(["print", fixture.needs_id, "--data-dir", str(data_dir), *args])
    return code, capsys.readouterr().err


def test_print_to_a_missing_or_read_only_folder_is_one_clear_line(
    printed: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fixture = printed
    missing = tmp_path / "no-such-folder" / "summary.pdf"
    code, err = _print_cli(fixture, missing, monkeypatch, capsys)
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("csec: --out: the folder") and "does not exist" in err
    assert not missing.parent.exists()

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if os.geteuid() == 0:  # root writes anywhere: make the device refuse as a read-only one
        monkeypatch.setattr(atomicfile, "os", DeviceFails(errno.EROFS, locked))
    try:
        code, err = _print_cli(fixture, locked / "summary.pdf", monkeypatch, capsys)
    finally:
        locked.chmod(0o755)
    assert code == 4 and err.count("\n") == 1
    assert err.startswith("csec: could not write summary.pdf in ")
    assert "Read-only file system" in err or "Permission denied" in err
    assert list(locked.iterdir()) == []


def test_export_to_a_missing_folder_is_one_clear_line_and_reserves_nothing(world: World) -> None:
    laptop = world.laptop("a")
    laptop.caseload.add(
        YouthProfile(
            legal_first_name="Ana",
            legal_last_name="Soto",
            birth_date=date(2011, 2, 3),
            agency=Agency.PROBATION,
        )
    )
    with pytest.raises(UsageError) as caught:
        laptop.sync.export(laptop.out / "missing")
    one_line(caught.value.message)
    assert "does not exist" in caught.value.message
    assert laptop.sync.export(laptop.out).sequence == 1


# signing out and checking when the disk fails ------------------------------------------------


def test_sign_out_closes_and_wipes_the_key_even_when_the_disk_refuses_the_audit_event(
    tmp_path: Path,
) -> None:
    vault = DeviceVault(tmp_path / "data", clock=FakeClock(), kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", PASS)
    inject(session.db).fail("INSERT", FULL)
    session.sign_out()  # used to raise, leaving the vault open and the key in memory
    assert session.is_locked
    assert not any(session._data_key)  # wiped
    vault.sign_in("kim.lee", PASS).sign_out()  # the instance lock was released too


def test_a_database_error_reaching_the_cli_is_one_line_not_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = DeviceVault(tmp_path / "data", clock=FakeClock(), kdf_params=MINIMUM_PARAMS)
    vault.initialize("kim.lee", "Kim Lee", PASS)[0].sign_out()

    def malformed(_session: Any) -> Any:
        raise sqlcipher3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("csec_desktop.cli.vault_cmd.check_vault", malformed)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASS + "\n"))
    args = ["vault", "check", "--data-dir", str(tmp_path / "data"), "--username", "kim.lee"]
    code = csec_main([*args, "--passphrase-stdin"])
    err = capsys.readouterr().err
    assert code == 4 and err.count("\n") == 1
    assert err.startswith("csec: the vault could not be read or written (database disk image")
