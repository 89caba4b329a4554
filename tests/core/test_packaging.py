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
    # resources/ is installed as csec_desktop.resources, each data folder as a package of it
    # (with its files as package data), so a new folder there must be listed as well.
    for folder in [ROOT / "resources", *(ROOT / "resources").rglob("*")]:
        if folder.is_dir() and folder.name != "__pycache__":
            parts = folder.relative_to(ROOT / "resources").parts
            found.add(".".join(("csec_desktop", "resources", *parts)))
    assert found <= listed, f"add to pyproject.toml packages: {sorted(found - listed)}"
    data = config["tool"]["setuptools"]["package-data"]
    resource_packages = {name for name in found if name.startswith("csec_desktop.resources")}
    missing_data = sorted(resource_packages - set(data))
    assert not missing_data, f"add to pyproject.toml package-data: {missing_data}"


def test_shipped_resources_are_found_through_the_package() -> None:
    from csec_desktop.core.paths import resource

    assert resource("policy").is_dir()
