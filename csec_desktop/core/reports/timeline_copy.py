"""The youth's timeline as a printed page for the case file, through the same print path.

It renders, saves and records printing like ``SummaryService`` (so the GUI's print preview
takes it as it is), but for a youth rather than one screening. Which copies may carry it is the
audience table's ``timeline`` field (``audience.py``): today the case file only, since the
history lists every note and status change. Within a copy that carries it, each kind of entry
also follows the table's own rule for that kind (outcomes, duties, referrals, meetings, notes),
so widening the table later cannot leak what a copy must not show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from csec_desktop.core.errors import UsageError
from csec_desktop.core.localtime import to_local
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.timeline import youth_timeline
from csec_desktop.core.records.timeline_entry import TimelineEntry, TimelineKind
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.audience_fields import AudienceRules, Shown
from csec_desktop.core.reports.blocks import grid, key_values, para
from csec_desktop.core.reports.pdf_layout import PageFrame, build_pdf
from csec_desktop.core.reports.print_audit import PrintedCopies
from csec_desktop.core.reports.wording import format_day, format_moment

PDF_TITLE = "Case history"  # PDF metadata: never the youth's name
NOT_ON_THIS_COPY = (
    "The timeline prints only on the {allowed} copy: it lists every note and status change. "
    "Choose that copy to print it."
)
# Which rule of the audience table lets each kind of entry onto a copy.
KIND_RULES: dict[TimelineKind, Callable[[AudienceRules], bool]] = {
    TimelineKind.SCREENING: lambda r: r.outcome,
    TimelineKind.STATUS: lambda r: r.outcome,
    TimelineKind.MISSING: lambda r: r.duties,
    TimelineKind.DUTY: lambda r: r.duties,
    TimelineKind.REFERRAL: lambda r: r.referrals and r.unknown_domain_referrals,
    TimelineKind.MEETING: lambda r: r.meetings,
    TimelineKind.NOTE: lambda r: r.notes is Shown.ALL,
}


def timeline_audiences() -> tuple[Audience, ...]:
    return tuple(a for a in Audience if a.rules.timeline)


class TimelinePrinter(PrintedCopies):
    """Render, save and audit a youth's timeline; ``tz`` is the zone times are shown in."""

    PRINTED_KIND = "timeline"

    def __init__(self, ctx: RecordContext, tz: tzinfo | None = None) -> None:
        self.ctx = ctx
        self.tz = tz

    def render(self, youth_id: str, audience: Audience | str) -> bytes:
        """The timeline as PDF bytes, in memory. ``UsageError`` for a copy the audience table
        does not let carry it; ``AuthError`` for a youth not shared with the worker."""
        chosen = Audience.parse(str(audience))
        rules = chosen.rules
        if not rules.timeline:
            allowed = " or ".join(a.label.lower() for a in timeline_audiences())
            raise UsageError(NOT_ON_THIS_COPY.format(allowed=allowed or "no"))
        entries = [
            e for e in youth_timeline(self.ctx, youth_id, tz=self.tz) if KIND_RULES[e.kind](rules)
        ]
        profile = YouthStore(self.ctx).get(youth_id, audit=False).profile
        printed_at = self.ctx.clock()
        frame = PageFrame(
            header=f"Case history — {chosen.label} copy",
            notice=rules.notice,
            printed_line=f"Printed by {self.ctx.actor.display_name} on "
            f"{format_moment(printed_at, self.tz)}",
            record_line=f"{len(entries)} entries, oldest first",
        )
        about = [
            ("Youth", f"{profile.legal_first_name} {profile.legal_last_name}"),
            ("Known as", profile.name_with_pronouns),
        ]
        rows = [[self._when(e), e.kind.label, e.title, e.detail] for e in entries]
        story = [para("Case history (timeline)", "title"), *key_values(about)]
        if rows:
            story += grid(("When", "Kind", "What", "Detail"), rows, (1.5, 1.3, 2.6, 2.6))
        else:
            story.append(para("Nothing recorded for this youth yet."))
        return build_pdf(story, frame, PDF_TITLE)

    def _when(self, entry: TimelineEntry) -> str:
        if entry.all_day:
            return format_day(to_local(entry.at, self.tz).date())
        return format_moment(entry.at, self.tz)
