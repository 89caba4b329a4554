from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.core.sync_service.world import World, make_world


@pytest.fixture(params=["embedded", "postgresql"])
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    """The same county tests on both intake stores."""
    database = None
    if request.param == "postgresql":
        make_database: Callable[[], str] = request.getfixturevalue("postgres_url")
        database = make_database()
    made = make_world(tmp_path, database=database)
    yield made
    made.close()
