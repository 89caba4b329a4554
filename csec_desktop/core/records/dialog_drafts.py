"""Form drafts kept over a lock: what a worker had typed into an open dialog (a note, a
referral, a meeting, a profile, a duty) when the laptop locked.

On lock the GUI drops its windows (nothing of a youth stays in memory behind the lock screen),
so the typed text is written here first: inside the encrypted vault, owned by the worker who
typed it, never synced and never shown to anyone else. After that worker unlocks (or signs in
again) the drafts are offered back; taking or discarding one deletes it.

Shapes: ``kind`` names the dialog ("case_item", "profile", "duty_done", ...), ``context`` says
which record it was about (ids), ``fields`` maps a field's accessible name to its text, choice
index or tick; ``title`` is the line shown when offering it back ("Case note").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from csec_desktop.core.clock import Clock, to_iso
from csec_desktop.core.records.base import new_id
from csec_desktop.core.vault.database import Database

MAX_FIELDS_CHARS = 200_000  # a long note is ~20 000; anything past this is not a form's content


@dataclass(frozen=True)
class DialogDraft:
    id: str
    kind: str
    title: str
    context: dict[str, Any]
    fields: dict[str, Any]
    saved_at: str


class DialogDrafts:
    """The signed-in worker's form drafts (``username`` scopes every call)."""

    def __init__(self, db: Database, username: str, clock: Clock) -> None:
        self.db, self.username, self.clock = db, username, clock

    def keep(self, kind: str, title: str, context: dict[str, Any], fields: dict[str, Any]) -> str:
        """Store one draft; returns its id. Raises ``ValueError`` past ``MAX_FIELDS_CHARS``."""
        text = json.dumps(fields, sort_keys=True)
        if len(text) > MAX_FIELDS_CHARS:
            raise ValueError("form draft too large")
        draft_id = new_id()
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO dialog_drafts VALUES (?, ?, ?, ?, ?, ?, ?)",
                (draft_id, self.username, kind, title, json.dumps(context, sort_keys=True),
                 text, to_iso(self.clock())),
            )  # fmt: skip
        return draft_id

    def waiting(self) -> list[DialogDraft]:
        """This worker's drafts, oldest first."""
        rows = self.db.execute(
            "SELECT id, kind, title, context, fields, saved_at FROM dialog_drafts "
            "WHERE username = ? ORDER BY saved_at, id",
            (self.username,),
        ).fetchall()
        return [
            DialogDraft(r[0], r[1], r[2], json.loads(r[3]), json.loads(r[4]), r[5]) for r in rows
        ]

    def drop(self, draft_id: str) -> None:
        """Delete one draft (taken back or discarded); only this worker's."""
        with self.db.transaction():
            self.db.execute(
                "DELETE FROM dialog_drafts WHERE id = ? AND username = ?",
                (draft_id, self.username),
            )
