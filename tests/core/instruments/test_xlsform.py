"""Instruments written in a spreadsheet (XLSForm conventions): the worked example imports to
its JSON exactly, every shipped instrument survives export and import unchanged, and each
mistake is named by sheet, row and column."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from csec_desktop.core.instruments import DefinitionError, Instrument, shipped_registry
from csec_desktop.core.instruments.xlsform_read import read_xlsform
from csec_desktop.core.instruments.xlsform_write import write_xlsform
from tests.county_example import EXAMPLES, example_instrument

EXAMPLE_BOOK = EXAMPLES / "runaway_risk_checkin.xlsx"
INSTRUMENTS = [*shipped_registry().all(), example_instrument()]


def test_the_example_spreadsheet_imports_to_the_example_definition_exactly() -> None:
    assert read_xlsform(EXAMPLE_BOOK).content_hash == example_instrument().content_hash


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=[i.id for i in INSTRUMENTS])
def test_export_then_import_gives_the_same_definition(instrument: Instrument, tmp_path) -> None:
    book = tmp_path / f"{instrument.id}.xlsx"
    write_xlsform(instrument, book)
    sheets = openpyxl.load_workbook(book).sheetnames
    assert sheets[:3] == ["survey", "choices", "settings"]
    back = read_xlsform(book)
    assert back.definition == instrument.definition


def edit(tmp_path: Path, change) -> Path:
    book = openpyxl.load_workbook(EXAMPLE_BOOK)
    change(book)
    path = tmp_path / "county.xlsx"
    book.save(path)
    return path


def column(sheet, title: str) -> int:
    return [cell.value for cell in sheet[1]].index(title) + 1


def row_of(sheet, name: str) -> int:
    names = [cell.value for cell in sheet["B"]]
    return names.index(name) + 1


def test_sheet_level_mistakes_name_the_sheet_row_and_column(tmp_path) -> None:
    def change(book) -> None:
        survey = book["survey"]
        survey.cell(1, survey.max_column + 1, "requried")
        survey.cell(row_of(survey, "worry"), column(survey, "type"), "note")
        survey.cell(row_of(survey, "left_before"), column(survey, "required"), "maybe")
        choices = book["choices"]
        choices.cell(2, column(choices, "points"), "lots")
        book.create_sheet("survy")

    with pytest.raises(DefinitionError) as caught:
        read_xlsform(edit(tmp_path, change))
    lines = caught.value.lines
    letter = openpyxl.utils.get_column_letter(
        len(openpyxl.load_workbook(EXAMPLE_BOOK)["survey"][1]) + 1
    )
    assert f"county.xlsx: survey row 1, column {letter}: unknown column 'requried'" in lines
    assert "county.xlsx: survy: not a sheet this app reads" in lines[-1]
    assert len(lines) == 2  # shape problems first; the rows are read once the sheets fit


def test_row_mistakes_name_the_row_and_column(tmp_path) -> None:
    def change(book) -> None:
        survey = book["survey"]
        survey.cell(row_of(survey, "worry"), column(survey, "type"), "note")
        survey.cell(row_of(survey, "left_before"), column(survey, "required"), "maybe")
        survey.cell(row_of(survey, "contacts"), column(survey, "type"), "select_multiple people")
        book["choices"].cell(2, column(book["choices"], "points"), "lots")

    with pytest.raises(DefinitionError) as caught:
        read_xlsform(edit(tmp_path, change))
    survey = openpyxl.load_workbook(EXAMPLE_BOOK)["survey"]
    worry, left, contacts = (row_of(survey, n) for n in ("worry", "left_before", "contacts"))
    assert caught.value.lines == [
        "county.xlsx: choices row 2, column points: write a whole number 0 to 10",
        f"county.xlsx: survey row {left}, column required: write yes or no",
        f"county.xlsx: survey row {contacts}, column type: no choice list 'people' on the "
        "choices sheet",
        f"county.xlsx: survey row {worry}, column type: unknown type 'note'",
    ]


def test_definition_mistakes_are_placed_back_on_the_sheet(tmp_path) -> None:
    def change(book) -> None:
        survey = book["survey"]
        times = row_of(survey, "times_left")
        survey.cell(times, column(survey, "relevant"), '${left_before} == "yse"')
        survey.cell(row_of(survey, "worry"), column(survey, "label::Español (es)")).value = None
        choices = book["choices"]
        choices.cell(3, column(choices, "label::Español (es)")).value = None
        rules = book["rules"]
        rules.cell(3, column(rules, "band"), "urgent")

    with pytest.raises(DefinitionError) as caught:
        read_xlsform(edit(tmp_path, change))
    survey = openpyxl.load_workbook(EXAMPLE_BOOK)["survey"]
    times, worry = row_of(survey, "times_left"), row_of(survey, "worry")
    lines = caught.value.lines
    assert (
        f"county.xlsx: survey row {worry}, column label::Español (es): Spanish text (es) is missing"
        in lines
    )
    assert (
        "county.xlsx: choices row 3, column label::Español (es): Spanish text (es) is missing"
        in lines
    )
    assert "county.xlsx: rules row 3, column band: unknown band 'urgent'" in lines
    relevant = next(line for line in lines if f"row {times}" in line)
    assert relevant.startswith(f"county.xlsx: survey row {times}, column relevant: ")
    assert "'yse' is not an answer of 'left_before'" in relevant


def test_a_file_that_is_not_a_workbook_is_one_clear_line(tmp_path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("just text", "utf-8")
    with pytest.raises(DefinitionError) as caught:
        read_xlsform(path)
    assert caught.value.lines == ["notes.xlsx: not an Excel workbook (.xlsx) that can be read"]
