"""What each case-team tab lists: its columns, how a stored entry reads in a row
(``tab_rows``), its empty state and its buttons' words. One ``TabSpec`` per entry kind, in the
order the tabs show.

The specs are built at import, so their words are kept for the catalog with
``QT_TRANSLATE_NOOP`` and translated when shown (``ItemsTab``). Buttons and the removal
question are whole phrases per kind: Spanish changes the article and the ending with the noun.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP
from csec_desktop.core.records.case_items import StoredItem
from csec_desktop.gui.case_team.remove_dialog import RemoveWords
from csec_desktop.gui.case_team.tab_rows import (
    attempt_row,
    authorization_row,
    meeting_row,
    member_row,
    note_row,
    plan_row,
    referral_row,
    stage_row,
)


@dataclass(frozen=True)
class ItemWords:
    """A tab's buttons (``&Add referral…``, ``&Change referral…``, ``Re&move referral…``)
    and its removal question, in the catalog's "CaseTeamTabs" and "RemoveDialog" contexts."""

    add: str
    change: str
    remove: str
    removal: RemoveWords


@dataclass(frozen=True)
class TabSpec:
    kind: str
    title: str
    columns: tuple[str, ...]
    row: Callable[[StoredItem], tuple[str, ...]]
    empty: str
    wide: tuple[int, ...]  # columns that share the free width and wrap; others fit their text
    words: ItemWords


SPECS = (
    TabSpec(
        "referral",
        QT_TRANSLATE_NOOP("CaseTeamTabs", "Service &plan"),
        (
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Need"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Agency or service"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Referred on"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Status"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Follow up (who)"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Outcome"),
        ),
        referral_row,
        QT_TRANSLATE_NOOP(
            "CaseTeamTabs",
            "No referrals yet. Add the services the youth is referred to, and follow them up.",
        ),
        (0, 1, 5),
        ItemWords(
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Add referral…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Change referral…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Re&move referral…"),
            RemoveWords(
                QT_TRANSLATE_NOOP("RemoveDialog", "Remove this referral?"),
                QT_TRANSLATE_NOOP("RemoveDialog", "&Remove referral"),
                QT_TRANSLATE_NOOP("RemoveDialog", "The referral to remove"),
            ),
        ),
    ),
    TabSpec(
        "safety_plan",
        QT_TRANSLATE_NOOP("CaseTeamTabs", "Sa&fety plan"),
        (
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Version"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Signature"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Youth took part"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Saved"),
        ),
        plan_row,
        QT_TRANSLATE_NOOP(
            "CaseTeamTabs",
            "No safety plan yet. Write it with the youth: safe adults, what to do if "
            "contacted, supervision, and a return plan.",
        ),
        (1,),
        ItemWords(
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Add safety plan…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Change safety plan…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Re&move safety plan…"),
            RemoveWords(
                QT_TRANSLATE_NOOP("RemoveDialog", "Remove this safety plan?"),
                QT_TRANSLATE_NOOP("RemoveDialog", "&Remove safety plan"),
                QT_TRANSLATE_NOOP("RemoveDialog", "The safety plan to remove"),
            ),
        ),
    ),
    TabSpec(
        "mdt_member",
        QT_TRANSLATE_NOOP("CaseTeamTabs", "MDT &members"),
        (
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Name"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Agency"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Role"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Contact"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Chosen by the youth"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "On copies"),
        ),
        member_row,
        QT_TRANSLATE_NOOP(
            "CaseTeamTabs",
            "No team members yet. Add the people on the youth's multidisciplinary team.",
        ),
        (0, 1, 2, 3),
        ItemWords(
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Add member…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Change member…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Re&move member…"),
            RemoveWords(
                QT_TRANSLATE_NOOP("RemoveDialog", "Remove this member?"),
                QT_TRANSLATE_NOOP("RemoveDialog", "&Remove member"),
                QT_TRANSLATE_NOOP("RemoveDialog", "The member to remove"),
            ),
        ),
    ),
    TabSpec(
        "mdt_meeting",
        QT_TRANSLATE_NOOP("CaseTeamTabs", "MDT m&eetings"),
        (
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Held"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Type"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Attendees"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Youth took part"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Sharing basis"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Decisions"),
        ),
        meeting_row,
        QT_TRANSLATE_NOOP(
            "CaseTeamTabs",
            "No meetings recorded yet. After each MDT meeting, add it here: who "
            "came, what the youth asked for, decisions and action items, and the basis for "
            "sharing information.",
        ),
        (2, 4, 5),
        ItemWords(
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Add meeting…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Change meeting…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Re&move meeting…"),
            RemoveWords(
                QT_TRANSLATE_NOOP("RemoveDialog", "Remove this meeting?"),
                QT_TRANSLATE_NOOP("RemoveDialog", "&Remove meeting"),
                QT_TRANSLATE_NOOP("RemoveDialog", "The meeting to remove"),
            ),
        ),
    ),
    TabSpec(
        "authorization",
        QT_TRANSLATE_NOOP("CaseTeamTabs", "Re&leases"),
        (
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Kind"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Agencies"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Information"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "In force"),
        ),
        authorization_row,
        QT_TRANSLATE_NOOP(
            "CaseTeamTabs",
            "No releases or court orders recorded. The MDT's copy is checked against the "
            "current ones.",
        ),
        (1, 2),
        ItemWords(
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Add authorization…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Change authorization…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Re&move authorization…"),
            RemoveWords(
                QT_TRANSLATE_NOOP("RemoveDialog", "Remove this authorization?"),
                QT_TRANSLATE_NOOP("RemoveDialog", "&Remove authorization"),
                QT_TRANSLATE_NOOP("RemoveDialog", "The authorization to remove"),
            ),
        ),
    ),
    TabSpec(
        "stage_of_change",
        QT_TRANSLATE_NOOP("CaseTeamTabs", "S&tages of change"),
        (
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Noted on"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Where the youth is"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "What tells you so"),
        ),
        stage_row,
        QT_TRANSLATE_NOOP(
            "CaseTeamTabs",
            "No stages recorded yet. Note where the youth is, and again as it changes.",
        ),
        (1, 2),
        ItemWords(
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Add stage…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Change stage…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Re&move stage…"),
            RemoveWords(
                QT_TRANSLATE_NOOP("RemoveDialog", "Remove this stage?"),
                QT_TRANSLATE_NOOP("RemoveDialog", "&Remove stage"),
                QT_TRANSLATE_NOOP("RemoveDialog", "The stage to remove"),
            ),
        ),
    ),
    TabSpec(
        "engagement_attempt",
        QT_TRANSLATE_NOOP("CaseTeamTabs", "En&gagement attempts"),
        (
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Tried on"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "How"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Reached"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Note"),
        ),
        attempt_row,
        QT_TRANSLATE_NOOP(
            "CaseTeamTabs",
            "No engagement attempts recorded yet.",
        ),
        (3,),
        ItemWords(
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Add attempt…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Change attempt…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Re&move attempt…"),
            RemoveWords(
                QT_TRANSLATE_NOOP("RemoveDialog", "Remove this attempt?"),
                QT_TRANSLATE_NOOP("RemoveDialog", "&Remove attempt"),
                QT_TRANSLATE_NOOP("RemoveDialog", "The attempt to remove"),
            ),
        ),
    ),
    TabSpec(
        "note",
        QT_TRANSLATE_NOOP("CaseTeamTabs", "N&otes"),
        (
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Written"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "By"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "On copies"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Note"),
        ),
        note_row,
        QT_TRANSLATE_NOOP(
            "CaseTeamTabs",
            "No notes yet.",
        ),
        (3,),
        ItemWords(
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Add note…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "&Change note…"),
            QT_TRANSLATE_NOOP("CaseTeamTabs", "Re&move note…"),
            RemoveWords(
                QT_TRANSLATE_NOOP("RemoveDialog", "Remove this note?"),
                QT_TRANSLATE_NOOP("RemoveDialog", "&Remove note"),
                QT_TRANSLATE_NOOP("RemoveDialog", "The note to remove"),
            ),
        ),
    ),
)
