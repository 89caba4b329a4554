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


@pytest.mark.parametrize(
    ("url", "secret"),
    [
        ("postgresql://intake:S3cr3tPW@[bad/csec", "S3cr3tPW"),  # quoted whole by libpq
        ("postgresql://u@[::1/x?password=S3cr3tPW", "S3cr3tPW"),  # in the query
        ("postgresql://user:se@cret@127.0.0.1:1/x", "cret"),  # half read as a host name
    ],
)
def test_a_database_address_never_shows_its_password(
    capfd: pytest.CaptureFixture[str], url: str, secret: str
) -> None:
    with pytest.raises(VaultError) as raised:
        PostgresPool(url, timeout=5.0)
    assert secret not in str(raised.value)
    assert str(raised.value).startswith("the county database cannot be reached: ")
    out, err = capfd.readouterr()
    assert secret not in out + err


def test_a_short_password_is_not_blanked_inside_the_words_of_the_message() -> None:
    with pytest.raises(VaultError) as raised:
        PostgresPool(f"postgresql://user:e@127.0.0.1:{_closed_port()}/x", timeout=5.0)
    assert "connection failed" in str(raised.value).lower()
