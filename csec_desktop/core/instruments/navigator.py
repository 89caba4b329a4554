"""A screening or assessment session as a state machine with no UI.

The GUI renders ``current`` (or whole sections via ``relevant_items(section_id)``), calls
``set_answer`` as each answer is given and saves ``snapshot()`` (autosave is the caller's job).
``Navigator.from_snapshot`` rebuilds the session from saved answers and position.

Answers to items that skip logic has hidden are kept (going back and changing an answer again
restores them) but count for nothing: they are invisible to expressions, scores and outcome.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from csec_desktop.core.errors import IntegrityError, ValidationError
from csec_desktop.core.instruments.answers import Answer
from csec_desktop.core.instruments.expr_eval import truth
from csec_desktop.core.instruments.kinds import normalize_answer
from csec_desktop.core.instruments.loader import Instrument
from csec_desktop.core.instruments.model import Action, Item, Text
from csec_desktop.core.instruments.scoring import (
    AnswerEnv,
    Decision,
    Outcome,
    SessionContext,
    compute_outcome,
    decide,
)

END = ":end"  # the position after the last item: the review page
SNAPSHOT_FORMAT = "csec-session/1"
REQUIRED_MESSAGE = Text(
    en="This needs an answer before the form can be completed.",
    es="Esto necesita una respuesta antes de poder completar el formulario.",
)


@dataclass(frozen=True)
class Issue:
    item_id: str
    kind: Literal["missing", "constraint"]
    message: Text


class IncompleteError(ValidationError):
    """Completion was asked for while required answers are missing or constraints fail."""

    def __init__(self, issues: list[Issue]) -> None:
        first = issues[0]
        what = "needs an answer" if first.kind == "missing" else "does not pass its check"
        more = f" ({len(issues)} items to review)" if len(issues) > 1 else ""
        super().__init__(f"cannot complete yet: item {first.item_id} {what}{more}")
        self.issues = issues


class Navigator:
    def __init__(
        self,
        instrument: Instrument,
        answers: Mapping[str, Any] | None = None,
        position: str | None = None,
        context: SessionContext | None = None,
    ) -> None:
        self.instrument = instrument
        self.context = context or SessionContext()
        self._answers: dict[str, Answer] = {}
        for item_id, value in (answers or {}).items():
            if not instrument.has_item(item_id):
                raise ValidationError(f"saved answers name item '{item_id}' not in {instrument.id}")
            normalized = normalize_answer(instrument.item(item_id), value)
            if normalized is not None:
                self._answers[item_id] = normalized
        self._refresh()
        relevant = self.relevant_ids()
        if position == END or (position is not None and not instrument.has_item(position)):
            self._position = END if position == END else (relevant[0] if relevant else END)
        elif position is None:
            self._position = relevant[0] if relevant else END
        else:
            self._position = position
            self._settle()

    # -- state --------------------------------------------------------------------------------
    def _refresh(self) -> None:
        """Recompute relevance in dependency order, then the outcome."""
        visible: dict[str, Answer] = {}
        env = AnswerEnv(self.instrument, visible, self.context)
        compiled = self.instrument.compiled
        section_ok: dict[str, bool] = {}
        self._relevant: set[str] = set()
        for item_id in compiled.order:
            section = self.instrument.section_of(item_id).id
            if section not in section_ok:
                node = compiled.relevant.get(section)
                section_ok[section] = node is None or truth(node, env)
            node = compiled.relevant.get(item_id)
            if section_ok[section] and (node is None or truth(node, env)):
                self._relevant.add(item_id)
                if item_id in self._answers:
                    visible[item_id] = self._answers[item_id]
        self._env = env
        # Worked out when asked for: the explanation walks every item, and an answer only
        # needs the band and the rules that fire (``decision``); the outcome page asks for all.
        self._decision: Decision | None = None
        self._outcome: Outcome | None = None
        # Every issue now, missing answers included: the wizard asks up to three times per
        # answer (the item's messages, the section list, the progress line).
        self._issues: list[Issue] | None = None

    def _settle(self) -> None:
        """If the current item was hidden by an answer, move on to the next relevant one."""
        if self._position != END and self._position not in self._relevant:
            ids = [i.id for i in self.instrument.items()]
            later = ids[ids.index(self._position) + 1 :]
            self._position = next((i for i in later if i in self._relevant), END)

    @property
    def answers(self) -> dict[str, Answer]:
        """Every stored answer (hidden ones included), as a plain serialisable dict."""
        return {k: (list(v) if isinstance(v, list) else v) for k, v in self._answers.items()}

    def effective_answers(self) -> dict[str, Answer]:
        """The answers that count: those of items relevant now."""
        return {k: v for k, v in self.answers.items() if k in self._relevant}

    @property
    def position(self) -> str:
        return self._position

    @property
    def current(self) -> Item | None:
        return None if self._position == END else self.instrument.item(self._position)

    @property
    def at_end(self) -> bool:
        return self._position == END

    def is_relevant(self, item_id: str) -> bool:
        return item_id in self._relevant

    def relevant_ids(self) -> list[str]:
        return [i.id for i in self.instrument.items() if i.id in self._relevant]

    def relevant_items(self, section_id: str | None = None) -> list[Item]:
        return [
            item
            for item in self.instrument.items()
            if item.id in self._relevant
            and (section_id is None or self.instrument.section_of(item.id).id == section_id)
        ]

    # -- moving -------------------------------------------------------------------------------
    def next(self) -> Item | None:
        """Move to the next relevant item; None means the end (review) was reached."""
        if self._position != END:
            ids = self.relevant_ids()
            index = ids.index(self._position)
            self._position = ids[index + 1] if index + 1 < len(ids) else END
        return self.current

    def back(self) -> Item | None:
        ids = self.relevant_ids()
        if self._position == END:
            self._position = ids[-1] if ids else END
        else:
            index = ids.index(self._position)
            self._position = ids[max(index - 1, 0)]
        return self.current

    def go_to(self, item_id: str) -> Item:
        if item_id not in self._relevant:
            raise ValidationError(f"item {item_id} is not part of this form as answered so far")
        self._position = item_id
        return self.instrument.item(item_id)

    def go_to_end(self) -> None:
        """Move to the review page (after the last item)."""
        self._position = END

    # -- answering ----------------------------------------------------------------------------
    def set_answer(self, item_id: str, value: Any) -> list[Text]:
        """Store an answer (None clears it); return the item's validation messages now."""
        self.store_answer(item_id, value)
        return self.messages(item_id)

    def store_answer(self, item_id: str, value: Any) -> Answer | None:
        """Store an answer (None clears it) and return it as stored (normalised), without
        working out the messages: autosave stores, the page shows the messages it needs."""
        if not self.instrument.has_item(item_id):
            raise ValidationError(f"{self.instrument.id} has no item '{item_id}'")
        normalized = normalize_answer(self.instrument.item(item_id), value)
        if normalized is None:
            self._answers.pop(item_id, None)
        else:
            self._answers[item_id] = normalized
        self._refresh()
        self._settle()
        return list(normalized) if isinstance(normalized, list) else normalized

    def answer(self, value: Any) -> list[Text]:
        """Answer the current item."""
        if self._position == END:
            raise ValidationError("there is no current item at the end of the form")
        return self.set_answer(self._position, value)

    def messages(self, item_id: str) -> list[Text]:
        return [issue.message for issue in self.issues() if issue.item_id == item_id]

    def issues(self, include_missing: bool = True) -> list[Issue]:
        if self._issues is None:
            self._issues = self._find_issues()
        if include_missing:
            return list(self._issues)
        return [issue for issue in self._issues if issue.kind != "missing"]

    def _find_issues(self) -> list[Issue]:
        found: list[Issue] = []
        for item in self.relevant_items():
            if item.id not in self._answers:
                if item.required:
                    found.append(
                        Issue(item.id, "missing", item.required_message or REQUIRED_MESSAGE)
                    )
                continue
            node = self.instrument.compiled.constraints.get(item.id)
            if node is not None and not truth(node, self._env) and item.constraint_message:
                found.append(Issue(item.id, "constraint", item.constraint_message))
        return found

    def missing(self) -> list[Item]:
        return [self.instrument.item(i.item_id) for i in self.issues() if i.kind == "missing"]

    @property
    def can_complete(self) -> bool:
        return not self.issues()

    # -- results ------------------------------------------------------------------------------
    @property
    def outcome(self) -> Outcome:
        """The outcome so far (final once ``complete()`` succeeds)."""
        if self._outcome is None:
            self._outcome = compute_outcome(self.instrument, self._env)
        return self._outcome

    @property
    def decision(self) -> Decision:
        """The band so far and the rules that fire (the outcome without its explanation)."""
        if self._decision is None:
            self._decision = decide(self.instrument, self._env)
        return self._decision

    def complete(self) -> Outcome:
        issues = self.issues()
        if issues:
            raise IncompleteError(issues)
        return self.outcome

    def recommended_actions(self) -> list[Action]:
        point = self.context.decision_point
        actions = self.instrument.compiled.actions
        return [
            action
            for action in self.instrument.definition.actions
            if (not action.bands or self.decision.band in action.bands)
            and (not action.decision_points or point in action.decision_points)
            and (action.id not in actions or truth(actions[action.id], self._env))
        ]

    def progress(self) -> tuple[int, int]:
        """(answered, total) over the items relevant now."""
        return len(self.effective_answers()), len(self._relevant)

    # -- persistence --------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        pin = self.instrument.pin
        return {
            "format": SNAPSHOT_FORMAT,
            "instrument": {"id": pin.id, "version": pin.version, "content_hash": pin.content_hash},
            "answers": self.answers,
            "position": self._position,
            "context": {"age": self.context.age, "decision_point": self.context.decision_point},
        }

    @classmethod
    def from_snapshot(cls, snapshot: Mapping[str, Any], instrument: Instrument) -> Navigator:
        """Rebuild a session; ``instrument`` must be the exact definition it was captured with."""
        try:
            pin, context = snapshot["instrument"], snapshot.get("context") or {}
            if snapshot.get("format") != SNAPSHOT_FORMAT:
                raise ValidationError("saved session: unknown format")
            if pin["content_hash"] != instrument.content_hash:
                raise IntegrityError(
                    f"saved session was captured with {pin['id']} {pin['version']} "
                    "and a different definition (content hash differs)"
                )
            return cls(
                instrument,
                answers=snapshot["answers"],
                position=snapshot.get("position"),
                context=SessionContext(context.get("age"), context.get("decision_point")),
            )
        except (KeyError, TypeError, AttributeError):
            raise ValidationError("saved session: malformed snapshot") from None
