"""The laptop honours the county's HTTPS proxy setting: the request goes through the proxy's
CONNECT tunnel, and the pin is still checked end to end (the proxy sees only TLS)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from csec_desktop.core.sync_service.online_sync import sync_now
from tests.core.sync_service.world import profile

from .online import OnlineCounty


class ConnectProxy:
    """A minimal CONNECT-only proxy on loopback that records the targets it tunnels to."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.tunnels: list[str] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = client.recv(4096)
            if not chunk:
                return
            head += chunk
        target = head.split(b" ")[1].decode()
        self.tunnels.append(target)
        host, port = target.rsplit(":", 1)
        assert host == "127.0.0.1"  # loopback only
        upstream = socket.create_connection((host, int(port)))
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")

        def pipe(src: socket.socket, dst: socket.socket) -> None:
            try:
                while data := src.recv(65536):
                    dst.sendall(data)
            except OSError:
                pass
            finally:
                dst.close()

        threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()
        pipe(client, upstream)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def proxy() -> Iterator[ConnectProxy]:
    made = ConnectProxy()
    yield made
    made.close()


def test_sync_goes_through_the_https_proxy(
    embedded_county: OnlineCounty, proxy: ConnectProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.port}")
    laptop = embedded_county.laptop("a")
    laptop.caseload.add(profile())
    report = sync_now(laptop.sync)
    assert report.uploaded == 1
    assert proxy.tunnels and set(proxy.tunnels) == {embedded_county.url.removeprefix("https://")}
