"""Gender and race or ethnicity travel from the laptop's profile to the county's breakdowns;
small cells are suppressed at the county's threshold, with a second cell when one alone would
be worked out from the total."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from csec_desktop.core.county.period_report import ReportSettings, build_period_report
from csec_desktop.core.county.report_breakdown import suppress
from csec_desktop.core.county.report_pdf import render_report_pdf
from csec_desktop.core.county.report_period import Period
from csec_desktop.core.county.report_text import as_csv, as_table
from csec_desktop.core.policy import load_policy
from csec_desktop.core.records.youth import GENDER_CATEGORIES, RACE_ETHNICITY, LegalStatus
from tests.core.reports.helpers import flat, text_of
from tests.core.sync_service.world import make_world, profile


def test_one_small_cell_takes_the_next_smallest_with_it_and_zero_is_shown() -> None:
    assert suppress({"a": 30, "b": 4, "c": 12, "d": 0}, 11) == {
        "a": 30, "b": None, "c": None, "d": 0,
    }  # fmt: skip
    assert suppress({"a": 30, "b": 4, "c": 3}, 11) == {"a": 30, "b": None, "c": None}
    assert suppress({"a": 11, "b": 12}, 11) == {"a": 11, "b": 12}


def test_declined_or_unknown_stand_alone() -> None:
    with pytest.raises(ValidationError, match="cannot be chosen with another"):
        profile().model_copy(update={}).model_validate(
            {**profile().model_dump(), "race_ethnicity": ["white", "declined"]}
        )
    chosen = profile().model_validate(
        {**profile().model_dump(), "race_ethnicity": ["white", "asian", "white"]}
    )
    assert chosen.race_ethnicity == ("asian", "white")  # one order, no repeats


def test_demographics_reach_the_county_breakdowns(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    try:
        laptop = world.laptop("a")
        groups = [("female", ("hispanic_latino",))] * 12 + [("male", ("white", "asian"))] * 3
        groups += [("declined", ("declined",))] * 2
        for n, (gender, races) in enumerate(groups):
            youth = profile(first=f"Youth{n}").model_copy(
                update={"legal_status": LegalStatus.DEPENDENT, "in_care": True,
                        "gender_category": gender, "race_ethnicity": races}
            )  # fmt: skip
            laptop.caseload.add(youth)
        world.import_(laptop.sync.export(laptop.out).path)
        period = Period.of(date(2026, 3, 1), date(2026, 3, 31))
        report = build_period_report(world.county_db, period, ReportSettings())
        shown = report["breakdowns"]
        none_gender = dict.fromkeys(GENDER_CATEGORIES, 0)  # every group shown, 0 when empty
        assert shown["gender"]["in_care"] == {**none_gender, "declined": None, "female": 12,
                                              "male": None}  # fmt: skip
        assert shown["race_ethnicity"]["in_care"] == {
            **dict.fromkeys(RACE_ETHNICITY, 0), "multiracial": None, "declined": None,
            "hispanic_latino": 12,
        }  # fmt: skip
        assert shown["gender"]["identified"] == none_gender
        # Why each null is null: listed, without saying which one is the small one.
        assert {"dimension": "gender", "row": "in_care", "group": "male"} in shown["suppressed"]
        # Printed in words, with one mark for every suppressed cell (male is 3: "<11" would
        # be true; declined, 2, is too) and a footnote; no stored id reaches the page.
        rows = list(csv.reader(io.StringIO(as_csv(report))))
        assert [
            "Breakdown by race or ethnicity",
            "in care: Hispanic or Latino",
            "",
            "",
            "12",
        ] in rows
        assert ["Breakdown by race or ethnicity", "in care: Asian", "", "", "0"] in rows
        assert ["Breakdown by gender", "in care: Male", "", "", "suppressed"] in rows
        assert rows[-1][:2] == ["Note", "suppressed"] and "fewer than 11" in rows[-1][4]
        table = as_table(report)
        pdf = flat(text_of(render_report_pdf(report, "Alameda County")))
        for printed in ("\n".join(",".join(r) for r in rows), table, pdf):
            assert "<11" not in printed and "_" not in printed.replace("csec_", "")
            assert "race or ethnicity" in printed and "Multiracial" in printed
        assert "Male suppressed* 0 0" in pdf and "* suppressed: fewer than 11 youth" in pdf
        # The county's own threshold, from its policy file.
        policy = load_policy(None).model_dump(mode="json")
        policy["reporting"] = {"suppress_below": 3}
        low = build_period_report(world.county_db, period, ReportSettings.from_policy(policy))
        assert low["breakdowns"]["gender"]["in_care"] == {**none_gender, "declined": None,
                                                          "female": 12, "male": None}  # fmt: skip
        policy["reporting"] = {"suppress_below": 2}
        lower = build_period_report(world.county_db, period, ReportSettings.from_policy(policy))
        assert lower["breakdowns"]["gender"]["in_care"] == {**none_gender, "declined": 2,
                                                            "female": 12, "male": 3}  # fmt: skip
        assert lower["breakdowns"]["suppressed"] == []
    finally:
        world.close()
