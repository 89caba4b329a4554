"""The GUI's one table over item kinds: every kind has an answer control, and each control
shows and gives back the kind's sample answer unchanged."""

from __future__ import annotations

import pytest

from csec_desktop.core.instruments import KINDS, ItemKind, sample_answer
from csec_desktop.gui.wizard.widget_table import WIDGETS, widget_for
from tests.core.instruments.test_kinds import item_of


def test_every_kind_has_an_answer_control() -> None:
    assert set(WIDGETS) == set(KINDS) == set(ItemKind)


@pytest.mark.parametrize("kind", list(ItemKind))
def test_control_round_trips_the_sample_answer(qtbot, kind: ItemKind) -> None:
    item = item_of(kind)
    widget = widget_for(item, "en")
    qtbot.addWidget(widget)
    sample = sample_answer(item)
    saved: list[object] = []
    widget.committed.connect(saved.append)
    widget.set_value(sample)
    assert widget.value() == sample
    widget.flush()
    assert saved in ([], [sample])
    assert widget.accessibleName() == "Question"
