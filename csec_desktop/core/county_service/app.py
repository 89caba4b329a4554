"""The receiving service's HTTP endpoints (Starlette), versioned under ``/v1/``.

- ``POST /v1/bundles``: one bundle; idempotent by bundle hash; verified and imported by the
  same ``intake.import_bundle`` as ``csec county import``; answers with the signed receipt.
- ``GET /v1/receipts?since=N``: the calling device's receipts for bundles numbered above N.
- ``GET /v1/trust?have=V``: the current trust file when it is newer than version V (else 204).
- ``GET /v1/health``: ``{"status": "ok"}`` while the store answers; nothing else.

Every endpoint but health is device-signed (``guard``); refusals are one line of JSON
(``{"error": …}``) and one line in the service log. The protocol, with examples, is in
docs/sync-protocol.md.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from csec_desktop.core.clock import Clock
from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.county.errors import SequenceError
from csec_desktop.core.county.intake import import_bundle
from csec_desktop.core.county.store_backend import CountyStore
from csec_desktop.core.county_service.guard import (
    RateLimit,
    Refusal,
    authenticate,
    forget_old_nonces,
)
from csec_desktop.core.county_service.service_log import ServiceLog
from csec_desktop.core.errors import CsecError, IntegrityError, ValidationError
from csec_desktop.core.sync.container import Limits
from csec_desktop.core.sync.receipt import PAYLOAD_TYPE as RECEIPT_TYPE
from csec_desktop.core.sync.request_signature import SignedRequest
from csec_desktop.core.vault.audit import AuditLog

BUNDLE_TYPE = "application/vnd.csec.bundle"
MAX_RECEIPTS = 100


@dataclass
class ServiceContext:
    store: CountyStore
    authority: CountyAuthority  # keys in memory; bound to a store connection per request
    clock: Clock
    spool: Path  # uploads are streamed here, then imported from the file
    log: ServiceLog
    vault_audit: AuditLog | None = None  # the embedded store's audit trail (the vault's)
    max_upload: int = Limits().max_file()
    min_upload_rate: int = 16 * 1024  # bytes per second a laptop must keep up (slow drip)
    min_upload_seconds: float = 30.0
    limit: RateLimit = field(default_factory=RateLimit)
    # Imports run one at a time under the store's write lock anyway; a few at once per process
    # verify and decrypt in parallel, and the rest wait here without holding a store connection
    # (so signing checks and receipt fetches always find one).
    import_slots: anyio.CapacityLimiter = field(default_factory=lambda: anyio.CapacityLimiter(3))
    requests: int = 0

    def upload_deadline(self, length: int) -> float:
        return self.min_upload_seconds + length / self.min_upload_rate


Handler = Callable[[Request, ServiceContext, dict[str, Any]], Awaitable[Response]]


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def _target(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def _authenticate(ctx: ServiceContext, request: Request, info: dict[str, Any]) -> SignedRequest:
    headers = {k.lower(): v for k, v in request.headers.items()}
    info["device"] = headers.get("csec-device")
    with ctx.store.connection() as db:
        ctx.requests += 1
        if ctx.requests % 500 == 0:
            forget_old_nonces(db, ctx.clock())
        authority = ctx.authority.bound_to(db, ctx.authority.audit)
        return authenticate(
            db, authority, request.method, _target(request), headers, ctx.clock(), ctx.limit
        )


def _int_param(request: Request, name: str) -> int:
    raw = request.query_params.get(name, "0")
    if not raw.isdigit() or len(raw) > 12:
        raise Refusal(400, f"'{name}' must be a whole number")
    return int(raw)


async def _receive(request: Request, ctx: ServiceContext, signed: SignedRequest) -> Path:
    """Stream the body to a spool file under the size cap and the slow-drip deadline."""
    length_header = request.headers.get("content-length", "")
    if not length_header.isdigit():
        raise Refusal(411, "the upload must say its length (Content-Length)")
    length = int(length_header)
    if length > ctx.max_upload:
        raise Refusal(
            413, f"the bundle is {length} bytes; the county takes at most {ctx.max_upload}"
        )
    digest, received = hashlib.sha256(), 0
    fd, name = tempfile.mkstemp(prefix="upload-", suffix=".csb", dir=ctx.spool)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out, anyio.fail_after(ctx.upload_deadline(length)):
            async for chunk in request.stream():
                received += len(chunk)
                if received > length:
                    raise Refusal(400, "the upload is longer than its Content-Length")
                digest.update(chunk)
                out.write(chunk)
        if received != length:
            raise Refusal(400, f"the upload was cut off after {received} of {length} bytes")
        if digest.hexdigest() != signed.content_sha256:
            raise Refusal(400, "the upload differs from the body the laptop signed")
    except TimeoutError:
        path.unlink(missing_ok=True)
        raise Refusal(408, "the upload was too slow and was stopped; try again") from None
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _import(ctx: ServiceContext, path: Path, device: str) -> Any:
    with ctx.store.connection() as db:
        if ctx.store.kind == "embedded" and ctx.vault_audit is not None:
            audit = ctx.vault_audit
        else:
            audit = ctx.store.audit(db, ctx.clock)
        authority = ctx.authority.bound_to(db, audit)
        return import_bundle(
            db, audit, "receiving-service", authority, path, ctx.clock(),
            any_imported_is_duplicate=True, write_receipt=False, expected_device=device,
        )  # fmt: skip


async def upload(request: Request, ctx: ServiceContext, info: dict[str, Any]) -> Response:
    signed = await anyio.to_thread.run_sync(_authenticate, ctx, request, info)
    path = await _receive(request, ctx, signed)
    info["bytes_in"] = path.stat().st_size
    try:
        result = await anyio.to_thread.run_sync(
            _import, ctx, path, signed.device, limiter=ctx.import_slots
        )
    except SequenceError as exc:
        raise Refusal(409, exc.message) from None
    except (IntegrityError, ValidationError) as exc:  # tampered, truncated, foreign, …
        raise Refusal(422, exc.message) from None
    finally:
        path.unlink(missing_ok=True)
    info.update(bundle=result.bundle_hash, sequence=result.sequence, outcome=result.status)
    info["records"] = sum(result.counts.values())
    return Response(
        result.receipt,
        media_type=RECEIPT_TYPE,
        headers={"CSEC-Import-Status": result.status, "CSEC-Bundle-Hash": result.bundle_hash},
    )


def _receipts(ctx: ServiceContext, device: str, since: int) -> list[tuple[int, bytes]]:
    with ctx.store.connection() as db:
        rows = db.execute(
            "SELECT sequence, receipt FROM county_bundles WHERE device_id = ? AND sequence > ? "
            "ORDER BY sequence LIMIT ?",
            (device, since, MAX_RECEIPTS),
        ).fetchall()
    return [(int(r[0]), bytes(r[1])) for r in rows]


async def receipts(request: Request, ctx: ServiceContext, info: dict[str, Any]) -> Response:
    signed = await anyio.to_thread.run_sync(_authenticate, ctx, request, info)
    since = _int_param(request, "since")
    found = await anyio.to_thread.run_sync(_receipts, ctx, signed.device, since)
    info["receipts"] = len(found)
    return JSONResponse(
        {"receipts": [{"sequence": seq, "receipt": base64.b64encode(data).decode("ascii")}
                      for seq, data in found]}
    )  # fmt: skip


def _latest_trust(ctx: ServiceContext) -> tuple[int, bytes]:
    with ctx.store.connection() as db:
        row = db.execute(
            "SELECT version, trust_file FROM county_trust_files ORDER BY version DESC LIMIT 1"
        ).fetchone()
    return int(row[0]), bytes(row[1])


async def trust(request: Request, ctx: ServiceContext, info: dict[str, Any]) -> Response:
    await anyio.to_thread.run_sync(_authenticate, ctx, request, info)
    have = _int_param(request, "have")
    version, data = await anyio.to_thread.run_sync(_latest_trust, ctx)
    info["trust_version"] = version
    if version <= have:
        return Response(status_code=204)
    return Response(data, media_type="application/vnd.csec.trust+json")


def _ping(ctx: ServiceContext) -> None:
    with ctx.store.connection() as db:
        db.execute("SELECT 1").fetchone()


async def health(request: Request, ctx: ServiceContext, info: dict[str, Any]) -> Response:
    await anyio.to_thread.run_sync(_ping, ctx)
    return JSONResponse({"status": "ok"})


def _endpoint(ctx: ServiceContext, name: str, handler: Handler) -> Any:
    async def run(request: Request) -> Response:
        started = time.monotonic()
        info: dict[str, Any] = {"endpoint": name, "method": request.method}
        try:
            response = await handler(request, ctx, info)
        except Refusal as refusal:
            info["error"] = refusal.message
            response = _error(refusal.status, refusal.message, **refusal.extra)
        except CsecError as exc:  # the store is down (PostgreSQL restarting) or similar
            info["error"] = exc.message
            response = _error(503, "the county's store is unavailable; try again shortly")
        except Exception as exc:  # noqa: BLE001 - one line in the log, never a traceback out
            info["error"] = f"{type(exc).__name__}"
            response = _error(503, "the county's service could not finish; try again shortly")
        info["status"] = response.status_code
        info["ms"] = round((time.monotonic() - started) * 1000, 1)
        ctx.log.request(info)
        return response

    return run


def _own_spool(spool: Path) -> Path:
    """This process's spool folder; folders of processes no longer running (killed mid-upload)
    are removed. Several service processes may share one county folder."""
    spool.mkdir(mode=0o700, parents=True, exist_ok=True)
    for folder in spool.glob("p*"):
        pid = folder.name[1:]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
    own = spool / f"p{os.getpid()}"
    own.mkdir(mode=0o700, exist_ok=True)
    return own


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def make_app(ctx: ServiceContext) -> Starlette:
    ctx.spool = _own_spool(ctx.spool)
    routes = [
        Route("/v1/bundles", _endpoint(ctx, "upload", upload), methods=["POST"]),
        Route("/v1/receipts", _endpoint(ctx, "receipts", receipts), methods=["GET"]),
        Route("/v1/trust", _endpoint(ctx, "trust", trust), methods=["GET"]),
        Route("/v1/health", _endpoint(ctx, "health", health), methods=["GET"]),
    ]
    return Starlette(routes=routes)
