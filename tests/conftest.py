"""Shared test setup. Qt runs offscreen; no test touches the user's real data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


PYCACHE_ENV = "PYTHONPYCACHEPREFIX"
_made_pycache: list[str] = []


def pytest_configure(config: object) -> None:
    # A data folder that does not exist, so an accidental default never hits the real one.
    os.environ["CSEC_DATA_DIR"] = os.path.join(
        os.environ.get("TMPDIR", "/tmp"), f"csec-tests-default-{os.getpid()}"
    )
    _share_bytecode_with_subprocesses()


def _share_bytecode_with_subprocesses() -> None:
    """The end-to-end tests start ``csec`` (and other Python programs) a few hundred times.
    Where PYTHONDONTWRITEBYTECODE is set, each one compiled every module it imports from
    source again (about 0.4 s of CPU of a command's 1.4 s). The programs this run starts
    share one bytecode folder of the run's own instead, outside the source tree and every
    test's data and temp folders, removed at the end. The code they run is the same."""
    if os.environ.get(PYCACHE_ENV):
        return  # a parent run (pytest-xdist's controller) already chose one, or the developer
    import tempfile

    folder = tempfile.mkdtemp(prefix="csec-tests-bytecode-")
    _made_pycache.append(folder)
    os.environ[PYCACHE_ENV] = folder
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def pytest_unconfigure(config: object) -> None:
    import shutil

    for folder in _made_pycache:
        os.environ.pop(PYCACHE_ENV, None)
        shutil.rmtree(folder, ignore_errors=True)


import itertools  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _temp_folder_restored() -> Iterator[None]:
    """A CLI command run in-process points the process's temp folder at a private folder in
    its data folder (core/process_guard.py), emptied at exit; later tests, and the session's
    PostgreSQL cluster, must not inherit it."""
    import tempfile

    saved_env, saved_dir = os.environ.get("TMPDIR"), tempfile.tempdir
    yield
    if saved_env is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = saved_env
    tempfile.tempdir = saved_dir


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
