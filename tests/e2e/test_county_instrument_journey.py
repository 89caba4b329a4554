"""A county instrument written from scratch goes the whole way, as the county and a worker take
it: a spreadsheet (built here with openpyxl) → ``csec instrument import-xlsx`` → JSON →
``csec instrument test`` cases → ``csec county instrument publish`` (a signed package inside
a new trust file, with the county policy offering it) → delivered to an enrolled laptop as a
trust update from a folder (a tampered copy refused first, the laptop keeping what it had) →
``csec instrument list`` shows it as the county's → offered first at its decision point in the
app → completed by keyboard in the wizard (qtbot) → printed (the case copy read back with
pypdf) → exported → imported and counted at the county.

The instrument, "Placement stability check", is fictional and written for this test only.
"""

from __future__ import annotations

import base64
import io
import json
import sys
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from csec_desktop.cli.main import main as csec_main
from csec_desktop.core.clock import utc_now
from csec_desktop.core.paths import resource
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.gui.wizard import StartEncounterDialog
from tests.core.sync_service.test_translation_in_package import ARMENIAN
from tests.county_example import DECISION_POINT, write_county_policy
from tests.gui.conftest import make_controller  # noqa: F401 - the fixture, used by name
from tests.gui.gui_helpers import PASS, SUPERVISOR, signed_in, wait_idle
from tests.gui.wizard_keys import alt, complete_and_sign, digit, focused, next_item, open_wizard

FORM = "placement_stability_check"
ADMIN, ADMIN_PASS = "county.admin", "county intake long phrase"
EN = "label::English (en)"


def build_book(path: Path) -> Path:
    """The author's spreadsheet: XLSForm sheets plus this product's groups, bands and rules."""
    book = Workbook()
    sheets = {
        "survey": [
            ["type", "name", EN, "required", "scoring_group"],
            ["begin group", "home", "The new home", "", ""],
            ["yes_no_unknown", "same_school", "Is the youth still at the same school?", "yes",
             "home"],
            ["concern_rating", "caregiver_fit", "Worker's concern about how the youth and the "
             "caregiver get along", "yes", "home"],
            ["select_one sleep", "sleep_place", "Where does the youth sleep most nights?", "",
             "home"],
            ["text", "youth_words", "What the youth said about the placement", "", ""],
            ["end group", "home", "", "", ""],
        ],
        "choices": [
            ["list_name", "name", EN, "points"],
            ["sleep", "own_room", "Own room", 0],
            ["sleep", "shared_room", "Shared room", 0],
            ["sleep", "elsewhere", "Somewhere away from the placement", 2],
        ],
        "settings": [
            ["form_id", "version", "kind", "default_band", "languages",
             "form_title::English (en)", "about::English (en)"],
            [FORM, "1.0.0", "screening", "stable", "en", "Placement stability check",
             "A fictional county example for testing. Not a validated tool."],
        ],
        "groups": [["name", EN], ["home", "Life in the new home"]],
        "bands": [["name", EN], ["review", "Review this week"], ["stable", "Looks stable"]],
        "rules": [
            ["name", "band", "when", "reason::English (en)"],
            ["sleeps_away", "review", 'sleep_place == "elsewhere"',
             "The youth often sleeps away from the placement."],
            ["school_changed", "review", 'same_school == "no"', "The youth changed school."],
            ["caregiver_worry", "review", "caregiver_fit == 2",
             "The worker has a clear concern about the youth and the caregiver."],
        ],
    }  # fmt: skip
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


CASES = {
    "format": "csec-instrument-cases/1",
    "instrument": FORM,
    "version": "1.0.0",
    "cases": [
        {"name": "sleeping away means review", "decision_point": DECISION_POINT,
         "answers": {"same_school": "yes", "caregiver_fit": 0, "sleep_place": "elsewhere"},
         "expect": {"band": "review", "fired": ["sleeps_away"], "deciding_rule": "sleeps_away",
                    "complete": True}},
        {"name": "settled at the same school", "decision_point": DECISION_POINT,
         "answers": {"same_school": "yes", "caregiver_fit": 0, "sleep_place": "own_room"},
         "expect": {"band": "stable", "fired": [], "deciding_rule": None, "complete": True}},
        {"name": "school unknown is not a change", "decision_point": DECISION_POINT,
         "answers": {"same_school": "unknown", "caregiver_fit": 1},
         "expect": {"band": "stable", "fired": [], "complete": True}},
        {"name": "nothing answered cannot be signed", "decision_point": DECISION_POINT,
         "answers": {}, "expect": {"band": "stable", "complete": False}},
    ],
}  # fmt: skip


def csec(capsys, monkeypatch, args: list[str], secret: str | None = None) -> tuple[int, str, str]:
    """The real ``csec`` entry point, in this process (the journey runs well under a minute)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{secret}\n" if secret else ""))
    code = csec_main([*args, "--passphrase-stdin"] if secret else args)
    out = capsys.readouterr()
    return code, out.out, out.err


def canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def tampered(trust: bytes) -> bytes:
    """The trust update with one band label of the carried instrument changed."""
    envelope = json.loads(trust)
    payload = json.loads(base64.b64decode(envelope["payload"]))
    package = json.loads(base64.b64decode(payload["county_package"]))
    inner = json.loads(base64.b64decode(package["payload"]))
    definition = inner["instruments"][0]["definition"]
    assert "Looks stable" in definition
    inner["instruments"][0]["definition"] = definition.replace("Looks stable", "All fine")
    package["payload"] = base64.b64encode(canonical(inner)).decode()
    payload["county_package"] = base64.b64encode(canonical(package)).decode()
    envelope["payload"] = base64.b64encode(canonical(payload)).decode()
    return canonical(envelope)


def test_a_county_instrument_from_spreadsheet_to_county_count(
    qtbot,
    make_controller,  # noqa: F811 - the fixture imported above
    tmp_path,
    capsys,
    monkeypatch,
) -> None:
    # 1. Author: spreadsheet → JSON definition → test cases.
    book = build_book(tmp_path / "stability.xlsx")
    code, out, err = csec(capsys, monkeypatch, ["instrument", "import-xlsx", str(book)])
    assert code == 0, err
    definition = book.with_suffix(".json")
    assert out.startswith(f"OK stability.xlsx -> {definition}: {FORM} 1.0.0, 4 items")
    cases = tmp_path / "stability.cases.json"
    cases.write_text(json.dumps(CASES), "utf-8")
    policy = write_county_policy(tmp_path / "county-policy.json", offer=FORM)
    code, out, err = csec(
        capsys, monkeypatch,
        ["instrument", "test", str(definition), str(cases), "--policy", str(policy)],
    )  # fmt: skip
    assert code == 0, out + err
    assert f"All 4 case(s) passed for {FORM} 1.0.0." in out + err

    # 2. County and laptop: the county is created, the laptop enrolled (fingerprints compared).
    county = tmp_path / "county"
    base = ["--county-dir", str(county), "--username", ADMIN]
    code, out, err = csec(
        capsys, monkeypatch,
        ["county", "init", *base, "--display-name", "Intake Desk", "--county-id", "alameda",
         "--county-name", "Alameda County", "--json"], ADMIN_PASS,
    )  # fmt: skip
    assert code == 0, err
    root_fingerprint = json.loads(out)["root_fingerprint"]
    data = tmp_path / "laptop"
    DeviceVault(data, kdf_params=MINIMUM_PARAMS).initialize(*SUPERVISOR, PASS)[0].sign_out()
    laptop = ["--data-dir", str(data), "--username", SUPERVISOR[0]]
    request = tmp_path / "laptop.request"
    code, out, err = csec(
        capsys, monkeypatch, ["device", "request", *laptop, "--out", str(request), "--json"], PASS
    )
    assert code == 0, err
    enrolled = tmp_path / "enrolled.trust"
    code, out, err = csec(
        capsys, monkeypatch,
        ["county", "enroll", *base, str(request), "--out", str(enrolled), "--expect-fingerprint",
         json.loads(out)["fingerprint"].split(" (")[0]], ADMIN_PASS,
    )  # fmt: skip
    assert code == 0, err
    code, out, err = csec(
        capsys, monkeypatch,
        ["device", "trust", *laptop, str(enrolled), "--expect-fingerprint", root_fingerprint],
        PASS,
    )  # fmt: skip
    assert code == 0, err

    # 3. The county signs the instrument and its policy into the next trust update; a policy
    # offering an instrument the package lacks is refused first, naming the decision point.
    usb = tmp_path / "usb"
    usb.mkdir()
    update = usb / "alameda-trust.dsse.json"
    # A shipped file, found as the product finds it (a source tree, an installed wheel).
    shipped = str(resource("instruments", "holistic_needs"))
    code, out, err = csec(
        capsys, monkeypatch,
        ["county", "instrument", "publish", *base, f"{shipped}/1.0.0.json", "--policy",
         str(policy), "--out", str(update)], ADMIN_PASS,
    )  # fmt: skip
    assert code != 0 and err.count("\n") == 1 and not update.exists()
    assert f"decision point '{DECISION_POINT}'" in err and f"instrument '{FORM}'" in err
    armenian = tmp_path / "hy.json"  # a youth-copy translation travels in the same package
    armenian.write_text(ARMENIAN.to_json(), "utf-8")
    code, out, err = csec(
        capsys, monkeypatch,
        ["county", "instrument", "publish", *base, str(definition), "--policy", str(policy),
         "--translation", str(armenian), "--out", str(update), "--json"], ADMIN_PASS,
    )  # fmt: skip
    assert code == 0, err
    published = json.loads(out)
    assert published["package_version"] == 1 and published["policy"] is True
    assert published["translations"] == ["hy"]

    # 4. Delivered from the folder: a tampered copy is refused in one line, changing nothing.
    bad = usb / "tampered.dsse.json"
    bad.write_bytes(tampered(update.read_bytes()))
    code, out, err = csec(capsys, monkeypatch, ["device", "trust", *laptop, str(bad)], PASS)
    assert code != 0 and err.count("\n") == 1 and "does not verify" in err
    as_supervisor = ["--data-dir", str(data), "--as", SUPERVISOR[0]]
    listing = ["instrument", "list", *as_supervisor, "--json"]
    code, out, err = csec(capsys, monkeypatch, listing, PASS)
    assert FORM not in out
    code, out, err = csec(capsys, monkeypatch, ["device", "trust", *laptop, str(update)], PASS)
    assert code == 0, err
    code, out, err = csec(capsys, monkeypatch, listing, PASS)
    rows = {(row["id"], row["source"]): row for row in json.loads(out)}
    ours = rows[(FORM, "county")]
    assert (
        ours["version"] == "1.0.0"
        and ours["content_hash"] == published["instruments"][0]["content_hash"]
    )
    assert ("csec_identification", "shipped") in rows
    code, out, err = csec(capsys, monkeypatch, ["translation", "list", *as_supervisor,
                                                "--json"], PASS)  # fmt: skip
    assert {"code": "hy", "name": "Armenian (county)"} in json.loads(out)["languages"], out

    # 5. In the app (the shipped policy file: the county's arrives in its package), the
    # decision point offers the county's instrument first; the worker completes it by keyboard.
    controller = make_controller(DeviceVault(data, kdf_params=MINIMUM_PARAMS))
    signed_in(qtbot, controller, "maria")
    services = controller.workspace.services
    assert not controller.workspace.policy_message.isVisible()
    start = StartEncounterDialog(services.screening.policy, services.screening)
    qtbot.addWidget(start)
    points = [
        start.points.item(i).data(Qt.ItemDataRole.UserRole) for i in range(start.points.count())
    ]
    start.points.setCurrentRow(points.index(DECISION_POINT))
    assert start.instrument.itemData(0) == FORM
    start.reject()
    youth = Caseload(services.ctx).add(
        YouthProfile(
            legal_first_name="Lina",
            legal_last_name="Moreno",
            birth_date=date(2012, 3, 9),
            agency=Agency.CHILD_WELFARE,
            in_care=True,
        )
    )
    received = (utc_now() - timedelta(hours=1)).replace(microsecond=0)
    run = services.screening.start(youth, DECISION_POINT, FORM, received)
    wizard = open_wizard(qtbot, run, youth)
    keys = {"same_school": 1, "caregiver_fit": 1, "sleep_place": 3}
    while run.navigator.current is not None:
        item = run.navigator.current
        if item.id in keys:
            digit(qtbot, keys.pop(item.id))
            next_item(qtbot)
        else:
            qtbot.keyClicks(focused(), "Likes the garden")
            alt(qtbot, "n")
    assert not keys
    assert wizard.outcome_page.band.text() == "Outcome: Review this week"
    complete_and_sign(qtbot)
    stored = EncounterStore(services.ctx).get(run.encounter_id)
    assert (stored.status, stored.final_band) == ("completed", "review")
    assert (stored.definition.instrument_id, stored.definition.version) == (FORM, "1.0.0")

    # 6. Printed: the case copy names the instrument, the outcome and why.
    pdf = services.summaries.render(run.encounter_id, "case")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Placement stability check" in text and "Review this week" in text
    assert "sleeps away from the placement" in text and "Likes the garden" in text
    wait_idle(qtbot, controller)

    # 7. Exported, imported and counted at the county.
    exported = SyncService(controller.session).export(usb)
    assert exported.counts["instrument_definition"] == 1
    code, out, err = csec(
        capsys, monkeypatch, ["county", "import", *base, str(exported.path), "--json"], ADMIN_PASS
    )
    assert code == 0, err
    assert [r["status"] for r in json.loads(out)["imported"]] == ["imported"]
    code, out, err = csec(capsys, monkeypatch, ["county", "report", *base, "--json"], ADMIN_PASS)
    assert code == 0, err
    report = json.loads(out)
    assert report["encounters"] == 1 and report["youth"] == 1
