"""Crisis lines and advocates printed on the youth's copy: the ``resources`` policy section.

A county lists its own lines (local crisis line, advocacy partner, survivor mentors) in its
policy file. The National Human Trafficking Hotline is always printed, even when a county file
leaves it out, so no youth copy is ever without a line that answers day and night.
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

    def printed_lines(self) -> list[ResourceLine]:
        """The lines to print: the county's, with the national hotline first if it is missing."""
        has_national = any(line.phone == NATIONAL_HOTLINE.phone for line in self.lines)
        return self.lines if has_national else [NATIONAL_HOTLINE, *self.lines]
