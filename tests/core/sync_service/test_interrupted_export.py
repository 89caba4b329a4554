"""An export interrupted at any step leaves no file under the final name and reuses no number."""

from __future__ import annotations

from pathlib import Path

import pytest

from csec_desktop.core import atomicfile
from csec_desktop.core.errors import AtomicWriteError
from csec_desktop.core.sync.manifest import GENESIS

from .world import World, profile


class Interrupted(Exception):
    pass


def _stop_at(name: str):  # type: ignore[no-untyped-def]
    def step(current: str) -> None:
        if current == name:
            raise Interrupted(current)

    return step


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("step", ["reserved", "built", "recorded", "publish"])
def test_an_interrupted_export_leaves_nothing_and_skips_its_number(
    world: World, step: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = world.laptop("a")
    laptop.caseload.add(profile())
    first = laptop.sync.export(laptop.out)
    assert world.import_(first.path).status == "imported"
    laptop.caseload.add(profile(first="Casey"))
    if step == "publish":  # the rename onto the final name fails (e.g. the stick was pulled)

        def fail(*_args: object) -> None:
            raise OSError(5, "Input/output error")

        with monkeypatch.context() as patch:
            patch.setattr(atomicfile, "_publish", fail)
            with pytest.raises(AtomicWriteError, match="Input/output error"):
                laptop.sync.export(laptop.out)
    else:
        with pytest.raises(Interrupted):
            laptop.sync.export(laptop.out, on_step=_stop_at(step))
    assert _files(laptop.out) == [first.path.name, first.path.stem + ".receipt.json"]

    again = laptop.sync.export(laptop.out)
    assert again.sequence == 3 and again.skipped == (2,)
    assert not [n for n in _files(laptop.out) if n.endswith(".tmp")]
    result = world.import_(again.path)
    assert result.status == "imported"
    assert result.note == "sequence 2 skipped after an interrupted export on the laptop"
    assert result.counts == {"accepted": 1, "duplicate": 1}
    flags = world.county_db.execute("SELECT flag FROM county_flags").fetchall()
    assert [f[0] for f in flags] == ["sequence_skipped"]


def test_an_export_interrupted_after_the_file_is_published_counts_as_written(
    world: World,
) -> None:
    laptop = world.laptop("a")
    laptop.caseload.add(profile())
    with pytest.raises(Interrupted):
        laptop.sync.export(laptop.out, on_step=_stop_at("published"))
    (written,) = laptop.out.iterdir()
    laptop.caseload.add(profile(first="Casey"))
    second = laptop.sync.export(laptop.out)
    assert second.sequence == 2 and second.skipped == ()
    first = world.import_(written)
    assert first.note == "" and world.import_(second.path).note == ""
    assert laptop.sync.status().awaiting_receipt == 2


def test_the_first_bundle_links_to_genesis_and_each_next_to_the_one_before(world: World) -> None:
    from csec_desktop.core.sync.bundle import inspect_bundle

    laptop = world.laptop("a")
    hashes = [GENESIS]
    for first in ("Jordan", "Casey", "Riley"):
        laptop.caseload.add(profile(first=first))
        info = inspect_bundle(laptop.sync.export(laptop.out).path)
        assert info.manifest.previous_bundle_hash == hashes[-1]
        hashes.append(info.bundle_hash)
