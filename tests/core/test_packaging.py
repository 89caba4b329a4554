"""Every package under csec_desktop/ is listed in pyproject.toml, so the wheel is complete."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_lists_every_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "csec_desktop").rglob("__init__.py")
    }
    found.add("csec_desktop.resources")
    assert found <= listed, f"add to pyproject.toml packages: {sorted(found - listed)}"


def test_shipped_resources_are_found_through_the_package() -> None:
    from csec_desktop.core.paths import resource

    assert resource("policy").is_dir()
