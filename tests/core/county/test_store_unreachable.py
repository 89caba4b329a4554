"""A county database that cannot be reached is said at once, in one line, and nothing else
reaches stderr (the connection pool's own retries were logged there, four lines, after a
ten-second wait)."""

from __future__ import annotations

import socket

import pytest

from csec_desktop.core.county.postgres import PostgresPool
from csec_desktop.core.errors import VaultError


def _closed_port() -> int:
    with socket.socket() as probe:  # a port nothing listens on once the probe closes
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_database_is_one_clear_error_and_no_log_lines(
    capfd: pytest.CaptureFixture[str],
) -> None:
    url = f"postgresql://intake@127.0.0.1:{_closed_port()}/csec"
    with pytest.raises(VaultError) as raised:
        PostgresPool(url, timeout=10.0)
    message = str(raised.value)
    assert message.startswith("the county database cannot be reached: ")
    assert "\n" not in message and "refused" in message.lower()
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_a_malformed_database_address_never_shows_its_password(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(VaultError) as raised:
        PostgresPool("postgresql://intake:S3cr3tPW@[bad/csec", timeout=5.0)
    assert "S3cr3tPW" not in str(raised.value)
    assert str(raised.value).startswith("the county database cannot be reached: ")
    out, err = capfd.readouterr()
    assert "S3cr3tPW" not in out + err
