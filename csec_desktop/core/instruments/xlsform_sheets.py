"""Reading the sheets of an instrument spreadsheet into rows (layout: xlsform_layout.py), and
placing a problem back on its sheet, row and column. Used by xlsform_read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from csec_desktop.core.instruments.xlsform_layout import (
    LANGUAGE_NAMES,
    SHEETS,
    split_header,
    text_header,
)

MAX_ROWS = 5000
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
class SheetReader:
    source: str
    problems: list[str] = field(default_factory=list)
    where: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> (sheet, row)
    choice_rows: dict[tuple[str, str], int] = field(default_factory=dict)
    item_lists: dict[str, str] = field(default_factory=dict)  # item id -> list name
    languages: set[str] = field(default_factory=lambda: {"en"})

    def problem(self, sheet: str, row: int | None, column: str | None, message: str) -> None:
        place = sheet + (f" row {row}" if row else "") + (f", column {column}" if column else "")
        self.problems.append(f"{self.source}: {place}: {message}")


def read_rows(sheet: Any, name: str, reader: SheetReader) -> list[Row]:
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


def relocate(line: str, reader: SheetReader) -> str:
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
    reader: SheetReader, sheet: str, number: int | None, column: str | None, message: str
) -> str:
    place = sheet + (f" row {number}" if number else "") + (f", column {column}" if column else "")
    return f"{reader.source}: {place}: {message}"
