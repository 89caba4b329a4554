"""A referral on the youth's service plan: the need (a domain id), the agency, who follows it
up and when, what came of it, whether the youth agreed, and when to offer it again after the
youth declined (engagement is not linear). The follow-up and re-offer become duties
(``case_duties``). Older records without the follow-up fields read as not set."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from csec_desktop.core.records.case_text import CaseText
from csec_desktop.core.records.referral_domains import normalize_domain

ReferralStatus = Literal["planned", "referred", "connected", "declined", "closed"]
ReferralOutcome = Literal["connected", "waitlisted", "declined", "not_available"]


class Referral(CaseText):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["referral"] = "referral"
    domain: str = Field(min_length=1, max_length=80)
    agency: str = Field(min_length=1, max_length=200)
    contact: str = Field("", max_length=200)
    referred_on: date | None = None
    status: ReferralStatus = "planned"
    note: str = Field("", max_length=2000)
    # Who follows it up and when (the needs instrument: "agree who follows up each referral,
    # and when"); the follow-up and a re-offer after "declined" become duties (case_duties).
    owner: str = Field("", max_length=200)
    follow_up_on: date | None = None
    outcome: ReferralOutcome | None = None
    youth_agreed: bool | None = None  # None: not asked yet
    reoffer_on: date | None = None  # engagement is not linear: offer a declined service again

    @model_validator(mode="after")
    def _reoffer_after_declined(self) -> Referral:
        if self.reoffer_on is not None and self.outcome != "declined":
            raise ValueError("a re-offer date is for a referral the youth declined")
        return self

    @field_validator("domain")
    @classmethod
    def _domain_by_id(cls, value: str) -> str:
        # Stored by id: a title (from an older laptop or vault) becomes the id it names.
        return normalize_domain(value)
