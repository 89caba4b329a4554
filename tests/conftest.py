"""Shared test setup. Qt runs offscreen; no test touches the user's real data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config: object) -> None:
    # A data folder that does not exist, so an accidental default never hits the real one.
    os.environ["CSEC_DATA_DIR"] = os.path.join(
        os.environ.get("TMPDIR", "/tmp"), f"csec-tests-default-{os.getpid()}"
    )


import itertools  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """One throwaway PostgreSQL cluster per test session, started on first use."""
    from tests.pg_cluster import Cluster

    cluster = Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(pg_cluster: object) -> Callable[[], str]:
    """Makes a new empty database in the session's cluster; returns its URL."""
    counter = itertools.count()

    def make() -> str:
        return pg_cluster.fresh_database(f"t{os.getpid()}_{next(counter)}_{os.urandom(3).hex()}")  # type: ignore[attr-defined]

    return make
