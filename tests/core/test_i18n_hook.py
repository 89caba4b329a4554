"""The translate hook: English by default, the installed translator when one is set."""

from collections.abc import Iterator

import pytest

from csec_desktop.core import i18n


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.reset()


def test_english_by_default_fills_plural_count() -> None:
    assert i18n.translate("Ctx", "Saved") == "Saved"
    assert i18n.translate("Ctx", "%n pages", None, 3) == "3 pages"


def test_installed_hook_receives_context_source_and_count() -> None:
    seen: list[tuple[str, str, str | None, int]] = []

    def spanish(context: str, source: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, source, disambiguation, n))
        return {"Saved": "Guardado"}.get(source, source)

    i18n.install(spanish)
    assert i18n.translate("Ctx", "Saved") == "Guardado"
    assert seen == [("Ctx", "Saved", None, -1)]
    i18n.reset()
    assert i18n.translate("Ctx", "Saved") == "Saved"


def test_noop_marker_keeps_source_for_later_translation() -> None:
    assert i18n.QT_TRANSLATE_NOOP("Ctx", "Later") == "Later"
