from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .online import OnlineCounty, online_county


@pytest.fixture(params=["embedded", "postgresql"])
def county(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OnlineCounty]:
    """A county with its receiving service on loopback, on each intake store."""
    with online_county(request, tmp_path, request.param) as made:
        yield made


@pytest.fixture
def embedded_county(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OnlineCounty]:
    with online_county(request, tmp_path, "embedded") as made:
        yield made
