"""Finding 4 of the security review: one laptop overwriting another's record at the county."""

from __future__ import annotations

import pytest

from .world import World, make_world, profile


@pytest.fixture
def world(tmp_path):
    made = make_world(tmp_path)
    yield made
    made.close()


def test_another_laptops_version_of_a_record_is_a_conflict_and_the_owner_keeps_it(
    world: World,
) -> None:
    """Attack: laptop A's worker (with file access to A's vault) gives a youth on A the record
    id of a youth that laptop B delivered, as "version 2" building on B's version 1, and sends
    it. Before, the county accepted it, kept only a hash of B's version, and B purged its copy
    under a genuine receipt: the record existed nowhere. Now the id belongs to B (the first
    device to deliver it): A's version is a conflict for a person, the county's copy stays B's,
    and every accepted version's content is kept."""
    a, b = world.laptop("a"), world.laptop("b")
    owned = b.caseload.add(profile("Rosa", "Diaz"))
    world.import_(b.sync.export(b.out).path)

    mine = a.caseload.add(profile("Someone", "Else"))
    a.session.db.execute(
        "UPDATE youth SET id = ?, version = 2, base_version = 1, dirty = 1 WHERE id = ?",
        (owned.id, mine.id),
    )
    result = world.import_(a.sync.export(a.out).path)
    assert result.counts.get("conflict") == 1 and "accepted" not in result.counts

    county = world.county_session.db
    version, device, data = county.execute(
        "SELECT version, device_id, data FROM county_records WHERE record_id = ?", (owned.id,)
    ).fetchone()
    assert (version, device) == (1, b.session.device_id)
    assert "Rosa" in data and "Someone" not in data
    reason = county.execute(
        "SELECT reason FROM county_conflicts WHERE record_id = ?", (owned.id,)
    ).fetchone()[0]
    assert "another device delivered this record first" in reason

    # B's own next version is still accepted, and the version it superseded keeps its content.
    b.caseload.change(owned.id, profile("Rosa", "Diaz-Lopez"))
    assert world.import_(b.sync.export(b.out).path).counts == {"accepted": 1}
    kept = county.execute(
        "SELECT version, device_id, data FROM county_record_versions WHERE record_id = ? "
        "ORDER BY version",
        (owned.id,),
    ).fetchall()
    assert [(v, d) for v, d, _ in kept] == [(1, b.session.device_id), (2, b.session.device_id)]
    assert "Diaz-Lopez" not in kept[0][2] and "Diaz-Lopez" in kept[1][2]
