"""A county on a fake clock with its receiving service on a loopback HTTPS port."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from csec_desktop.core.county_service.app import ServiceContext
from csec_desktop.core.county_service.runner import BackgroundServer, county_tls
from csec_desktop.core.county_service.service_log import ServiceLog
from csec_desktop.core.sync.trust import TrustService
from tests.core.sync_service.world import Laptop, World, make_world


class OnlineCounty:
    def __init__(self, world: World, **settings: Any) -> None:
        self.world = world
        self.log_stream = io.StringIO()
        self.tls = county_tls(world.root / "county", "127.0.0.1")
        self.ctx = ServiceContext(
            store=world.store,
            authority=world.authority,
            clock=world.clock,
            spool=world.root / "county" / "incoming",
            log=ServiceLog(self.log_stream, world.clock),
            vault_audit=world.county_audit,
            **settings,
        )
        self.server = BackgroundServer(self.ctx, self.tls)
        self.url = self.server.url
        world.authority.set_service(
            world.county_session.db, TrustService(self.url, self.tls.pin), world.clock()
        )

    def laptop(self, name: str) -> Laptop:
        """An enrolled laptop that installed the trust file naming this service."""
        laptop = self.world.laptop(name)
        laptop.sync.install_trust(self.world.authority.current_trust_file())
        return laptop

    def log_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.log_stream.getvalue().splitlines()]

    def count(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        return int(self.world.county_db.execute(sql, params).fetchone()[0])


@contextmanager
def online_county(
    request: pytest.FixtureRequest, root: Path, backend: str, **settings: Any
) -> Iterator[OnlineCounty]:
    database = request.getfixturevalue("postgres_url")() if backend == "postgresql" else None
    world = make_world(root, database=database)
    try:
        county = OnlineCounty(world, **settings)
        with county.server:
            yield county
    finally:
        world.close()
