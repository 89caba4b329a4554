"""The laptop's HTTPS client for its county's receiving service (docs/sync-protocol.md).

It talks only to the service the county-signed trust file names, checks the server's key
against the pin in that file during the handshake (``tls_pin``), signs every request with the
device key, and uses explicit timeouts. It honours the operating system's proxy settings
(``HTTPS_PROXY``, ``NO_PROXY``), which is how counties route laptops through their proxy.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import translate
from csec_desktop.core.sync.keys import DeviceIdentity
from csec_desktop.core.sync.receipt import MAX_RECEIPT_SIZE
from csec_desktop.core.sync.request_signature import EMPTY_SHA256, sign_request
from csec_desktop.core.sync.tls_pin import PinMismatchError, pinned_context
from csec_desktop.core.sync.trust import MAX_TRUST_SIZE, TrustService

TIMEOUTS = httpx.Timeout(connect=10.0, read=120.0, write=120.0, pool=10.0)
CHUNK = 64 * 1024
Progress = Callable[[int, int], None]  # bytes sent, bytes in all


class OfflineError(CsecError):
    """The service cannot be reached now; nothing is lost, sync again later."""


class ServiceRefusedError(CsecError):
    """The service answered with a refusal (its one-line reason is the message)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Upload:
    status: str  # 'imported' or 'duplicate'
    receipt: bytes


class CountyClient:
    def __init__(
        self,
        service: TrustService,
        identity: DeviceIdentity,
        clock: Callable[[], datetime],
        timeout: httpx.Timeout = TIMEOUTS,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.service, self.identity, self.clock = service, identity, clock
        self.prefix = urlsplit(service.url).path.rstrip("/")
        self.http = httpx.Client(
            base_url=service.url.rstrip("/"),
            verify=pinned_context(service.tls_spki_sha256),
            timeout=timeout,
            trust_env=True,
            follow_redirects=False,
            transport=transport,
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> CountyClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(
        self,
        method: str,
        path: str,
        params: dict[str, int] | None = None,
        body: bytes | None = None,
        progress: Progress | None = None,
    ) -> httpx.Response:
        query = f"?{urlencode(params)}" if params else ""
        digest = hashlib.sha256(body).hexdigest() if body is not None else EMPTY_SHA256
        now = int(self.clock().timestamp())
        headers = sign_request(self.identity, method, self.prefix + path + query, digest, now)
        content: Any = None
        if body is not None:
            headers["Content-Length"] = str(len(body))
            headers["Content-Type"] = "application/vnd.csec.bundle"
            content = _chunks(body, progress)
        try:
            response = self.http.request(method, path + query, headers=headers, content=content)
        except (httpx.TransportError, OSError) as exc:
            if _caused_by_pin(exc):
                url = self.service.url
                raise CsecError(
                    translate(
                        "SyncErrors",
                        "The server at {url} is not this county's receiving service: its TLS "
                        "key does not match the pin in the county's trust file. Nothing was "
                        "sent and nothing on this laptop changed; call county IT before "
                        "syncing again.",
                    ).format(url=url)
                ) from None
            raise self._offline(exc) from None
        if response.status_code >= 400:
            raise ServiceRefusedError(response.status_code, _refusal(response))
        return response

    def _offline(self, exc: BaseException) -> OfflineError:
        url = self.service.url
        if isinstance(exc, httpx.TimeoutException):
            return OfflineError(
                translate(
                    "SyncErrors",
                    "The county's service at {url} did not answer in time; nothing is lost, "
                    "sync again later.",
                ).format(url=url)
            )
        reason = _reason(exc)
        return OfflineError(
            translate(
                "SyncErrors",
                "The county's service at {url} cannot be reached ({reason}); nothing is lost, "
                "sync again later.",
            ).format(url=url, reason=reason)
        )

    def health(self) -> bool:
        """Whether the service answers (the probe before an automatic sync)."""
        try:
            return self.http.get("/v1/health").status_code == 200
        except (httpx.TransportError, OSError):
            return False

    def upload(self, data: bytes, progress: Progress | None = None) -> Upload:
        response = self._send("POST", "/v1/bundles", body=data, progress=progress)
        if len(response.content) > MAX_RECEIPT_SIZE:
            raise CsecError(
                translate("SyncErrors", "The county's service answered with an oversized receipt.")
            )
        return Upload(response.headers.get("CSEC-Import-Status", ""), response.content)

    def receipts(self, since: int) -> list[tuple[int, bytes]]:
        response = self._send("GET", "/v1/receipts", {"since": since})
        try:
            items = response.json()["receipts"]
            return [(int(i["sequence"]), base64.b64decode(i["receipt"], validate=True))
                    for i in items]  # fmt: skip
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise CsecError(
                translate(
                    "SyncErrors",
                    "The county's service sent a receipt list this laptop cannot read.",
                )
            ) from None

    def trust(self, have: int) -> bytes | None:
        response = self._send("GET", "/v1/trust", {"have": have})
        if response.status_code == 204:
            return None
        if len(response.content) > MAX_TRUST_SIZE:
            raise CsecError(
                translate("SyncErrors", "The county's service sent an oversized trust file.")
            )
        return response.content


def _chunks(body: bytes, progress: Progress | None) -> Iterator[bytes]:
    total = len(body)
    for start in range(0, total, CHUNK):
        chunk = body[start : start + CHUNK]
        yield chunk
        if progress is not None:
            progress(start + len(chunk), total)


def _refusal(response: httpx.Response) -> str:
    try:
        message = str(response.json()["error"])[:300]
    except (ValueError, KeyError, TypeError):
        message = f"HTTP {response.status_code}"
    return f"The county's service refused: {message}."


def _caused_by_pin(exc: BaseException | None) -> bool:
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, PinMismatchError):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:120] if text and text[0] else type(exc).__name__
