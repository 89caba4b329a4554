"""The rows of a youth's screenings table: the column titles and each screening's cells, in
the worker's language (decision point, instrument, when information was received, status,
outcome band as the pinned form words it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import band_label, moment_words
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.core.worker_language import worker_language
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.wording import instrument_title
from csec_desktop.gui.widgets.basics import set_rows

HEADERS = (
    QT_TRANSLATE_NOOP("EncountersTab", "Decision point"),
    QT_TRANSLATE_NOOP("EncountersTab", "Instrument"),
    QT_TRANSLATE_NOOP("EncountersTab", "Information received"),
    QT_TRANSLATE_NOOP("EncountersTab", "Status"),
    QT_TRANSLATE_NOOP("EncountersTab", "Outcome"),
)


def encounter_cells(services: WorkspaceServices, encounter: EncounterRecord) -> tuple[str, ...]:
    """One screening's cells, in ``HEADERS`` order."""
    draft = encounter.is_draft
    # The pinned definition's own words: a county instrument is not among the shipped ones.
    pinned = services.registry.add_json(encounter.definition.definition_json)
    lang = worker_language()
    bands = {band.id: band.label.get(lang) for band in pinned.definition.bands}
    return (
        services.decision_point_label(encounter.decision_point),
        instrument_title(encounter.definition.instrument_id, pinned.definition.title.get(lang)),
        moment_words(from_iso(encounter.info_received_at)),
        translate("EncountersTab", "Draft") if draft else translate("EncountersTab", "Completed"),
        translate("EncountersTab", "Not finished yet")
        if draft
        else bands.get(
            encounter.final_band or "", band_label(encounter.final_band, worker_language())
        ),
    )


def fill_encounter_rows(
    table: QTableWidget, services: WorkspaceServices, encounters: list[EncounterRecord]
) -> None:
    """Show ``encounters`` in ``table``, one row each, the first selected."""
    set_rows(table, [encounter_cells(services, encounter) for encounter in encounters])
    if encounters:
        table.selectRow(0)
