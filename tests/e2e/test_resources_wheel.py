"""Shipped resources are found the same way from an installed wheel as from the source tree
(and, in test_frozen_app.py, from the frozen app): through the csec_desktop.resources package."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import platformdirs

ROOT = Path(__file__).resolve().parents[2]
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc")

PROBE = """
import json, csec_desktop
from csec_desktop.core.paths import resource
policy = json.loads(resource("policy", "california.json").read_text(encoding="utf-8"))
words = resource("wordlists", "common-passwords.txt").read_text(encoding="utf-8")
print(json.dumps({
    "package": csec_desktop.__file__,
    "policy_format": policy["format"],
    "word_lines": len(words.splitlines()),
    "icon": resource("icons", "csec-desktop.svg").is_file(),
}))
"""


def probe(python: Path | str, cwd: Path) -> dict[str, object]:
    # Not run from the source tree, where "import csec_desktop" would find the sources first.
    result = subprocess.run(
        [str(python), "-c", PROBE],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        cwd=cwd,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout)
    return found


def test_resources_from_an_installed_wheel_match_the_source_tree(tmp_path: Path) -> None:
    # Built from a copy: setuptools writes build/lib/ and *.egg-info/ into the folder it builds.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("csec_desktop", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=SKIP)
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = wheels.glob("csec_desktop-*.whl")

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    # The only dependency looking up a resource needs; copied so the test needs no network.
    shutil.copytree(Path(platformdirs.__file__).parent, site / "platformdirs")

    from_wheel = probe(python, tmp_path)
    from_source = probe(sys.executable, tmp_path)
    assert Path(str(from_wheel["package"])).is_relative_to(site)
    assert Path(str(from_source["package"])).is_relative_to(ROOT)
    assert from_wheel.pop("package") and from_source.pop("package")
    assert from_wheel == from_source
    assert from_wheel["icon"] is True
    assert int(str(from_wheel["word_lines"])) > 1000
