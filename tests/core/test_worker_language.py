"""Where the worker's language is kept and how its default is found (no Qt)."""

from __future__ import annotations

import pytest

from csec_desktop.core.worker_language import (
    device_language,
    save_device_language,
    set_worker_language,
    system_language,
    worker_language,
)


def test_the_sign_in_language_is_kept_beside_the_vault(tmp_path):
    assert device_language(tmp_path) is None
    save_device_language(tmp_path, "es")
    assert device_language(tmp_path) == "es"
    (tmp_path / "language").write_text("klingon\n", encoding="utf-8")
    assert device_language(tmp_path) is None  # an unknown code is ignored, never trusted
    with pytest.raises(ValueError, match="no shipped language"):
        save_device_language(tmp_path, "fr")


def test_the_operating_system_decides_without_a_choice(monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert system_language() == "es"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # LC_ALL wins, as it does for every program
    assert system_language() == "en"


def test_only_shipped_languages_can_be_installed():
    with pytest.raises(ValueError):
        set_worker_language("de")
    assert worker_language() == "en"
