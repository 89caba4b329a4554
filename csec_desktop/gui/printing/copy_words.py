"""What the print preview needs from the summary service, and the words it names a copy with.

The two protocols are the dialog's whole view of the core ``SummaryService`` (render, save,
audit a print), so tests can hand it any object with these methods. The names are the
worker's screen words ("Case file copy", "3 pages"); the printed copy's own words are chosen
by the report, not here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

from csec_desktop.core.i18n import translate
from csec_desktop.core.reports.audience import Audience


class SummaryRenderer(Protocol):
    def render(self, encounter_id: str, audience: Audience | str) -> bytes: ...

    def save(
        self,
        pdf: bytes,
        path: Path,
        encounter_ids: list[str],
        audience: Audience | str,
        password: str | None = None,
    ) -> int: ...

    def record_print(self, encounter_id: str, audience: Audience | str, pages: int) -> None: ...

    def record_print_failed(self, encounter_id: str, audience: Audience | str) -> None: ...


@runtime_checkable
class YouthLanguages(Protocol):
    """A renderer whose youth copy can be printed in a chosen language."""

    def youth_choices(self) -> list[tuple[str, str]]: ...

    def youth_language(self, encounter_id: str) -> str: ...

    def render(
        self, encounter_id: str, audience: Audience | str, language: str | None = None
    ) -> bytes: ...


def audience_name(audience: Audience) -> str:
    """The audience's name on the worker's screen ("Case file"), in the worker's language.
    The printed copy's own words are chosen by the report, not here."""
    return translate("Audience", audience.label)


def copy_name(audience: Audience) -> str:
    """ "Case file copy", as the audience choice and the status line name it."""
    return translate("PrintPreviewDialog", "{audience} copy").format(
        audience=audience_name(audience)
    )


def pages_words(count: int) -> str:
    """ "1 page", "3 pages" in the worker's language. The plural is chosen here, not with Qt's
    ``%n``: the catalog tool marks no ``translate()`` call as a plural, and Qt then finds no
    plural form (English and Spanish both have one singular and one plural)."""
    if count == 1:
        return translate("PrintPreviewDialog", "1 page")
    return translate("PrintPreviewDialog", "{count} pages").format(count=count)
