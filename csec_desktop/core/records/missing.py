"""Missing-from-care episodes: learned missing, notices made, located, debriefed.

Saving the episode starts its duties at once, from *when the worker learned of it*, for every
youth in foster care, not only youth at risk (42 USC 671(a)(35)(B); WIC 16501.35; AB 2108).
Recording the notices on the episode (law enforcement with its report number, NCMEC with its
case number, parents or guardians, tribe, attorney, CASA or court) does the duties that name
them. Locating the youth starts the recovery notices and the return debrief (WIC 16501.35(b));
completing a debrief linked to the episode does that duty instead of starting another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from csec_desktop.core.clock import from_iso, to_iso
from csec_desktop.core.display_words import moment_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.duty_planner import DutyPlanner, Planned, situation_for
from csec_desktop.core.records.episodes import EpisodeRecord, EpisodeStore
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.screening_policy import ScreeningPolicy

# Who is told, in the order the episode form lists them.
NOTICES: dict[str, str] = {
    "law_enforcement": QT_TRANSLATE_NOOP(
        "MissingEpisodes", "Law enforcement (NCIC entry; report number)"
    ),
    "ncmec": QT_TRANSLATE_NOOP("MissingEpisodes", "NCMEC (case number)"),
    "parents_guardians": QT_TRANSLATE_NOOP("MissingEpisodes", "Parents or guardians"),
    "tribe": QT_TRANSLATE_NOOP("MissingEpisodes", "Indian custodian and tribe"),
    "attorney": QT_TRANSLATE_NOOP("MissingEpisodes", "The youth's attorney"),
    "casa_court": QT_TRANSLATE_NOOP(
        "MissingEpisodes", "CASA and the court (as county policy says)"
    ),
    "located_law_enforcement": QT_TRANSLATE_NOOP(
        "MissingEpisodes", "Law enforcement: youth located"
    ),
    "located_ncmec": QT_TRANSLATE_NOOP("MissingEpisodes", "NCMEC: youth located"),
}
_FUTURE = timedelta(minutes=5)  # the laptop clock ticks while a form is open
_WHAT = {
    "learned": QT_TRANSLATE_NOOP("MissingEpisodes", "when you learned the youth was missing"),
    "notice": QT_TRANSLATE_NOOP("MissingEpisodes", "when the notice was made"),
    "located": QT_TRANSLATE_NOOP("MissingEpisodes", "when the youth was located"),
}


def _to_minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


@dataclass(frozen=True)
class EpisodeResult:
    episode: EpisodeRecord
    duties: Planned


class MissingEpisodes:
    def __init__(self, ctx: RecordContext, policy: ScreeningPolicy) -> None:
        self.ctx = ctx
        self.policy = policy
        self.episodes = EpisodeStore(ctx)
        self.duties = DutyStore(ctx)
        self.planner = DutyPlanner(ctx, policy)
        self.youth = YouthStore(ctx)

    def open_episode(self, youth_id: str) -> EpisodeRecord | None:
        return self.episodes.current(youth_id, "missing")

    def report_missing(
        self,
        youth_id: str,
        learned_at: datetime,
        learned_by: str,
        last_seen: str = "",
    ) -> EpisodeResult:
        """Record that the youth is missing and start the 24-hour duties from ``learned_at``."""
        self._refuse(self.time_problem(None, "learned", learned_at))
        if not learned_by.strip():
            raise CsecError("Say who learned the youth was missing (you, or who told you).")
        if self.open_episode(youth_id) is not None:
            raise CsecError("This youth is already recorded as missing; record them located first.")
        record = self.youth.get(youth_id, audit=False)
        data = {
            "learned_at": to_iso(learned_at),
            "learned_by": learned_by.strip(),
            "last_seen": last_seen.strip(),
            "in_care": record.profile.in_foster_care,
            "reports": {},
            "located": None,
            "debrief_encounter_id": None,
        }
        with self.ctx.db.transaction():
            episode = self.episodes.start(youth_id, "missing", learned_at, data)
            if not record.profile.missing:
                self.youth.update(youth_id, record.profile.model_copy(update={"missing": True}))
            situation = situation_for(record.profile, "missing", learned_at, missing=True)
            planned = self.planner.plan(youth_id, situation, learned_at, episode_id=episode.id)
        return EpisodeResult(episode, planned)

    def correct_learned_at(self, episode_id: str, learned_at: datetime) -> EpisodeRecord:
        """Correct when the worker learned of it: the episode's open duties are re-timed."""
        episode = self.episodes.get(episode_id)
        self._refuse(self.time_problem(episode, "learned", learned_at))
        data = {**episode.data, "learned_at": to_iso(learned_at)}
        with self.ctx.db.transaction():
            changed = self.episodes.change(
                episode_id, data, started_at=learned_at, learned_at="corrected"
            )
            for duty in self.duties.for_episode(episode_id):
                spec = self.policy.duty(duty.duty_type)
                if duty.status == "open" and spec is not None and spec.trigger.event == "missing":
                    self.duties.retime(duty.id, spec.due_by(learned_at), learned_at)
        return changed

    def record_notice(
        self,
        episode_id: str,
        party: str,
        at: datetime,
        reference: str = "",
        late_reason: str = "",
    ) -> EpisodeRecord:
        """Record that ``party`` was told at ``at`` (with its report or case number); a duty
        whose notices are then all recorded is done. Refused (``CsecError``, nothing changed):
        a time before the worker learned the youth was missing (or, for a located notice,
        before the youth was located), and a second notice to the same party — the first is
        kept as recorded, since it may already have closed a 24-hour duty."""
        if party not in NOTICES:
            raise CsecError(f"Unknown notice '{party}'.")
        episode = self.episodes.get(episode_id)
        self._refuse(self.time_problem(episode, "notice", at))
        self._refuse(_notice_problem(episode, party, at))
        if party in ("law_enforcement", "ncmec") and not reference.strip():
            raise CsecError(
                f"Give the {'report' if party == 'law_enforcement' else 'case'} number."
            )
        reports = {**episode.data.get("reports", {}), party: {"at": to_iso(at), "ref": reference}}
        data = {**episode.data, "reports": reports}
        with self.ctx.db.transaction():
            changed = self.episodes.change(episode_id, data, notice=party)
            self._close_done_by_notices(changed, late_reason)
        return changed

    def record_located(
        self, episode_id: str, located_at: datetime, where: str, by: str
    ) -> EpisodeResult:
        """The youth was located: end the episode, start the recovery notices and debrief."""
        episode = self.episodes.get(episode_id)
        self._refuse(self.time_problem(episode, "located", located_at))
        if not episode.is_open:
            raise CsecError("This episode is already closed: the youth was located.")
        located = {"at": to_iso(located_at), "where": where.strip(), "by": by.strip()}
        data = {**episode.data, "located": located}
        record = self.youth.get(episode.youth_id, audit=False)
        end = max(located_at, episode.started_at)
        with self.ctx.db.transaction():
            changed = self.episodes.change(episode_id, data, ended_at=end, located=True)
            if record.profile.missing:
                self.youth.update(
                    episode.youth_id, record.profile.model_copy(update={"missing": False})
                )
            situation = situation_for(
                record.profile, "located", located_at, in_care=bool(episode.data.get("in_care"))
            )
            planned = self.planner.plan(
                episode.youth_id, situation, located_at, episode_id=episode_id
            )
        return EpisodeResult(changed, planned)

    def link_debrief(self, youth_id: str, encounter_id: str, decision_point: str) -> list[str]:
        """A screening or debrief completed at a return decision point: link it to the latest
        located episode without one and do its debrief duties. Returns the duty ids done."""
        if not any(decision_point in d.satisfied_at for d in self.policy.duties):
            return []
        episode = next(
            (
                e
                for e in self.episodes.for_youth(youth_id, "missing")
                if not e.data.get("debrief_encounter_id")
            ),
            None,
        )
        if episode is None:
            return []
        done = []
        with self.ctx.db.transaction():
            data = {**episode.data, "debrief_encounter_id": encounter_id}
            self.episodes.change(episode.id, data, debrief=encounter_id)
            for duty in self.duties.for_episode(episode.id):
                spec = self.policy.duty(duty.duty_type)
                if duty.status == "open" and spec and decision_point in spec.satisfied_at:
                    self.duties.record_done(
                        duty.id,
                        self.ctx.clock(),
                        "Debrief completed and linked to the missing episode",
                        reference=encounter_id,
                        auto=True,
                    )
                    done.append(duty.id)
        return done

    def _close_done_by_notices(self, episode: EpisodeRecord, late_reason: str) -> None:
        reports = episode.data.get("reports", {})
        for duty in self.duties.for_episode(episode.id):
            spec = self.policy.duty(duty.duty_type)
            if duty.status != "open" or spec is None or not spec.done_by_reports:
                continue
            if not all(party in reports for party in spec.done_by_reports):
                continue
            at = max(from_iso(reports[p]["at"]) for p in spec.done_by_reports)
            refs = "; ".join(
                f"{p}: {reports[p]['ref']}" for p in spec.done_by_reports if reports[p]["ref"]
            )
            if at > duty.late_after and not late_reason.strip():
                raise CsecError(
                    "This notice was made after the duty was due; add the reason it was late."
                )
            self.duties.record_done(
                duty.id,
                at,
                "Recorded on the missing episode",
                reference=refs,
                late_reason=late_reason,
            )

    def time_problem(self, episode: EpisodeRecord | None, kind: str, at: datetime) -> str | None:
        """Why ``at`` cannot be the time of ``kind`` ("learned", "notice", "located") on
        ``episode``, in one sentence for the worker; ``None`` when it can. The one rule for the
        dialog (said inline before anything runs) and for these operations (refused, nothing
        changed): not in the future beyond a few minutes of clock drift, not located before the
        worker learned of it, not learned after the youth was located."""
        what = translate("MissingEpisodes", _WHAT[kind])
        if at.tzinfo is None:
            return translate("MissingEpisodes", "Give the time zone of {what}.").format(what=what)
        if at > self.ctx.clock() + _FUTURE:
            return translate(
                "MissingEpisodes", "The time of {what} is later than now. Check the date and time."
            ).format(what=what)
        if episode is None:
            return None
        if kind == "located" and at < _to_minute(episode.started_at):  # forms type minutes
            learned = moment_words(episode.started_at)
            return translate(
                "MissingEpisodes",
                "The youth cannot be located before you learned they were missing ({learned}). "
                "Check the date and time, or correct when you learned of it.",
            ).format(learned=learned)
        if kind == "notice" and at < _to_minute(episode.started_at):
            learned = moment_words(episode.started_at)
            return translate(
                "MissingEpisodes",
                "A notice cannot be made before you learned the youth was missing ({learned}). "
                "Check the date and time, or correct when you learned of it.",
            ).format(learned=learned)
        located = (episode.data.get("located") or {}).get("at")
        if kind == "learned" and located and _to_minute(at) > from_iso(located):
            return translate(
                "MissingEpisodes",
                "You cannot have learned the youth was missing after they were located "
                "({located}). Check the date and time.",
            ).format(located=moment_words(from_iso(located)))
        return None

    @staticmethod
    def _refuse(problem: str | None) -> None:
        if problem:
            raise CsecError(problem)


def _notice_problem(episode: EpisodeRecord, party: str, at: datetime) -> str | None:
    """Why ``party`` cannot be recorded as told at ``at``: already told (the first notice is
    kept), or a located notice dated before the youth was located."""
    told = (episode.data.get("reports") or {}).get(party)
    if told:
        ref = f", ref {told['ref']}" if told.get("ref") else ""
        return translate(
            "MissingEpisodes",
            "{party} was already recorded as told {when}{ref}. The first notice is kept as "
            "recorded.",
        ).format(
            party=translate("MissingEpisodes", NOTICES[party]),
            when=moment_words(from_iso(told["at"])),
            ref=ref,
        )
    located = (episode.data.get("located") or {}).get("at")
    if party.startswith("located_") and located and _to_minute(at) < _to_minute(from_iso(located)):
        return translate(
            "MissingEpisodes",
            "A located notice cannot be made before the youth was located ({located}). "
            "Check the date and time.",
        ).format(located=moment_words(from_iso(located)))
    return None
