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

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import ValidationError
from csec_desktop.core.instruments import Instrument, InstrumentRegistry, shipped_registry
from csec_desktop.core.instruments.registry import version_key
from csec_desktop.core.reports.translation_store import store_translation
from csec_desktop.core.screening_policy import ScreeningPolicy, offered_instrument_problems
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.roles import Role

if TYPE_CHECKING:
    from csec_desktop.core.vault.session import Session

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


def install_instrument(session: Session, instrument: Instrument) -> AvailableInstrument:
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
PACKAGE_HASH_KEY = "county_package_sha256"
POLICY_KEY = "county_screening_policy"


@dataclass(frozen=True)
class PackageInstall:
    version: int
    installed: tuple[str, ...]  # "id version" of each definition new to this laptop
    already: tuple[str, ...]  # ones this laptop had
    policy: bool = False  # the package carried the county's screening policy
    changed: bool = True  # False: this very package was installed already
    translations: tuple[str, ...] = ()  # language codes of the youth-copy translations carried


def install_county_package(session: Session, data: bytes) -> PackageInstall:
    """Install a county-signed instrument package by hand (supervisors only), verified against
    the county root pinned by this laptop's trust file (see ``apply_county_package``)."""
    from csec_desktop.core.sync_service.identity import require_trust

    session.require(Role.SUPERVISOR)
    now = session.vault.clock()
    trust = require_trust(session.db, now)
    done = apply_county_package(
        session.db, session.audit, session.account.username, trust, data, now
    )
    session.refresh_policy()
    return done


def _meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def _set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def apply_county_package(
    db: Database, audit: Any, actor: str, trust: Any, data: bytes, now: Any
) -> PackageInstall:
    """Verify and install a county package (``core/sync/county_package.py``) against
    ``trust`` (a verified ``Trust``): by hand, or carried inside a trust update.

    Everything is checked before anything is stored: the signature against the pinned root,
    the county id, that the version is not older (nor a different package under the installed
    version), every definition's hash, and — when the package carries the county's screening
    policy — that every instrument its decision points offer is shipped or installed. Any
    failure raises one line and the laptop keeps the package it had.
    """
    from csec_desktop.core.sync.county_package import verify_county_package

    installed_version = _meta(db, PACKAGE_VERSION_KEY)
    package = verify_county_package(
        data,
        trust.root_public_key,
        trust.county_id,
        int(installed_version) if installed_version else None,
    )
    if installed_version is not None and package.version == int(installed_version):
        if _meta(db, PACKAGE_HASH_KEY) in (None, package.sha256):
            names = tuple(f"{i.id} {i.version}" for i in package.instruments)
            languages = tuple(t.code for t in package.translations)
            return PackageInstall(
                package.version, (), names, package.policy is not None, False, languages
            )
        raise ValidationError(
            f"county package version {package.version} differs from the installed package of "
            "the same version; the county must publish a new version"
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
    if package.policy is not None:
        for instrument in new:
            registry.add(instrument)
        problems = offered_instrument_problems(package.policy, registry)
        if problems:
            raise ValidationError(f"county package version {package.version}: {problems[0]}")
    at = to_iso(now)
    with db.transaction():
        for instrument in new:
            db.execute(
                "INSERT INTO county_instruments (hash, instrument_id, instrument_version, "
                "definition, installed_at, installed_by) VALUES (?, ?, ?, ?, ?, ?)",
                (instrument.content_hash, instrument.id, instrument.version,
                 instrument.definition_json(), at, actor),
            )  # fmt: skip
        _set_meta(db, PACKAGE_VERSION_KEY, str(package.version))
        _set_meta(db, PACKAGE_HASH_KEY, package.sha256)
        if package.policy_data is not None:
            _set_meta(db, POLICY_KEY, json.dumps(package.policy_data, sort_keys=True))
        for translation in package.translations:  # the county's wins over one by hand
            store_translation(db, audit, actor, translation, "county_package")
        audit.append(
            AuditEvent.INSTRUMENT_INSTALLED,
            actor,
            trust.county_id,
            {"package_version": package.version, "installed": [i.pin.content_hash for i in new],
             "policy": package.policy is not None},
        )  # fmt: skip
    names = tuple(f"{i.id} {i.version}" for i in new)
    return PackageInstall(
        package.version,
        names,
        tuple(f"{i.id} {i.version}" for i in had),
        package.policy is not None,
        translations=tuple(t.code for t in package.translations),
    )


def county_screening_policy(db: Database) -> ScreeningPolicy | None:
    """The screening policy the county's installed package carries, if any (it replaces the
    policy file's for every session on this laptop)."""
    from csec_desktop.core.screening_policy import load_screening_policy

    text = _meta(db, POLICY_KEY)
    return load_screening_policy(json.loads(text), "county package policy") if text else None
