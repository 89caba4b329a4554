"""County instruments installed on this laptop, and the registry a session works with.

A county's own instrument is installed by a supervisor and kept inside the encrypted vault
(table ``county_instruments``, schema version 9), pinned by id + version + content hash. The
laptop's registry is every shipped definition plus every installed one; the county policy's
decision points may offer any of them, and the policy is checked against that registry when a
session starts and when an instrument is installed, so a missing instrument is named then and
never when a worker reaches the decision point.

An installed definition is never replaced under the same id and version: a changed
instrument is a new version, and records keep the exact definition they were captured under
(stored beside the record, see ``encounters.PinnedDefinition``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import ValidationError
from csec_desktop.core.instruments import Instrument, InstrumentRegistry, shipped_registry
from csec_desktop.core.instruments.registry import version_key
from csec_desktop.core.screening_policy import ScreeningPolicy, offered_instrument_problems
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.roles import Role

Source = Literal["shipped", "county"]


@dataclass(frozen=True)
class AvailableInstrument:
    """One definition a laptop can start new sessions with, and where it came from."""

    instrument: Instrument
    source: Source
    installed_at: str | None = None
    installed_by: str | None = None


def installed_instruments(db: Database) -> list[AvailableInstrument]:
    """The county instruments installed in this vault, by id then version."""
    rows = db.execute(
        "SELECT definition, hash, installed_at, installed_by FROM county_instruments"
    ).fetchall()
    found = []
    for definition, content_hash, at, by in rows:
        instrument = Instrument.from_json(definition, "installed instrument")
        if instrument.content_hash != content_hash:
            raise ValidationError(
                f"installed instrument {instrument.id} {instrument.version} does not match "
                "its pinned content hash; reinstall it from the county's file"
            )
        found.append(AvailableInstrument(instrument, "county", at, by))
    return sorted(found, key=lambda a: (a.instrument.id, version_key(a.instrument.version)))


def laptop_registry(db: Database) -> InstrumentRegistry:
    """Shipped definitions plus the county's installed ones (what new sessions may use)."""
    registry = shipped_registry()
    for available in installed_instruments(db):
        registry.add(available.instrument)
    return registry


def available_instruments(db: Database) -> list[AvailableInstrument]:
    """Every definition new sessions may use, each with its source ("shipped" / "county")."""
    shipped = [AvailableInstrument(i, "shipped") for i in shipped_registry().all()]
    everything = shipped + installed_instruments(db)
    return sorted(everything, key=lambda a: (a.instrument.id, version_key(a.instrument.version)))


def install_instrument(session: Any, instrument: Instrument) -> AvailableInstrument:
    """Install a county instrument (supervisors only), audited. Refused when the same
    definition is already available, or when another definition already uses its id and
    version (a changed instrument needs a new version number)."""
    session.require(Role.SUPERVISOR)
    db: Database = session.db
    registry = laptop_registry(db)
    try:
        existing = registry.get(instrument.id, instrument.version)
    except ValidationError:
        existing = None
    if existing is not None:
        if existing.content_hash == instrument.content_hash:
            raise ValidationError(
                f"{instrument.id} {instrument.version} is already available on this laptop"
            )
        raise ValidationError(
            f"{instrument.id} {instrument.version}: a different definition with this id and "
            "version is already available; give the county's file a new version number"
        )
    at, by = to_iso(session.vault.clock()), session.account.username
    with db.transaction():
        db.execute(
            "INSERT INTO county_instruments (hash, instrument_id, instrument_version, "
            "definition, installed_at, installed_by) VALUES (?, ?, ?, ?, ?, ?)",
            (
                instrument.content_hash,
                instrument.id,
                instrument.version,
                instrument.definition_json(),
                at,
                by,
            ),
        )
        session.audit.append(
            AuditEvent.INSTRUMENT_INSTALLED,
            by,
            instrument.id,
            {"version": instrument.version, "content_hash": instrument.content_hash},
        )
    return AvailableInstrument(instrument, "county", at, by)


def policy_problems(db: Database, policy: ScreeningPolicy) -> list[str]:
    """What in the county policy this laptop cannot honour (empty when every decision point's
    instruments are available): one line per decision point and instrument."""
    return offered_instrument_problems(policy, laptop_registry(db))


def require_policy_instruments(db: Database, policy: ScreeningPolicy) -> InstrumentRegistry:
    """The laptop's registry, or ValidationError naming each decision point and the
    instrument it offers that is not available."""
    registry = laptop_registry(db)
    problems = offered_instrument_problems(policy, registry)
    if problems:
        raise ValidationError("; ".join(problems))
    return registry


PACKAGE_VERSION_KEY = "county_package_version"


@dataclass(frozen=True)
class PackageInstall:
    version: int
    installed: tuple[str, ...]  # "id version" of each definition new to this laptop
    already: tuple[str, ...]  # ones this laptop had


def install_county_package(session: Any, data: bytes) -> PackageInstall:
    """Install a county-signed instrument package (supervisors only), verified against the
    county root pinned by this laptop's trust file. Everything is checked before anything is
    stored, so a package that does not verify leaves the laptop as it was."""
    from csec_desktop.core.sync.county_package import verify_county_package
    from csec_desktop.core.sync_service.identity import require_trust

    session.require(Role.SUPERVISOR)
    db: Database = session.db
    now = session.vault.clock()
    trust = require_trust(db, now)
    row = db.execute("SELECT value FROM meta WHERE key = ?", (PACKAGE_VERSION_KEY,)).fetchone()
    package = verify_county_package(
        data, trust.root_public_key, trust.county_id, int(row[0]) if row else None
    )
    registry = laptop_registry(db)
    new: list[Instrument] = []
    had: list[Instrument] = []
    for instrument in package.instruments:
        try:
            existing = registry.get(instrument.id, instrument.version)
        except ValidationError:
            existing = None
        if existing is not None and existing.content_hash != instrument.content_hash:
            raise ValidationError(
                f"county package: {instrument.id} {instrument.version} differs from the "
                "definition already on this laptop under that version; nothing was installed"
            )
        (had if existing else new).append(instrument)
    at, by = to_iso(now), session.account.username
    with db.transaction():
        for instrument in new:
            db.execute(
                "INSERT INTO county_instruments (hash, instrument_id, instrument_version, "
                "definition, installed_at, installed_by) VALUES (?, ?, ?, ?, ?, ?)",
                (instrument.content_hash, instrument.id, instrument.version,
                 instrument.definition_json(), at, by),
            )  # fmt: skip
        db.execute(
            "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (PACKAGE_VERSION_KEY, str(package.version)),
        )
        session.audit.append(
            AuditEvent.INSTRUMENT_INSTALLED,
            by,
            trust.county_id,
            {"package_version": package.version, "installed": [i.pin.content_hash for i in new]},
        )
    names = tuple(f"{i.id} {i.version}" for i in new)
    return PackageInstall(package.version, names, tuple(f"{i.id} {i.version}" for i in had))
