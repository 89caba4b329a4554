"""The base of every case-team record model: frozen, strict, every text saved in NFC."""

from __future__ import annotations

from pydantic import BaseModel, field_validator

from csec_desktop.core.nfc import nfc_all


class CaseText(BaseModel):
    """Every text of a case item is saved in NFC (``core/nfc.py``)."""

    @field_validator("*", mode="before")
    @classmethod
    def _nfc(cls, value: object) -> object:
        return nfc_all(value)
