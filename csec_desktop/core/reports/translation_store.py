"""County translations of the youth's copy stored in the vault (``meta`` rows keyed
``youth_translation:<code>``: they travel with the encrypted vault and need no schema change).

Two ways in: the county's signed package with a trust update (preferred; ``source``
"county_package") or a supervisor by hand (``csec translation install``; "file"). Kept free
of ReportLab: the trust update runs at sign-in and in sync, not only when printing.
"""

from __future__ import annotations

import json
from typing import Any

from csec_desktop.core.reports.translation_file import Translation
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.roles import Role

_PREFIX = "youth_translation:"


def installed_translations(db: Any) -> dict[str, Translation]:
    rows = db.execute("SELECT key, value FROM meta WHERE key LIKE ?", (_PREFIX + "%",))
    found = {}
    for _, value in rows.fetchall():
        doc = json.loads(value)
        found[doc["language"]] = Translation(doc["language"], doc["name"], doc["words"])
    return dict(sorted(found.items()))


def install_translation(session: Any, translation: Translation) -> bool:
    """Install (or replace) a county translation by hand (``csec translation install``);
    supervisors only, audited. Returns True when it replaced an earlier file for the same
    language. The county's signed package is the preferred way (``store_translation``)."""
    session.require(Role.SUPERVISOR)
    with session.db.transaction():
        return store_translation(
            session.db, session.audit, session.account.username, translation, "file"
        )


def store_translation(
    db: Any, audit: Any, actor: str, translation: Translation, source: str
) -> bool:
    """Store (or replace) one translation inside the caller's transaction, audited as
    ``translation_installed`` with its ``source`` ("file": by hand; "county_package": with a
    trust update). True when it replaced one for the same language."""
    key = _PREFIX + translation.code
    replaced = db.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone() is not None
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, translation.to_json()))
    audit.append(
        AuditEvent.TRANSLATION_INSTALLED,
        actor,
        translation.code,
        {"kind": "youth_translation", "name": translation.name, "source": source},
    )
    return replaced
