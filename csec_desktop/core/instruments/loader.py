"""Loading a definition: JSON text → shape check → whole-definition checks → ``Instrument``.

The content hash is SHA-256 over a canonical JSON form of the definition *as authored* (keys
sorted, no insignificant whitespace, UTF-8), not over the pydantic dump: a later app version
that adds a field with a default must still compute the same hash for an old definition, so
an old record can always find the definition it was captured under.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticError

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.i18n import translate
from csec_desktop.core.instruments.model import InstrumentDefinition, Item, Section
from csec_desktop.core.instruments.validate import Compiled, Problem, validate_definition
from csec_desktop.core.textfile import TextFileError, printable_name, read_text_capped

MAX_DEFINITION_BYTES = 2_000_000


class DefinitionError(ValidationError):
    """A definition that cannot be used. ``lines`` holds every problem as ``file:where: msg``."""

    def __init__(self, lines: list[str]) -> None:
        more = f" (and {len(lines) - 1} more problems)" if len(lines) > 1 else ""
        super().__init__(lines[0] + more)
        self.lines = lines


@dataclass(frozen=True)
class InstrumentPin:
    """What every record stores to find its definition again."""

    id: str
    version: str
    content_hash: str


class Instrument:
    """A validated definition with its compiled expressions and content hash."""

    def __init__(self, data: dict[str, Any], definition: InstrumentDefinition, compiled: Compiled):
        self._data = copy.deepcopy(data)
        self.definition = definition
        self.compiled = compiled
        self._items = {item.id: item for item in definition.items()}
        self._sections = {i.id: s for s in definition.sections for i in s.items}
        # Scored items by group (None: every scored item), in definition order: scores and
        # flag counts are read for every rule on every answer.
        scored = [item for item in self._items.values() if item.group is not None]
        self._grouped: dict[str | None, tuple[Item, ...]] = {None: tuple(scored)}
        for item in scored:
            self._grouped[item.group] = (*self._grouped.get(item.group, ()), item)
        self.content_hash = hashlib.sha256(self.definition_json().encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        return self.definition.id

    @property
    def version(self) -> str:
        return self.definition.version

    @property
    def pin(self) -> InstrumentPin:
        return InstrumentPin(self.id, self.version, self.content_hash)

    def item(self, item_id: str) -> Item:
        return self._items[item_id]

    def has_item(self, item_id: str) -> bool:
        return item_id in self._items

    def section_of(self, item_id: str) -> Section:
        return self._sections[item_id]

    def items(self) -> list[Item]:
        return list(self._items.values())

    def scored_items(self, group: str | None = None) -> tuple[Item, ...]:
        """The items of score group ``group`` (every scored item for None)."""
        return self._grouped.get(group, ())

    def authored(self) -> dict[str, Any]:
        """A copy of the definition as authored (its keys in the author's order)."""
        return copy.deepcopy(self._data)

    def definition_json(self) -> str:
        """The canonical JSON text of the definition; ``from_json`` reloads it exactly."""
        return canonical_json(self._data)

    @classmethod
    def from_json(cls, text: str, source: str = "<stored definition>") -> Instrument:
        """The instrument a stored definition text holds, validated once per text.

        Every print and every resumed draft reloads its pinned definition; the same text
        always validates to the same instrument (instruments are never changed after loading),
        so the result is kept for the text (a few instruments at most). A text that fails
        raises every time."""
        return _from_json(text, source)


@functools.lru_cache(maxsize=16)
def _from_json(text: str, source: str) -> Instrument:
    return load_instrument(parse_json(text, source), source)


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def parse_json(text: str, source: str) -> dict[str, Any]:
    """Strict JSON: no NaN/Infinity, no repeated keys, an object at the top."""

    def no_constant(name: str) -> Any:
        raise ValueError(f"{name} is not allowed")

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise ValueError(f"key '{key}' appears twice in one object")
            out[key] = value
        return out

    if len(text) > MAX_DEFINITION_BYTES:
        limit = MAX_DEFINITION_BYTES
        too_big = translate("InstrumentFile", "{source}:definition: larger than {limit} bytes")
        raise DefinitionError([too_big.format(source=source, limit=limit)])
    try:
        data = json.loads(text, parse_constant=no_constant, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        line, column, reason = exc.lineno, exc.colno, exc.msg
        not_json = translate(
            "InstrumentFile",
            "{source}:definition: not valid JSON (line {line} column {column}: {reason})",
        )
        raise DefinitionError(
            [not_json.format(source=source, line=line, column=column, reason=reason)]
        ) from None
    except ValueError as exc:
        not_json = translate("InstrumentFile", "{source}:definition: not valid JSON ({reason})")
        raise DefinitionError([not_json.format(source=source, reason=exc)]) from None
    except RecursionError:
        deep = translate(
            "InstrumentFile", "{source}:definition: not valid JSON (nested too deeply)"
        )
        raise DefinitionError([deep.format(source=source)]) from None
    if not isinstance(data, dict):
        not_object = translate(
            "InstrumentFile", "{source}:definition: the file must hold a JSON object"
        )
        raise DefinitionError([not_object.format(source=source)])
    return data


def check_instrument(data: dict[str, Any], source: str) -> tuple[Instrument | None, list[str]]:
    """Validate ``data``; return the instrument (None if unusable) and every problem line."""
    try:
        definition = InstrumentDefinition.model_validate(data)
    except PydanticError as exc:
        lines = []
        for err in exc.errors():
            where, path = _locate(data, err["loc"])
            lines.append(Problem(where, f"{path}: {err['msg']}" if path else err["msg"]))
        return None, [p.format(source) for p in lines]
    problems, compiled = validate_definition(definition)
    if problems:
        return None, [p.format(source) for p in problems]
    return Instrument(data, definition, compiled), []


def load_instrument(data: dict[str, Any], source: str) -> Instrument:
    instrument, lines = check_instrument(data, source)
    if instrument is None:
        raise DefinitionError(lines)
    return instrument


def read_definition_text(path: Path, source: str) -> str:
    """A definition file's text, refused (before it is read whole) when too large or not UTF-8."""
    try:
        return read_text_capped(path, MAX_DEFINITION_BYTES)
    except TextFileError as exc:
        raise DefinitionError([f"{source}:definition: {exc}"]) from None
    except OSError as exc:
        reason = exc.strerror
        unread = translate("InstrumentFile", "{source}:definition: cannot be read ({reason})")
        raise DefinitionError([unread.format(source=source, reason=reason)]) from None


def load_instrument_file(path: Path) -> Instrument:
    return load_instrument(parse_json(read_definition_text(path, path.name), path.name), path.name)


def _locate(data: Any, loc: tuple[int | str, ...]) -> tuple[str, str]:
    """Turn a pydantic location into (nearest id, path below it), e.g. ('q3', 'label.es')."""
    where, node = "definition", data
    rest: list[str] = []
    for step in loc:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(node, dict) and isinstance(node.get("id"), str) and isinstance(step, int):
            where, rest = printable_name(node["id"]), []
        elif isinstance(step, int):
            rest[-1:] = [f"{rest[-1]}[{step}]" if rest else f"[{step}]"]
        else:
            rest.append(printable_name(str(step)))
    return where, ".".join(rest)
