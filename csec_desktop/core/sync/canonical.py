"""Canonical JSON out, strict JSON in, and the small field checks every sync format shares.

Canonical form: keys sorted, no insignificant whitespace, UTF-8, no NaN/Infinity. For the
sync documents (only strings, integers, lists and objects with ASCII keys) this is byte-for-byte
the JSON Canonicalization Scheme (RFC 8785), so a county can reproduce it with other tools.

Strict parsing refuses what a lenient parser would quietly accept and a second parser might
read differently: invalid UTF-8, a byte-order mark, duplicate keys, NaN, floats where the
format has none, and nesting deep enough to exhaust the stack.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import unicodedata
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from csec_desktop.core.sync.errors import FormatError
from csec_desktop.core.textfile import printable_name

_HEX_RE = re.compile(r"[0-9a-f]+")
_TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_MAX_DEPTH = 64
_CONTAINERS = (dict, list)  # what json.loads builds for objects and arrays


def canonical_json(value: object, what: str = "document") -> bytes:
    """Serialise ``value`` canonically; raise FormatError naming ``what`` if it cannot be."""
    try:
        text = json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
        return text.encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError, RecursionError) as exc:
        raise FormatError(f"{what} cannot be written as JSON ({type(exc).__name__})") from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Built in C; a key given twice leaves the object with fewer members than pairs.
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _refuse_constant(name: str) -> object:
    raise ValueError(f"non-standard constant {name}")


def _depth(value: object, limit: int) -> int:
    """Depth of nesting, stopping early past ``limit`` (iterative: no recursion to exhaust).

    Walks one level at a time and keeps only the containers of each level, so the strings and
    numbers (most of a bundle's values) are looked at once, in a comprehension, and never
    pushed on a stack."""
    level = 0
    layer: list[Any] = [value] if type(value) in _CONTAINERS else []
    while layer:
        level += 1
        if level > limit:
            return level
        layer = [
            child
            for item in layer
            for child in (item.values() if type(item) is dict else item)
            if type(child) in _CONTAINERS
        ]
    return level


def parse_json_strict(data: bytes, what: str, *, max_depth: int = _MAX_DEPTH) -> Any:
    """Parse UTF-8 JSON strictly; any problem is one FormatError naming ``what``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise FormatError(f"{what} is not valid UTF-8") from None
    if text.startswith("\ufeff"):
        raise FormatError(f"{what} starts with a byte-order mark")
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        reason = (
            "has a key that appears twice" if "duplicate key" in str(exc) else "is not valid JSON"
        )
        raise FormatError(f"{what} {reason}") from None
    if _depth(value, max_depth) > max_depth:
        raise FormatError(f"{what} is nested more than {max_depth} levels deep")
    return value


# A \u escape in JSON text spells a character that is not in the text itself; only the C0
# control characters (which compose with nothing) may be escaped for the check below to hold.
_COMPOSING_ESCAPE = re.compile(r"\\u(?!00[01][0-9a-fA-F])")


def strings_are_nfc(text: str) -> bool:
    """True when every string parsed from the JSON ``text`` (keys and values) is already in
    Unicode NFC, judged from the text alone; False when it cannot tell (then normalise each
    string).

    The strings stand in the text between quote marks, and a quote mark composes with no
    character and is a starter (canonical combining class 0), so NFC of the whole text leaves
    each string as NFC of that string leaves it (UAX #15: composition and reordering never
    cross a starter that composes with nothing). Escapes are the exception: ``\\u0065``
    followed by U+0301 is ``e`` and a combining acute once parsed, which the text does not
    show, so any ``\\u`` escape other than a C0 control (and an escaped backslash before a
    ``u``, harmlessly) sends the caller to the per-string path."""
    return _COMPOSING_ESCAPE.search(text) is None and unicodedata.is_normalized("NFC", text)


def require_object(
    value: object, what: str, members: set[str], optional: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """``value`` must be an object with exactly ``members`` (plus any of ``optional``)."""
    if not isinstance(value, dict):
        raise FormatError(f"{what} must be a JSON object")
    keys = set(value)
    missing = sorted(members - keys)
    extra = sorted(keys - members - optional)
    if missing:
        raise FormatError(f"{what} is missing {', '.join(missing)}")
    if extra:
        raise FormatError(f"{what} has unexpected member {printable_name(extra[0])}")
    return value


def req_str(obj: Mapping[str, Any], key: str, what: str, *, max_len: int = 200) -> str:
    value = obj[key]
    if not isinstance(value, str):
        raise FormatError(f"{what} {key} must be a string")
    if len(value) > max_len:
        raise FormatError(f"{what} {key} is longer than {max_len} characters")
    if has_hidden_characters(value):
        raise FormatError(f"{what} {key} contains control or invisible formatting characters")
    return value


# Zero-width (non-)joiners are Unicode format characters that Persian, Indic scripts and
# emoji need in ordinary words; every other one (U+202E and the other direction overrides,
# zero-width spaces, soft hyphens) can make shown text read differently from what it is.
_ALLOWED_FORMAT = frozenset("\u200c\u200d")


def has_hidden_characters(value: str) -> bool:
    """``value`` holds a control character (C0, DEL, C1) or a Unicode format character
    (category Cf, e.g. U+202E RIGHT-TO-LEFT OVERRIDE) other than the zero-width joiners."""
    return any(
        ord(ch) < 0x20
        or 0x7F <= ord(ch) < 0xA0
        or (unicodedata.category(ch) == "Cf" and ch not in _ALLOWED_FORMAT)
        for ch in value
    )


def req_const(obj: Mapping[str, Any], key: str, what: str, expected: str) -> str:
    value = obj[key]
    if value != expected:
        raise FormatError(f"{what} {key} must be {expected!r}")
    return expected


def req_int(
    obj: Mapping[str, Any], key: str, what: str, *, minimum: int = 0, maximum: int = 2**53 - 1
) -> int:
    value = obj[key]
    # bool is an int in Python but not in JSON's sense of a count.
    if not isinstance(value, int) or isinstance(value, bool):
        raise FormatError(f"{what} {key} must be an integer")
    if not minimum <= value <= maximum:
        raise FormatError(f"{what} {key} must be between {minimum} and {maximum}")
    return value


def req_hex(obj: Mapping[str, Any], key: str, what: str, nbytes: int) -> str:
    value = obj[key]
    if not isinstance(value, str) or len(value) != 2 * nbytes or not _HEX_RE.fullmatch(value):
        raise FormatError(f"{what} {key} must be {2 * nbytes} lowercase hex digits")
    return value


def req_uuid(obj: Mapping[str, Any], key: str, what: str) -> str:
    value = obj[key]
    if not isinstance(value, str) or not is_canonical_uuid(value):
        raise FormatError(f"{what} {key} must be a lowercase UUID")
    return value


def is_canonical_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def req_b64(obj: Mapping[str, Any], key: str, what: str, nbytes: int | None = None) -> bytes:
    value = obj[key]
    if not isinstance(value, str):
        raise FormatError(f"{what} {key} must be a base64 string")
    raw = b64decode_strict(value, f"{what} {key}")
    if nbytes is not None and len(raw) != nbytes:
        raise FormatError(f"{what} {key} must encode {nbytes} bytes, not {len(raw)}")
    return raw


def b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def b64decode_strict(value: str, what: str) -> bytes:
    """Standard base64 with padding; the only accepted spelling is the canonical one."""
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise FormatError(f"{what} is not valid base64") from None
    # Non-zero padding bits decode to the same bytes; refuse them so each value has one spelling.
    if b64encode(raw) != value:
        raise FormatError(f"{what} is not canonical base64")
    return raw


def format_time(moment: datetime) -> str:
    """UTC, whole seconds, ``Z`` suffix: the one timestamp spelling in every sync format."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def req_time(obj: Mapping[str, Any], key: str, what: str) -> datetime:
    value = obj[key]
    if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
        raise FormatError(f"{what} {key} must be a UTC time like 2025-01-31T14:05:00Z")
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise FormatError(f"{what} {key} is not a real date and time") from None
