"""The county policy file: security settings and the screening policy (decision points, clocks).

California defaults ship under ``resources/policy/california.json``; a county replaces the file
(or, later, receives it inside its signed trust file). Values that law caps are validated here, so
a county file cannot, for example, set an idle lock above CJIS's 30 minutes.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.names.nicknames import NameMatchingPolicy
from csec_desktop.core.paths import read_resource_text
from csec_desktop.core.reports.resources_policy import ResourceLine, YouthResources
from csec_desktop.core.screening_policy import ScreeningPolicy
from csec_desktop.core.textfile import TextFileError, printable_name, read_text_capped

POLICY_FORMAT = "csec-county-policy/1"
DEFAULT_POLICY_FILE = ("policy", "california.json")
# A policy is a few kilobytes; anything far larger is not one, and is refused before parsing.
MAX_POLICY_BYTES = 1_000_000


class LockoutRelease(StrEnum):
    TIMEOUT_OR_SUPERVISOR = "timeout_or_supervisor"
    SUPERVISOR_ONLY = "supervisor_only"


class SecurityPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    min_passphrase_length: int = Field(12, ge=12, le=128)
    # CJIS 5.5.3: at most 5 failed logons within 15 minutes.
    lockout_failures: int = Field(5, ge=3, le=5)
    lockout_window_minutes: int = Field(15, ge=1, le=1440)
    lockout_minutes: int = Field(15, ge=10, le=1440)
    lockout_release: LockoutRelease = LockoutRelease.TIMEOUT_OR_SUPERVISOR
    # CJIS 5.5.5: session lock after at most 30 minutes idle.
    idle_lock_minutes: int = Field(10, ge=1, le=30)


class SyncPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    # Days a laptop keeps identifying data after the county's receipt covers it, then purges.
    retention_days: int = Field(30, ge=1, le=3650)
    # Laptops sync with the county's receiving service on their own when the network comes
    # back (the trust file carries this policy); off by default: the county decides.
    auto_sync: bool = False


class ReportingPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    # County report breakdowns show no cell from 1 to one below this (small-cell suppression,
    # as the CDSS data de-identification guidelines use 11); zero is shown.
    suppress_below: int = Field(11, ge=1, le=100)


class CountyPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    format: str = Field(pattern=f"^{POLICY_FORMAT}$")
    county: str = Field(min_length=1, max_length=200)
    version: int = Field(ge=1)
    security: SecurityPolicy
    screening: ScreeningPolicy
    # Crisis lines and advocates printed on the youth's copy of a summary (optional).
    youth_resources: YouthResources = Field(default_factory=YouthResources)
    # The county's 24-hour child-welfare line, printed on the caregiver's sheet (optional: a
    # blank line to write it in is printed instead).
    county_line: ResourceLine | None = None
    sync: SyncPolicy = SyncPolicy(retention_days=30)
    # Nickname groups the county adds to the shipped list (search and duplicate checks).
    name_matching: NameMatchingPolicy = Field(default_factory=NameMatchingPolicy)
    # The county report's settings (``csec county report``).
    reporting: ReportingPolicy = Field(default_factory=ReportingPolicy)


def _describe(exc: PydanticValidationError, source: str) -> str:
    first = exc.errors()[0]
    where = ".".join(printable_name(str(part)) for part in first["loc"]) or "(top level)"
    return f"{source}: {where}: {first['msg']}"


def parse_policy(data: dict[str, Any], source: str = "policy") -> CountyPolicy:
    try:
        return CountyPolicy.model_validate(data)
    except PydanticValidationError as exc:
        raise ValidationError(_describe(exc, source)) from None


def load_policy(path: Path | None = None) -> CountyPolicy:
    """Load a county policy file, or the shipped California defaults when ``path`` is None."""
    source = str(path) if path else "/".join(DEFAULT_POLICY_FILE)
    try:
        text = (
            read_text_capped(path, MAX_POLICY_BYTES)
            if path
            else read_resource_text(*DEFAULT_POLICY_FILE)
        )
        data = json.loads(text)
    except OSError as exc:
        raise ValidationError(f"{source}: cannot be read ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{source}:{exc.lineno}:{exc.colno}: not valid JSON") from None
    except TextFileError as exc:
        raise ValidationError(f"{source}: not a policy file ({exc})") from None
    except RecursionError:
        raise ValidationError(f"{source}: not a policy file (nested too deeply)") from None
    if not isinstance(data, dict):
        raise ValidationError(f"{source}: the policy must be a JSON object")
    return parse_policy(data, source)
