"""The summary service the GUI and CLI call: render a copy for an audience, save it, and
record that it was printed.

Rendering happens in memory and is not audited by itself (the preview shows the worker what
they are about to print); every copy that leaves the app — on paper or as a file — is recorded
in the audit log with the audience and page count, never the content.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import CsecError, UsageError
from csec_desktop.core.localtime import local_day_bounds
from csec_desktop.core.policy import CountyPolicy
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.audience_fields import Layout
from csec_desktop.core.reports.caregiver_copy import caregiver_story
from csec_desktop.core.reports.pdf_crypto import merge_pdfs
from csec_desktop.core.reports.pdf_layout import PageFrame, build_pdf
from csec_desktop.core.reports.print_audit import PrintedCopies
from csec_desktop.core.reports.professional_copy import professional_story
from csec_desktop.core.reports.summary_data import (
    SummaryData,
    encounters_on,
    load_summary_data,
)
from csec_desktop.core.reports.wording import format_moment
from csec_desktop.core.reports.youth_copy import youth_story
from csec_desktop.core.reports.youth_languages import (
    choices,
    installed_translations,
    language_code,
    youth_words,
)

PDF_TITLE = "Assessment summary"  # PDF metadata: never the youth's name


class SummaryService(PrintedCopies):
    PRINTED_KIND = "encounter"

    def __init__(self, ctx: RecordContext, policy: CountyPolicy, tz: tzinfo | None = None) -> None:
        self.ctx = ctx
        self.policy = policy
        # Pages show times in ``tz``; None means the laptop's own zone (tests pass a fixed one).
        self.tz = tz

    def data(self, encounter_id: str) -> SummaryData:
        return load_summary_data(self.ctx, self.policy.screening, encounter_id)

    def render(
        self, encounter_id: str, audience: Audience | str, language: str | None = None
    ) -> bytes:
        """The summary as PDF bytes, built in memory. ``language`` (a code from
        ``youth_choices``) sets the youth copy's language; None: the youth's preferred one."""
        return self._render(self.data(encounter_id), Audience.parse(str(audience)), language)

    def youth_language(self, encounter_id: str) -> str:
        """The youth's preferred language as a code (the print window's default); English when
        the record cannot be read (rendering then says why, e.g. a draft or no access)."""
        youth_id = EncounterStore(self.ctx).get_youth_id(encounter_id)
        try:
            youth = YouthStore(self.ctx).get(youth_id or "", audit=False)
        except CsecError:
            return "en"
        return language_code(youth.profile.preferred_language, installed_translations(self.ctx.db))

    def youth_choices(self) -> list[tuple[str, str]]:
        """(code, name) of every language a youth copy can print in."""
        return choices(self.ctx.db)

    def _render(self, data: SummaryData, audience: Audience, language: str | None) -> bytes:
        printed_at = self.ctx.clock()
        printer = self.ctx.actor.display_name
        layout = audience.rules.layout
        if layout is Layout.YOUTH:
            if language is None:
                language = language_code(
                    data.youth.profile.preferred_language, installed_translations(self.ctx.db)
                )
            chosen = youth_words(language, self.ctx.db)
            w, lang = chosen.words, chosen.text_lang
            frame = PageFrame(
                header=w["header"],
                notice=audience.rules.notice,
                printed_line=w["printed"].format(
                    worker=printer, when=format_moment(printed_at, self.tz, lang)
                ),
                record_line=w["ref"].format(fingerprint=data.fingerprint),
                page_word=tuple(w["page"].split("|", 1)),  # type: ignore[arg-type]
            )
            story = youth_story(data, chosen, self.policy.youth_resources, self.tz)
        else:
            # The caregiver's sheet is headed by whom it is for, never by the screen's title.
            title = (
                "Caregiver handover sheet"
                if layout is Layout.HANDOVER
                else f"{data.instrument.definition.title.en} — {audience.label} copy"
            )
            frame = PageFrame(
                header=title,
                notice=audience.rules.notice,
                printed_line=f"Printed by {printer} on {format_moment(printed_at, self.tz)}",
                record_line=f"Record fingerprint {data.fingerprint} (version "
                f"{data.encounter.version})",
            )
            if layout is Layout.HANDOVER:
                story = caregiver_story(data, self.policy.county_line)
            else:
                story = professional_story(data, audience, printed_at, self.tz)
        return build_pdf(story, frame, PDF_TITLE)

    def render_day(
        self, day: date, audience: Audience | str, language: str | None = None
    ) -> tuple[bytes, list[str]]:
        """Every completed encounter whose information arrived on local ``day`` (in ``tz``; its
        own 23 or 25 hours across a daylight-saving change), one summary after another in one
        PDF; also returns the encounter ids."""
        start, end = local_day_bounds(day, self.tz)
        ids = encounters_on(self.ctx, to_iso(start), to_iso(end))
        visible = self.ctx.visible_youth()
        if visible is not None:  # only the youth this worker may see
            ids = [i for i in ids if EncounterStore(self.ctx).get_youth_id(i) in visible]
        if not ids:
            shown = (day.date() if isinstance(day, datetime) else day).isoformat()
            raise UsageError(f"no completed screenings were received on {shown}")
        parts = [self.render(encounter_id, audience, language) for encounter_id in ids]
        return merge_pdfs(parts), ids
