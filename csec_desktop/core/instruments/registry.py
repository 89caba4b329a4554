"""The definitions a laptop knows: shipped ones (every version ever shipped is kept, under
``resources/instruments/<id>/<version>.json``), county-supplied ones and definitions the
records layer stored alongside old records. Lookup by content hash means an old record always
reopens with exactly the definition it was captured under."""

from __future__ import annotations

import hashlib
from functools import cache

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.instruments.loader import (
    DefinitionError,
    Instrument,
    InstrumentPin,
    check_instrument,
    parse_json,
)
from csec_desktop.core.paths import resource

SHIPPED_DIR = "instruments"
# Test cases shipped beside each definition (``<version>.cases.json``, see cases.py).
CASES_SUFFIX = ".cases.json"


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


class InstrumentRegistry:
    def __init__(self) -> None:
        self._current: dict[tuple[str, str], Instrument] = {}  # (id, version) → for new sessions
        self._by_hash: dict[str, Instrument] = {}  # every definition ever added

    def add(self, instrument: Instrument, replace: bool = False) -> Instrument:
        """Add a definition. A different definition under the same id and version is refused
        unless ``replace`` (a county's own file replacing a shipped default for new sessions;
        records pinned to the old one still resolve by hash)."""
        key = (instrument.id, instrument.version)
        existing = self._current.get(key)
        if existing and existing.content_hash != instrument.content_hash and not replace:
            raise ValidationError(
                f"{instrument.id} {instrument.version}: a different definition with this "
                "id and version is already loaded; give the new one a new version"
            )
        if existing is None or replace:
            self._current[key] = instrument
        self._by_hash.setdefault(instrument.content_hash, instrument)
        return instrument

    def add_json(self, text: str, source: str = "<stored definition>") -> Instrument:
        """Add a definition from its JSON text (e.g. as stored beside a record). Stored text is
        canonical, so its SHA-256 is the content hash: a known definition is not parsed again."""
        known = self._by_hash.get(hashlib.sha256(text.encode("utf-8")).hexdigest())
        if known is not None:
            return known
        instrument = Instrument.from_json(text, source)
        self._by_hash.setdefault(instrument.content_hash, instrument)
        self._current.setdefault((instrument.id, instrument.version), instrument)
        return instrument

    def get(self, instrument_id: str, version: str | None = None) -> Instrument:
        """A definition by id and version; without a version, the newest one."""
        if version is None:
            versions = [v for (i, v) in self._current if i == instrument_id]
            if not versions:
                raise ValidationError(f"no instrument '{instrument_id}' is available")
            version = max(versions, key=version_key)
        found = self._current.get((instrument_id, version))
        if found is None:
            raise ValidationError(
                f"instrument '{instrument_id}' version {version} is not available"
            )
        return found

    def has(self, instrument_id: str) -> bool:
        """Whether any version of ``instrument_id`` is available for new sessions."""
        return any(i == instrument_id for (i, _v) in self._current)

    def resolve(self, pin: InstrumentPin) -> Instrument:
        """The exact definition a record was captured with (id, version and content hash)."""
        found = self._by_hash.get(pin.content_hash)
        if found is None or found.id != pin.id or found.version != pin.version:
            raise ValidationError(
                f"the definition of {pin.id} {pin.version} (hash {pin.content_hash[:12]}…) "
                "is not available on this laptop"
            )
        return found

    def latest(self) -> list[Instrument]:
        """The newest version of each instrument, by id."""
        ids = sorted({i for (i, _v) in self._current})
        return [self.get(i) for i in ids]

    def all(self) -> list[Instrument]:
        return sorted(self._by_hash.values(), key=lambda i: (i.id, version_key(i.version)))


def is_cases(name: str) -> bool:
    return name.endswith(CASES_SUFFIX)


def _scan() -> list[tuple[Instrument | None, list[str]]]:
    """Check every shipped file: (instrument or None, problem lines) per file."""
    results: list[tuple[Instrument | None, list[str]]] = []
    for folder in sorted(resource(SHIPPED_DIR).iterdir(), key=lambda p: p.name):
        files = sorted(folder.iterdir(), key=lambda p: p.name) if folder.is_dir() else []
        for file in (f for f in files if f.name.endswith(".json") and not is_cases(f.name)):
            source = f"{SHIPPED_DIR}/{folder.name}/{file.name}"
            try:
                instrument, lines = check_instrument(
                    parse_json(file.read_text("utf-8"), source), source
                )
            except DefinitionError as exc:
                instrument, lines = None, exc.lines
            if instrument and (instrument.id, instrument.version) != (
                folder.name,
                file.name.removesuffix(".json"),
            ):
                lines.append(f"{source}:definition: id and version must match the file's path")
                instrument = None
            results.append((instrument, lines))
    return results


def shipped_problems() -> list[str]:
    """Every problem in the shipped definitions (empty when all are sound)."""
    return [line for _instrument, lines in _scan() for line in lines]


@cache
def _shipped() -> tuple[Instrument, ...]:
    results = _scan()
    problems = [line for _instrument, lines in results for line in lines]
    if problems:
        raise ValidationError(f"a shipped instrument is damaged: {problems[0]}")
    return tuple(instrument for instrument, _lines in results if instrument)


def shipped_registry() -> InstrumentRegistry:
    """A new registry holding every shipped definition (parsed once per process)."""
    registry = InstrumentRegistry()
    for instrument in _shipped():
        registry.add(instrument)
    return registry
