"""The answer control for each item kind: the GUI's one table over ``ItemKind``.

Core's behaviour table (core/instruments/kinds.py) says what a kind means; this table says
how a worker answers it. A kind without a control fails at import, not when a worker reaches
the item.
"""

from __future__ import annotations

from collections.abc import Mapping

from csec_desktop.core.instruments.model import Item, ItemKind
from csec_desktop.gui.wizard import item_fields
from csec_desktop.gui.wizard.item_widgets import CheckChoices, ItemWidget, RadioChoice

WIDGETS: Mapping[ItemKind, type[ItemWidget]] = {
    ItemKind.YES_NO_UNKNOWN: RadioChoice,
    ItemKind.CONCERN: RadioChoice,
    ItemKind.SINGLE: RadioChoice,
    ItemKind.MULTIPLE: CheckChoices,
    ItemKind.DATE: item_fields.DateField,
    ItemKind.NUMBER: item_fields.NumberField,
    ItemKind.SHORT_TEXT: item_fields.ShortTextField,
    ItemKind.LONG_TEXT: item_fields.LongTextField,
}

_missing = [kind.value for kind in ItemKind if kind not in WIDGETS]
if _missing:
    raise RuntimeError(f"item kinds without an answer control: {_missing}")


def widget_for(item: Item, lang: str) -> ItemWidget:
    """The control for ``item``'s kind."""
    return WIDGETS[item.kind](item, lang)
