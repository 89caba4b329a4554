"""The headless steps of the self-test. Each takes the shared context and returns a short detail.

Every step uses made-up data only ("Self Test" account, a fictional bundle record), so a
failure message can be printed as it is.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SELFTEST_USER = "selftest"
SELFTEST_PASSPHRASE = "quiet lantern over seven hills"  # noqa: S105 - a throwaway vault
PDF_MARKER = "CSEC Screening self-test page"
PDF_PAGES = 2


class StepFailed(Exception):
    """A check inside a step did not hold; the message says which."""


@dataclass
class StepContext:
    workdir: Path
    session: Any = None
    pdf: bytes = b""
    notes: dict[str, Any] = field(default_factory=dict)

    def close(self) -> None:
        # Sign out before the temporary folder goes, so SQLCipher closes its files first.
        if self.session is not None:
            self.session.sign_out()
            self.session = None


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def check_resources(ctx: StepContext) -> str:
    from csec_desktop.core.paths import resource
    from csec_desktop.core.policy import load_policy

    policy = load_policy()
    words = resource("wordlists", "common-passwords.txt").read_text(encoding="utf-8")
    _expect(len(words.splitlines()) > 1000, "the common-password list is missing or cut short")
    icon = resource("icons", "csec-desktop.svg").read_text(encoding="utf-8")
    _expect("<svg" in icon, "the application icon is not an SVG image")
    from csec_desktop.core.instruments import shipped_registry
    from csec_desktop.core.screening_policy import policy_instrument_problems

    latest = shipped_registry().latest()
    bands = {i.id: {b.id for b in i.definition.bands} for i in latest}
    rules = {i.id: {r.id for r in i.definition.rules} for i in latest}
    problems = policy_instrument_problems(policy.screening, bands, rules)
    _expect(not problems, f"the policy's duty triggers do not fit the instruments: {problems[:1]}")
    from csec_desktop.core.reports import fonts, shaping

    covered = fonts.register()
    _expect(ord("ស") in covered["CsecKhmer"], "the Khmer font for printed names is missing")
    _expect(shaping.available(), "HarfBuzz (uharfbuzz) is missing: Khmer and Hindi print unshaped")
    return f"policy for {policy.county} (duty triggers checked), word list, icon, fonts, shaping"


def create_and_sign_in(ctx: StepContext) -> str:
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

    # The weakest accepted Argon2id settings: this vault holds nothing and lives for a second.
    vault = DeviceVault(ctx.workdir / "vault", kdf_params=MINIMUM_PARAMS)
    session, recovery = vault.initialize(SELFTEST_USER, "Self Test", SELFTEST_PASSPHRASE)
    session.sign_out()
    _expect(bool(recovery), "no recovery code was issued")
    ctx.session = vault.sign_in(SELFTEST_USER, SELFTEST_PASSPHRASE)
    ctx.notes["vault"] = vault
    return f"signed in as {ctx.session.account.username}"


def check_vault_step(ctx: StepContext) -> str:
    from csec_desktop.core.vault.integrity import check_vault

    report = check_vault(ctx.session)
    _expect(report.ok, report.problem)
    return f"audit chain of {report.audit_entries} entries intact"


def check_cipher(ctx: StepContext) -> str:
    from csec_desktop.core.vault.database import PLAIN_SQLITE_HEADER, self_test
    from csec_desktop.core.vault.sqlcipher_build import lookaside_words

    db = ctx.session.db
    self_test(db.conn, db.path)
    version = db.execute("PRAGMA cipher_version").fetchone()[0]
    with db.path.open("rb") as handle:
        header = handle.read(len(PLAIN_SQLITE_HEADER))
    _expect(header != PLAIN_SQLITE_HEADER, "the vault file has a plain SQLite header")
    # A connection without the key must not be able to read it: that is what "encrypted" means
    # to a county. (SQLCipher with no key set reads files exactly as plain SQLite does; using
    # it keeps the standard library's own SQLite out of the frozen app.)
    from sqlcipher3 import dbapi2 as sqlcipher

    plain = sqlcipher.connect(str(db.path))
    try:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        pass
    else:
        raise StepFailed("plain SQLite can read the vault file")
    finally:
        plain.close()
    return f"SQLCipher {version} ({lookaside_words(db.conn)}), unreadable without the key"


def render_pdf(ctx: StepContext) -> str:
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    for page in range(1, PDF_PAGES + 1):
        canvas.setFont("Helvetica-Bold", 28)
        canvas.drawString(72, 680, f"{PDF_MARKER} {page}")
        canvas.rect(72, 400, 300, 200, fill=1)  # a solid block the Qt step can find
        canvas.showPage()
    canvas.save()
    ctx.pdf = buffer.getvalue()
    reader = PdfReader(io.BytesIO(ctx.pdf))
    _expect(len(reader.pages) == PDF_PAGES, f"expected {PDF_PAGES} pages, read {len(reader.pages)}")
    text = reader.pages[1].extract_text()
    _expect(f"{PDF_MARKER} 2" in text, "page 2's text did not read back")
    return f"{len(ctx.pdf)} bytes, {PDF_PAGES} pages read back"


def run_instrument(ctx: StepContext) -> str:
    from csec_desktop.core.instruments import END, Navigator, shipped_registry

    instruments = shipped_registry().latest()
    _expect(bool(instruments), "no shipped instrument definitions were found")
    for instrument in instruments:
        navigator = Navigator(instrument)
        _expect(bool(navigator.relevant_ids()), f"{instrument.id} shows no items")
        steps = 0
        while not navigator.at_end:
            navigator.next()
            steps += 1
            _expect(steps <= 10_000, f"{instrument.id}: the navigator never reached the end")
        _expect(navigator.position == END, f"{instrument.id}: did not end on the review page")
        again = Navigator.from_snapshot(navigator.snapshot(), instrument)
        _expect(again.position == END, f"{instrument.id}: a saved session did not reopen")
        navigator.outcome  # noqa: B018 - scoring must run on an empty session without error
    return f"{len(instruments)} instrument(s) walked to the review page"


def make_bundle(ctx: StepContext) -> str:
    from csec_desktop.core.sync.bundle import BundleHeader, open_bundle, write_bundle
    from csec_desktop.core.sync.keys import CountyKeys, DeviceIdentity

    device, county = DeviceIdentity.generate(), CountyKeys.generate()
    marker = "Fictional Selftest Youth"
    records = [
        {
            "id": "00000000-0000-4000-8000-000000000001",
            "kind": "youth",
            "version": 1,
            "base_version": 0,
            "name": marker,
        }
    ]
    path = ctx.workdir / "selftest.csb"
    write_bundle(path, BundleHeader(sequence=1), records, device, county.encryption_public)
    raw = path.read_bytes()
    _expect(marker.encode() not in raw, "the bundle carries record content in the clear")
    trusted = {device.device_id: device.public_key}.get
    opened = open_bundle(path, trusted, county.encryption)
    _expect(opened.records == records, "the bundle did not open to the records it carried")
    return f"{len(raw)} bytes, signed, encrypted, verified"


def search_caseload(ctx: StepContext) -> str:
    """Name search, which rests on rapidfuzz's compiled modules, anyascii's data files and
    jellyfish: a misspelt, a reordered and a transliterated name must find the fictional youth."""
    from csec_desktop.core.records.caseload_index import CaseloadEntry, CaseloadIndex
    from csec_desktop.core.records.youth import Agency, YouthProfile

    names = (("Selftest", "Rivera Example"), ("Another", "Fictional Person"), ("Minh", "Đỗ"))
    index = CaseloadIndex(
        [
            CaseloadEntry.of(
                f"youth-{n}",
                YouthProfile(
                    legal_first_name=first, legal_last_name=last, agency=Agency.CHILD_WELFARE
                ),
            )
            for n, (first, last) in enumerate(names)
        ]
    )
    for query, wanted in (("Selftset Rivera", 0), ("rivera selftest", 0), ("Do Minh", 2)):
        hits = index.search(query)
        _expect(bool(hits), f"the search for {query!r} found nothing")
        _expect(
            hits[0].entry.youth_id == f"youth-{wanted}",
            f"the search for {query!r} found the wrong youth",
        )
    return f"{len(index)} entries, a misspelt, a reordered and a transliterated name found"
