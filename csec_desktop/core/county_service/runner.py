"""Running the receiving service: TLS files, the uvicorn server, loopback test servers."""

from __future__ import annotations

import os
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.clock import utc_now
from csec_desktop.core.county_service.app import ServiceContext, make_app
from csec_desktop.core.county_service.tls import self_signed, spki_sha256
from csec_desktop.core.errors import UsageError

TLS_DIR = "service-tls"
KEEP_ALIVE_SECONDS = 5


@dataclass(frozen=True)
class TlsFiles:
    cert: Path
    key: Path

    @property
    def pin(self) -> str:
        return spki_sha256(self.cert.read_bytes())


def county_tls(county_dir: Path, host: str) -> TlsFiles:
    """The county's own service key and self-signed certificate, made on first use (the key
    readable by this account only). Laptops trust it through the pin in the trust file."""
    folder = county_dir / TLS_DIR
    files = TlsFiles(folder / "cert.pem", folder / "key.pem")
    if files.cert.exists() and files.key.exists():
        return files
    folder.mkdir(mode=0o700, exist_ok=True)
    cert, key = self_signed(host, utc_now())
    atomic_write(files.key, key, overwrite=True, verify=True)
    os.chmod(files.key, 0o600)
    atomic_write(files.cert, cert, overwrite=True, verify=True)
    return files


def parse_listen(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise UsageError("--listen must be HOST:PORT, e.g. 0.0.0.0:8443")
    return host.strip("[]"), int(port)


def make_server(ctx: ServiceContext, host: str, port: int, tls: TlsFiles) -> uvicorn.Server:
    config = uvicorn.Config(
        make_app(ctx),
        host=host,
        port=port,
        ssl_certfile=str(tls.cert),
        ssl_keyfile=str(tls.key),
        log_config=None,  # the service log is ours (metadata only, JSON lines)
        access_log=False,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        limit_concurrency=256,
        server_header=False,
        date_header=False,
        lifespan="off",
    )
    return uvicorn.Server(config)


class BackgroundServer:
    """A service on a loopback port in a thread (tests and benchmarks)."""

    def __init__(self, ctx: ServiceContext, tls: TlsFiles, host: str = "127.0.0.1") -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.port = int(self.sock.getsockname()[1])
        self.url = f"https://{host}:{self.port}"
        self.server = make_server(ctx, host, self.port, tls)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> BackgroundServer:
        self.thread.start()
        for _ in range(500):
            if self.server.started:
                return self
            threading.Event().wait(0.01)
        raise RuntimeError("the receiving service did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
