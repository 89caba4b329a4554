"""Writing a definition as a spreadsheet (layout: xlsform_layout.py), so a county can start
from a shipped instrument and change it in Excel or LibreOffice. Reading the result back with
``read_xlsform`` gives the same definition."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from csec_desktop.core.instruments.kinds import KINDS
from csec_desktop.core.instruments.loader import Instrument
from csec_desktop.core.instruments.model import Item, ItemKind, Text
from csec_desktop.core.instruments.xlsform_layout import (
    KIND_TYPES,
    MULTILINE,
    SHEETS,
    text_header,
)


def write_xlsform(instrument: Instrument, path: Path) -> None:
    """Write ``instrument`` to ``path`` (.xlsx), one sheet per part of the definition."""
    from openpyxl import Workbook  # imported here: only authoring commands need it
    from openpyxl.styles import Font

    defn = instrument.definition
    langs = list(defn.languages)
    book = Workbook()
    book.remove(book.active)
    sheets: dict[str, list[dict[str, Any]]] = {
        "survey": _survey(instrument),
        "choices": [
            {"list_name": _list_name(item), "name": c.id, "label": c.label, "points": c.points}
            for item in defn.items()
            if KINDS[item.kind].choices == "defined"
            for c in item.choices or ()
        ],
        "settings": [
            {
                "form_id": defn.id,
                "version": defn.version,
                "form_title": defn.title,
                "kind": defn.kind.value,
                "about": defn.about,
                "default_band": defn.default_band,
                "languages": " ".join(langs),
            }
        ],
        "groups": [
            {"name": g.id, "label": g.label, "description": g.description} for g in defn.groups
        ],
        "bands": [
            {"name": b.id, "label": b.label, "description": b.description} for b in defn.bands
        ],
        "rules": [
            {"name": r.id, "band": r.band, "when": r.when, "reason": r.reason} for r in defn.rules
        ],
        "actions": [
            {
                "name": a.id,
                "text": a.text,
                "bands": " ".join(a.bands),
                "decision_points": " ".join(a.decision_points),
                "when": a.when,
            }
            for a in defn.actions
        ],
    }
    for name, rows in sheets.items():
        plain, texts = SHEETS[name]
        headers = list(plain) + [text_header(t, lang) for t in texts for lang in langs]
        sheet = book.create_sheet(name)
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([_cell(row, header) for header in headers])
        sheet.freeze_panes = "A2"
    book.save(path)


def _cell(row: dict[str, Any], header: str) -> Any:
    base, _, rest = header.partition("::")
    value = row.get(base)
    if isinstance(value, Text):
        return value.get(rest[-3:-1]) if rest[-3:-1] == "en" or value.es else None
    if value in ("", None):
        return None
    return value


def _list_name(item: Item) -> str:
    return item.id


def _survey(instrument: Instrument) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for section in instrument.definition.sections:
        rows.append(
            {
                "type": "begin group",
                "name": section.id,
                "label": section.title,
                "hint": section.help,
                "relevant": section.relevant,
            }
        )
        for item in section.items:
            kind_type = KIND_TYPES[item.kind]
            if KINDS[item.kind].choices == "defined":
                kind_type = f"{kind_type} {_list_name(item)}"
            rows.append(
                {
                    "type": kind_type,
                    "name": item.id,
                    "label": item.label,
                    "hint": item.help,
                    "relevant": item.relevant,
                    "constraint": item.constraint,
                    "constraint_message": item.constraint_message,
                    "required": "yes" if item.required else None,
                    "required_message": item.required_message,
                    "appearance": MULTILINE if item.kind is ItemKind.LONG_TEXT else None,
                    "scoring_group": item.group,
                    "weight": item.weight if item.weight != 1.0 else None,
                    "sensitivity": " ".join(t.value for t in item.sensitivity) or None,
                    "tags": " ".join(t.value for t in item.tags) or None,
                }
            )
        rows.append({"type": "end group", "name": section.id})
    return rows
