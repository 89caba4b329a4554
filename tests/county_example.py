"""The county-authored example instrument (docs/examples) and a county policy offering it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from csec_desktop.core.instruments import Instrument, load_instrument_file
from csec_desktop.core.policy import CountyPolicy, load_policy

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "docs" / "examples"
EXAMPLE_FILE = EXAMPLES / "runaway_risk_checkin.json"
EXAMPLE_CASES = EXAMPLES / "runaway_risk_checkin.cases.json"
EXAMPLE_ID = "runaway_risk_checkin"
DECISION_POINT = "placement_change"


def example_instrument() -> Instrument:
    return load_instrument_file(EXAMPLE_FILE)


def county_policy_data(offer: str = EXAMPLE_ID) -> dict[str, Any]:
    """The shipped policy with ``offer`` added first at the placement-change decision point."""
    data: dict[str, Any] = load_policy().model_dump(mode="json")
    for point in data["screening"]["decision_points"]:
        if point["id"] == DECISION_POINT:
            point["instruments"] = [offer, *point["instruments"]]
    return data


def county_policy(offer: str = EXAMPLE_ID) -> CountyPolicy:
    return CountyPolicy.model_validate(county_policy_data(offer))


def write_county_policy(path: Path, offer: str = EXAMPLE_ID) -> Path:
    path.write_text(json.dumps(county_policy_data(offer), ensure_ascii=False), "utf-8")
    return path
