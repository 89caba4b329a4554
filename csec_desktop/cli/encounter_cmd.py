"""``csec encounter list --youth YOUTH_ID``: a youth's screenings and assessments by id.

Other commands (``csec print ENCOUNTER_ID``) take an encounter id; this is where a worker or a
script finds it. Newest first (by when the information was received), discarded drafts left
out, and only for a youth the signed-in account may see (a worker's own or shared youth; a
supervisor sees every youth); the look is audited as a viewing of the record. Ids, dates,
the form, the decision point and the state only: no names and no answers. Stdin line 1 is
the account passphrase.
"""

from __future__ import annotations

import argparse
from typing import Any

from csec_desktop.cli.common import (
    add_data_dir,
    add_json,
    add_passphrase_stdin,
    emit,
    signed_in_desk,
)
from csec_desktop.core.records.encounter_record import EncounterRecord


def register(groups: Any) -> None:
    encounter = groups.add_parser("encounter", help="a youth's screenings and assessments")
    actions = encounter.add_subparsers(title="actions", metavar="ACTION")
    actions.required = True
    listing = actions.add_parser(
        "list", help="list a youth's screenings and assessments with their ids, newest first"
    )
    listing.add_argument("--youth", required=True, metavar="YOUTH_ID", help="the youth's id")
    add_data_dir(listing)
    listing.add_argument("--username", required=True, help="the account asking")
    add_passphrase_stdin(listing, "the passphrase")
    add_json(listing)
    listing.set_defaults(func=_list)


def _row(record: EncounterRecord) -> dict[str, Any]:
    return {
        "encounter_id": record.id,
        "state": "draft" if record.is_draft else "completed",
        "instrument": record.definition.instrument_id,
        "instrument_version": record.definition.version,
        "decision_point": record.decision_point,
        "info_received_at": record.info_received_at,
        "completed_at": record.completed_at,
    }


def _list(args: argparse.Namespace) -> int:
    with signed_in_desk(args) as desk:
        desk.youth.get(args.youth)  # is it here, may they see it; the viewing is audited
        rows = [_row(record) for record in desk.encounters.for_youth(args.youth)]
    lines = [
        f"{r['encounter_id']}  {r['state']:<9}  received {r['info_received_at'][:16]}Z  "
        f"{r['instrument']} at {r['decision_point']}"
        for r in rows
    ]
    emit(args, rows, "\n".join(lines) or "No screenings or assessments for that youth yet.")
    return 0
