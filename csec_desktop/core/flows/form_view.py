"""How the wizard shows a form: a section per page (the default) or one question per page.

An app setting, kept in ``form_view.json`` in the app's data folder (it holds no personal
data, only the choice), so it stays when the app is updated. An unreadable or unknown value
means the default.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.paths import default_data_dir, ensure_private_dir

FILE_NAME = "form_view.json"


class FormView(StrEnum):
    SECTIONS = "sections"  # all of a section's relevant items on one page
    ITEMS = "items"  # one question per page


DEFAULT = FormView.SECTIONS


def load_form_view(data_dir: Path | None = None) -> FormView:
    path = (data_dir or default_data_dir()) / FILE_NAME
    try:
        return FormView(json.loads(path.read_text(encoding="utf-8"))["view"])
    except (OSError, ValueError, KeyError, TypeError):
        return DEFAULT


def save_form_view(view: FormView, data_dir: Path | None = None) -> None:
    folder = ensure_private_dir(data_dir or default_data_dir())
    atomic_write(folder / FILE_NAME, json.dumps({"view": view.value}).encode("utf-8"))
