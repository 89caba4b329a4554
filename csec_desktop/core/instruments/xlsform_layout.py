"""The spreadsheet layout county authors write instruments in: XLSForm's conventions plus this
product's own columns and sheets. Shared by the reader (xlsform_read) and writer (xlsform_write).

Sheets and columns (a text column is written ``label::English (en)`` / ``label::Español (es)``;
a bare ``label`` means English):

- ``survey``: type, name, label, hint, relevant, constraint, constraint_message, required,
  required_message, plus ``appearance`` (``multiline`` makes a text answer a long text),
  ``scoring_group``, ``weight``, ``sensitivity`` (print tags separated by spaces) and ``tags``
  (behaviour tags such as ``safety_now``, separated by spaces). Sections are
  ``begin group`` … ``end group`` rows (name, label, hint, relevant).
- ``choices``: list_name, name, label, plus ``points`` (the choice's concern level).
- ``settings`` (one row): form_id, version, form_title, plus ``kind``, ``about``,
  ``default_band`` and ``languages`` (e.g. ``en es``).
- This product's sheets: ``groups`` (name, label, description), ``bands`` (name, label,
  description; highest concern first), ``rules`` (name, band, when, reason) and ``actions``
  (name, text, bands, decision_points, when; lists separated by spaces).

Types: ``yes_no_unknown``, ``concern_rating``, ``select_one LIST``, ``select_multiple LIST``,
``date``, ``integer`` / ``decimal`` (a number), ``text``. Expressions use this product's
language (docs/instruments.md); XLSForm's ``${name}`` is accepted for an item name.
"""

from __future__ import annotations

from collections.abc import Mapping

from csec_desktop.core.instruments.model import ItemKind

LANGUAGE_NAMES: Mapping[str, str] = {"en": "English (en)", "es": "Español (es)"}

# Which columns each sheet may have: plain columns, and text columns (one per language).
SHEETS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "survey": (
        (
            "type", "name", "relevant", "constraint", "required", "appearance",
            "scoring_group", "weight", "sensitivity", "tags",
        ),
        ("label", "hint", "constraint_message", "required_message"),
    ),
    "choices": (("list_name", "name", "points"), ("label",)),
    "settings": (
        ("form_id", "version", "kind", "default_band", "languages"), ("form_title", "about"),
    ),
    "groups": (("name",), ("label", "description")),
    "bands": (("name",), ("label", "description")),
    "rules": (("name", "band", "when"), ("reason",)),
    "actions": (("name", "bands", "decision_points", "when"), ("text",)),
}  # fmt: skip
REQUIRED_SHEETS = ("survey", "settings", "bands")

# Spreadsheet type -> item kind (select types take a list name after a space).
TYPE_KINDS: Mapping[str, ItemKind] = {
    "yes_no_unknown": ItemKind.YES_NO_UNKNOWN,
    "concern_rating": ItemKind.CONCERN,
    "select_one": ItemKind.SINGLE,
    "select_multiple": ItemKind.MULTIPLE,
    "date": ItemKind.DATE,
    "integer": ItemKind.NUMBER,
    "decimal": ItemKind.NUMBER,
    "text": ItemKind.SHORT_TEXT,
}
# Item kind -> the type written on export (long text is "text" with appearance "multiline").
KIND_TYPES: Mapping[ItemKind, str] = {
    ItemKind.YES_NO_UNKNOWN: "yes_no_unknown",
    ItemKind.CONCERN: "concern_rating",
    ItemKind.SINGLE: "select_one",
    ItemKind.MULTIPLE: "select_multiple",
    ItemKind.DATE: "date",
    ItemKind.NUMBER: "decimal",
    ItemKind.SHORT_TEXT: "text",
    ItemKind.LONG_TEXT: "text",
}
if set(KIND_TYPES) != set(ItemKind):
    raise RuntimeError("every item kind needs a spreadsheet type")
MULTILINE = "multiline"
TRUE_WORDS = frozenset({"yes", "true", "true()", "1"})
FALSE_WORDS = frozenset({"", "no", "false", "false()", "0"})


def text_header(base: str, lang: str) -> str:
    return f"{base}::{LANGUAGE_NAMES[lang]}"


def split_header(header: str) -> tuple[str, str | None]:
    """``label::Español (es)`` -> ("label", "es"); ``label`` -> ("label", None)."""
    base, sep, rest = header.partition("::")
    if not sep:
        return header.strip(), None
    rest = rest.strip()
    if rest.endswith(")") and "(" in rest:
        return base.strip(), rest[rest.rindex("(") + 1 : -1].strip()
    return base.strip(), rest
