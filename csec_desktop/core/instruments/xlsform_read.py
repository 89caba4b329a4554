"""Reading an instrument written in a spreadsheet (layout: xlsform_layout.py) into the JSON
definition, then validating it like any definition file. Every problem names the sheet, the
row and the column, e.g. ``form.xlsx: survey row 7, column relevant: unknown item 'wory'``.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from csec_desktop.core.instruments.loader import DefinitionError, Instrument, check_instrument
from csec_desktop.core.instruments.model import ItemKind
from csec_desktop.core.instruments.xlsform_layout import (
    FALSE_WORDS,
    LANGUAGE_NAMES,
    MULTILINE,
    REQUIRED_SHEETS,
    SHEETS,
    TRUE_WORDS,
    TYPE_KINDS,
)
from csec_desktop.core.instruments.xlsform_sheets import Row, SheetReader, read_rows, relocate

_SENTINEL = "\x00sheet"
_DOLLAR_NAME = re.compile(r"\$\{([a-z][a-z0-9_]*)\}")


def read_xlsform(path: Path) -> Instrument:
    """The instrument a spreadsheet describes, or DefinitionError listing every problem."""
    data, reader = xlsform_to_data(path)
    instrument, lines = check_instrument(data, _SENTINEL)
    if instrument is None:
        raise DefinitionError([relocate(line, reader) for line in lines])
    return instrument


NOT_A_WORKBOOK = "not an Excel workbook (.xlsx) that can be read"


def xlsform_to_data(path: Path) -> tuple[dict[str, Any], SheetReader]:
    """The definition dict a spreadsheet describes (not yet validated as a whole)."""
    from openpyxl import load_workbook  # imported here: only authoring commands need it
    from openpyxl.utils.exceptions import InvalidFileException

    reader = SheetReader(path.name)
    unreadable = DefinitionError([f"{path.name}: {NOT_A_WORKBOOK}"])
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError):
        # what openpyxl raises for a file that is not a workbook (or named like another format)
        raise unreadable from None
    try:
        sheets = {
            name.strip().lower(): read_rows(book[name], name.strip().lower(), reader)
            for name in book.sheetnames
            if name.strip().lower() in SHEETS
        }
        for name in book.sheetnames:
            if name.strip().lower() not in SHEETS:
                reader.problem(
                    name, None, None, f"not a sheet this app reads (use {', '.join(SHEETS)})"
                )
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError):  # damaged inside
        raise unreadable from None
    finally:
        book.close()
    for name in REQUIRED_SHEETS:
        if name not in sheets:
            reader.problem(name, None, None, "this sheet is missing")
    if reader.problems:
        raise DefinitionError(reader.problems)
    data = _definition(sheets, reader)
    if reader.problems:
        raise DefinitionError(reader.problems)
    return data, reader


def _flag(row: Row, column: str, reader: SheetReader) -> bool:
    word = row.get(column).lower()
    if word in TRUE_WORDS:
        return True
    if word not in FALSE_WORDS:
        reader.problem(row.sheet, row.number, column, "write yes or no")
    return False


def _expr(text: str) -> str | None:
    return _DOLLAR_NAME.sub(r"\1", text) or None


def _definition(sheets: dict[str, list[Row]], reader: SheetReader) -> dict[str, Any]:
    settings = sheets["settings"]
    if len(settings) != 1:
        reader.problem("settings", None, None, "needs exactly one row under the headings")
        return {}
    top = settings[0]
    declared = top.get("languages").split()
    languages = declared or sorted(reader.languages, key=list(LANGUAGE_NAMES).index)
    data: dict[str, Any] = {
        "format": "csec-instrument/1",
        "id": top.get("form_id"),
        "version": top.get("version"),
        "kind": top.get("kind") or "other",
        "title": top.text("form_title"),
        "about": top.text("about"),
        "languages": languages,
        "groups": [
            _named(r, reader, label="label", description="description")
            for r in sheets.get("groups", [])
        ],
        "sections": _sections(
            sheets["survey"], _choice_lists(sheets.get("choices", []), reader), reader
        ),
        "bands": [
            _named(r, reader, label="label", description="description") for r in sheets["bands"]
        ],
        "default_band": top.get("default_band")
        or (sheets["bands"][-1].get("name") if sheets["bands"] else ""),
        "rules": [
            {
                **_named(r, reader, reason="reason"),
                "band": r.get("band"),
                "when": _expr(r.get("when")),
            }
            for r in sheets.get("rules", [])
        ],
        "actions": [_action(r, reader) for r in sheets.get("actions", [])],
    }
    reader.where["definition"] = ("settings", top.number)
    return {k: v for k, v in data.items() if v is not None and v != []}


def _named(row: Row, reader: SheetReader, **texts: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row.get("name")}
    reader.where.setdefault(row.get("name"), (row.sheet, row.number))
    for key, column in texts.items():
        value = row.text(column)
        if value is not None:
            out[key] = value
    return out


def _action(row: Row, reader: SheetReader) -> dict[str, Any]:
    out = _named(row, reader, text="text")
    for column in ("bands", "decision_points"):
        if row.get(column):
            out[column] = row.get(column).split()
    if row.get("when"):
        out["when"] = _expr(row.get("when"))
    return out


def _choice_lists(rows: list[Row], reader: SheetReader) -> dict[str, list[dict[str, Any]]]:
    lists: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        choice: dict[str, Any] = {"id": row.get("name"), "label": row.text("label")}
        if row.get("points"):
            try:
                choice["points"] = int(row.get("points"))
            except ValueError:
                reader.problem("choices", row.number, "points", "write a whole number 0 to 10")
        lists.setdefault(row.get("list_name"), []).append(choice)
        reader.choice_rows[(row.get("list_name"), row.get("name"))] = row.number
    return lists


def _sections(
    rows: list[Row], lists: dict[str, list[dict[str, Any]]], reader: SheetReader
) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for row in rows:
        kind = " ".join(row.get("type").split()).lower()
        if kind == "begin group":
            current = _named(row, reader, title="label", help="hint")
            if row.get("relevant"):
                current["relevant"] = _expr(row.get("relevant"))
            current["items"] = []
            sections.append(current)
        elif kind == "end group":
            current = None
        elif current is None:
            reader.problem(
                "survey",
                row.number,
                "type",
                "put each question between 'begin group' and 'end group' rows",
            )
        else:
            item = _item(row, kind, lists, reader)
            if item is not None:
                current["items"].append(item)
    return sections


def _item(
    row: Row, kind: str, lists: dict[str, list[dict[str, Any]]], reader: SheetReader
) -> dict[str, Any] | None:
    base, _, list_name = kind.partition(" ")
    if base not in TYPE_KINDS:
        reader.problem("survey", row.number, "type", f"unknown type '{row.get('type')}'")
        return None
    item_kind = TYPE_KINDS[base]
    if item_kind is ItemKind.SHORT_TEXT and row.get("appearance").lower() == MULTILINE:
        item_kind = ItemKind.LONG_TEXT
    item = _named(row, reader, label="label", help="hint")
    item["kind"] = item_kind.value
    if item_kind in (ItemKind.SINGLE, ItemKind.MULTIPLE):
        if list_name not in lists:
            reader.problem(
                "survey", row.number, "type", f"no choice list '{list_name}' on the choices sheet"
            )
        item["choices"] = lists.get(list_name, [])
        reader.item_lists[item["id"]] = list_name
    for column in ("relevant", "constraint"):
        if row.get(column):
            item[column] = _expr(row.get(column))
    for key, column in (
        ("constraint_message", "constraint_message"),
        ("required_message", "required_message"),
    ):
        if row.text(column):
            item[key] = row.text(column)
    if _flag(row, "required", reader):
        item["required"] = True
    if row.get("scoring_group"):
        item["group"] = row.get("scoring_group")
    if row.get("weight"):
        try:
            item["weight"] = float(row.get("weight"))
        except ValueError:
            reader.problem("survey", row.number, "weight", "write a number")
    if row.get("sensitivity"):
        item["sensitivity"] = row.get("sensitivity").split()
    if row.get("tags"):
        item["tags"] = row.get("tags").split()
    return item
