"""Lines printed on the youth's copy (the ``youth_resources`` policy section) and the county's
24-hour line printed on the caregiver's sheet (``county_line``).

A county lists its own lines (local crisis line, advocacy partner, survivor mentors) in its
policy file. The National Human Trafficking Hotline is always printed, even when a county file
leaves it out, so no youth copy is ever without a line that answers day and night. A line
marked ``in_care_only`` (the Foster Care Ombudsperson: counties must tell foster youth about it,
WIC 16164-16167) prints only for a youth in care.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from csec_desktop.core.instruments.model import Text


class ResourceLine(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    name: Text
    phone: str = Field("", max_length=40)
    text: str = Field("", max_length=40)  # a number that takes text messages
    about: Text | None = None
    in_care_only: bool = False  # printed only on the copy of a youth in foster care


NATIONAL_HOTLINE = ResourceLine(
    name=Text(
        en="National Human Trafficking Hotline",
        es="Línea Nacional contra la Trata de Personas",
    ),
    phone="1-888-373-7888",
    text="233733",
    about=Text(
        en="Free and confidential, any time, day or night, in many languages.",
        es="Gratis y confidencial, a cualquier hora del día o de la noche, en muchos idiomas.",
    ),
)


def _default_lines() -> list[ResourceLine]:
    return [NATIONAL_HOTLINE]


class YouthResources(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    lines: list[ResourceLine] = Field(default_factory=_default_lines, max_length=12)

    def printed_lines(self, in_care: bool = False) -> list[ResourceLine]:
        """The lines to print: the county's, with the national hotline first if it is missing;
        lines for youth in care only when ``in_care``."""
        has_national = any(line.phone == NATIONAL_HOTLINE.phone for line in self.lines)
        lines = self.lines if has_national else [NATIONAL_HOTLINE, *self.lines]
        return [line for line in lines if in_care or not line.in_care_only]
