"""A stand-in for the app in a screening: answers items one after another and prints
``saved ITEM VALUE`` only after each answer has committed — exactly when the wizard shows
"Saved". The kill test SIGKILLs it at random moments and checks nothing shown as saved is lost.

    python -m tests.e2e.autosave_harness DATA_DIR ENCOUNTER_ID ROUND
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from csec_desktop.core.clock import utc_now
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

USER, PASSPHRASE = "kill.test", "autosave under fire"


def main(data_dir: str, encounter_id: str, round_number: int) -> None:
    session = DeviceVault(Path(data_dir), kdf_params=MINIMUM_PARAMS).sign_in(USER, PASSPHRASE)
    ctx = RecordContext(session.db, session.audit, utc_now, Actor(USER, "Kill Test"))
    encounter = EncounterStore(ctx).get(encounter_id)
    youth = Caseload(ctx).store.get(encounter.youth_id, audit=False)
    run = ScreeningService(ctx, shipped_registry(), default_screening_policy()).resume(
        encounter_id, youth
    )
    print("ready", flush=True)
    items = [i.id for i in run.navigator.instrument.items() if i.kind.value == "concern_rating"]
    # One pass, each item once, so the last value shown for an item is the last one written.
    for item in items:
        value = round_number % 3
        # Moving to the item commits the position without its own fsync (as Next does in the
        # wizard); the answer's FULL commit follows. Kills land between and inside both.
        run.go_to(item)
        run.set_answer(item, value)
        print(f"saved {item} {value}", flush=True)
    print("done", flush=True)
    time.sleep(3600)  # wait to be killed, holding the vault like an open app


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
