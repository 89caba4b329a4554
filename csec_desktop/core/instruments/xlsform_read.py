"""Reading an instrument written in a spreadsheet (layout: xlsform_layout.py) into the JSON
definition, then validating it like any definition file. Every problem names the sheet, the
row and the column, e.g. ``form.xlsx: survey row 7, column relevant: unknown item 'wory'``.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
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
    split_header,
    text_header,
)

MAX_ROWS = 5000
_SENTINEL = "\x00sheet"
_DOLLAR_NAME = re.compile(r"\$\{([a-z][a-z0-9_]*)\}")
_FIELD_COLUMNS = {
    "help": "hint",
    "group": "scoring_group",
    "id": "name",
    "kind": "type",
    "title": "label",
}
_DEFINITION_COLUMNS = {"id": "form_id", "title": "form_title"}


@dataclass
class Row:
    sheet: str
    number: int
    cells: dict[str, str]  # plain column -> text
    texts: dict[str, dict[str, str]]  # text column -> {lang: text}

    def get(self, column: str) -> str:
        return self.cells.get(column, "")

    def text(self, column: str) -> dict[str, str] | None:
        value = {lang: t for lang, t in self.texts.get(column, {}).items() if t}
        return value or None


@dataclass
class _Reader:
    source: str
    problems: list[str] = field(default_factory=list)
    where: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> (sheet, row)
    choice_rows: dict[tuple[str, str], int] = field(default_factory=dict)
    item_lists: dict[str, str] = field(default_factory=dict)  # item id -> list name
    languages: set[str] = field(default_factory=lambda: {"en"})

    def problem(self, sheet: str, row: int | None, column: str | None, message: str) -> None:
        place = sheet + (f" row {row}" if row else "") + (f", column {column}" if column else "")
        self.problems.append(f"{self.source}: {place}: {message}")


def read_xlsform(path: Path) -> Instrument:
    """The instrument a spreadsheet describes, or DefinitionError listing every problem."""
    data, reader = xlsform_to_data(path)
    instrument, lines = check_instrument(data, _SENTINEL)
    if instrument is None:
        raise DefinitionError([_relocate(line, reader) for line in lines])
    return instrument


def xlsform_to_data(path: Path) -> tuple[dict[str, Any], _Reader]:
    """The definition dict a spreadsheet describes (not yet validated as a whole)."""
    from openpyxl import load_workbook  # imported here: only authoring commands need it

    reader = _Reader(path.name)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise DefinitionError(
            [f"{path.name}: not an Excel workbook (.xlsx) that can be read"]
        ) from None
    try:
        sheets = {
            name.strip().lower(): _rows(book[name], name.strip().lower(), reader)
            for name in book.sheetnames
            if name.strip().lower() in SHEETS
        }
        for name in book.sheetnames:
            if name.strip().lower() not in SHEETS:
                reader.problem(
                    name, None, None, f"not a sheet this app reads (use {', '.join(SHEETS)})"
                )
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


def _rows(sheet: Any, name: str, reader: _Reader) -> list[Row]:
    plain, texts = SHEETS[name]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None) or ()
    columns: list[tuple[str, str | None] | None] = []
    for index, cell in enumerate(header):
        title = str(cell).strip() if cell is not None else ""
        base, lang = split_header(title)
        letter = _letter(index)
        if not title:
            columns.append(None)
        elif base in plain and lang is None:
            columns.append((base, None))
        elif base in texts and (lang or "en") in LANGUAGE_NAMES:
            columns.append((base, lang or "en"))
            reader.languages.add(lang or "en")
        else:
            reader.problem(name, 1, letter, f"unknown column '{title}'")
            columns.append(None)
    found = []
    for number, values in enumerate(rows, start=2):
        if number > MAX_ROWS:
            reader.problem(name, number, None, f"more than {MAX_ROWS} rows")
            break
        row = Row(name, number, {}, {})
        for spec, value in zip(columns, values, strict=False):
            if spec is None or value is None:
                continue
            text = _cell_text(value)
            if spec[1] is None:
                row.cells[spec[0]] = text
            else:
                row.texts.setdefault(spec[0], {})[spec[1]] = text
        if row.cells or any(row.texts.values()):
            found.append(row)
    return found


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def _cell_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _flag(row: Row, column: str, reader: _Reader) -> bool:
    word = row.get(column).lower()
    if word in TRUE_WORDS:
        return True
    if word not in FALSE_WORDS:
        reader.problem(row.sheet, row.number, column, "write yes or no")
    return False


def _expr(text: str) -> str | None:
    return _DOLLAR_NAME.sub(r"\1", text) or None


def _definition(sheets: dict[str, list[Row]], reader: _Reader) -> dict[str, Any]:
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


def _named(row: Row, reader: _Reader, **texts: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row.get("name")}
    reader.where.setdefault(row.get("name"), (row.sheet, row.number))
    for key, column in texts.items():
        value = row.text(column)
        if value is not None:
            out[key] = value
    return out


def _action(row: Row, reader: _Reader) -> dict[str, Any]:
    out = _named(row, reader, text="text")
    for column in ("bands", "decision_points"):
        if row.get(column):
            out[column] = row.get(column).split()
    if row.get("when"):
        out["when"] = _expr(row.get("when"))
    return out


def _choice_lists(rows: list[Row], reader: _Reader) -> dict[str, list[dict[str, Any]]]:
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
    rows: list[Row], lists: dict[str, list[dict[str, Any]]], reader: _Reader
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
    row: Row, kind: str, lists: dict[str, list[dict[str, Any]]], reader: _Reader
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
    return item


def _relocate(line: str, reader: _Reader) -> str:
    """Turn a definition problem (``SENTINEL:where: path: msg``) into sheet, row and column."""
    _, where, message = line.split(":", 2)
    message = message.strip()
    path, _, rest = message.partition(": ")
    if not rest:
        path, rest = "", message
    rest = re.sub(r"^column (\d+): ", r"at character \1: ", rest)  # inside the expression
    segments = path.split(".") if path else []
    lang = "es" if "(es)" in rest or "es" in segments[1:] else None
    if segments[:1] == ["choices"] and len(segments) > 1 and where in reader.item_lists:
        number = reader.choice_rows.get((reader.item_lists[where], segments[1]))
        label = text_header("label", lang) if lang else "name"
        return _place(reader, "choices", number, label, rest)
    sheet, number = reader.where.get(where, ("survey", 0))
    base = segments[0].split("[")[0] if segments else ""
    base = (_DEFINITION_COLUMNS if where == "definition" else _FIELD_COLUMNS).get(base, base)
    column = text_header(base, lang) if lang and base else (base or None)
    return _place(reader, sheet, number, column, rest)


def _place(
    reader: _Reader, sheet: str, number: int | None, column: str | None, message: str
) -> str:
    place = sheet + (f" row {number}" if number else "") + (f", column {column}" if column else "")
    return f"{reader.source}: {place}: {message}"
