"""Bad uploads and bad conditions, each refused with one clear line; nothing imported, nothing
lost on the laptop, one line in the service log."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from csec_desktop.core.county_service.guard import RateLimit
from csec_desktop.core.county_service.runner import BackgroundServer, county_tls
from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync.errors import ServiceChangeError
from csec_desktop.core.sync.keys import DeviceIdentity
from csec_desktop.core.sync.request_signature import sign_request
from csec_desktop.core.sync.tls_pin import pinned_context
from csec_desktop.core.sync.trust import TrustService
from csec_desktop.core.sync_service.county_client import CountyClient, OfflineError
from csec_desktop.core.sync_service.online_sync import sync_now
from tests.core.sync_service.world import Laptop, digest, profile

from .online import OnlineCounty, online_county


def _post(
    county: OnlineCounty, identity: DeviceIdentity, body: Any, length: int, digest: str,
    headers: dict[str, str] | None = None,
) -> tuple[httpx.Response, dict[str, str]]:  # fmt: skip
    now = int(county.world.clock().timestamp())
    signed = headers or sign_request(identity, "POST", "/v1/bundles", digest, now)
    with httpx.Client(verify=pinned_context(county.tls.pin), timeout=30) as http:
        response = http.post(
            county.url + "/v1/bundles",
            content=body,
            headers={**signed, "Content-Length": str(length)},
        )
    return response, signed


def _bundle(county: OnlineCounty, laptop: Laptop) -> bytes:
    laptop.caseload.add(profile())
    return laptop.sync.export(laptop.out).path.read_bytes()


def _refused(county: OnlineCounty, status: int, match: str) -> None:
    lines = [x for x in county.log_lines() if x.get("status") == status]
    assert len(lines) == 1 and match in lines[0]["error"], county.log_lines()
    assert county.count("SELECT count(*) FROM county_bundles") == 0


@pytest.mark.parametrize("damage", ["tampered", "truncated"])
def test_a_damaged_bundle_is_refused(county: OnlineCounty, damage: str) -> None:
    laptop = county.laptop("a")
    data = bytearray(_bundle(county, laptop))
    if damage == "tampered":
        data[-40] ^= 0x01
    else:
        data = data[: len(data) - 64]
    body = bytes(data)
    identity = laptop.sync.identity()
    response, _ = _post(county, identity, body, len(body), hashlib.sha256(body).hexdigest())
    assert response.status_code == 422
    _refused(county, 422, "payload" if damage == "tampered" else "")


def test_a_replayed_request_is_refused(embedded_county: OnlineCounty) -> None:
    county = embedded_county
    laptop = county.laptop("a")
    body = _bundle(county, laptop)
    digest = hashlib.sha256(body).hexdigest()
    first, headers = _post(county, laptop.sync.identity(), body, len(body), digest)
    assert first.status_code == 200
    again, _ = _post(county, laptop.sync.identity(), body, len(body), digest, headers)
    assert again.status_code == 401 and "already used" in again.json()["error"]
    assert county.count("SELECT count(*) FROM county_bundles") == 1


def test_a_foreign_device_is_refused_before_its_body_is_read(county: OnlineCounty) -> None:
    stranger = DeviceIdentity("0f0e0d0c-0b0a-4909-8807-060504030201", Ed25519PrivateKey.generate())
    body = b"x" * 100
    response, _ = _post(county, stranger, body, len(body), hashlib.sha256(body).hexdigest())
    assert response.status_code == 401
    _refused(county, 401, "is not enrolled in this county")
    assert county.log_lines()[0]["device"] == stranger.device_id


def test_a_revoked_laptop_is_refused_and_keeps_its_records(county: OnlineCounty) -> None:
    laptop = county.laptop("a")
    laptop.caseload.add(profile())
    county.world.authority.revoke(laptop.session.device_id, 0, county.world.clock())
    with pytest.raises(CsecError, match="was revoked by the county"):
        sync_now(laptop.sync)
    _refused(county, 403, "revoked")
    assert laptop.sync.status().pending_total == 1  # kept on the laptop


def test_an_oversized_upload_is_refused_from_its_length(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    with online_county(request, tmp_path, "embedded", max_upload=1000) as county:
        laptop = county.laptop("a")
        laptop.caseload.add(profile())
        with pytest.raises(CsecError, match="the county takes at most 1000"):
            sync_now(laptop.sync)
        _refused(county, 413, "at most 1000")


def test_a_slow_drip_upload_is_cut_off(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    settings = {"min_upload_seconds": 0.5, "min_upload_rate": 10**9}
    with online_county(request, tmp_path, "embedded", **settings) as county:
        laptop = county.laptop("a")
        body = _bundle(county, laptop)

        def drip() -> Iterator[bytes]:
            for start in range(0, 3000, 500):
                yield body[start : start + 500]
                time.sleep(0.25)

        digest = hashlib.sha256(body).hexdigest()
        response, _ = _post(county, laptop.sync.identity(), drip(), len(body), digest)
        assert response.status_code == 408
        _refused(county, 408, "too slow")
        assert list(county.ctx.spool.iterdir()) == []  # the partial upload is gone


def test_a_wrong_tls_pin_sends_nothing(embedded_county: OnlineCounty) -> None:
    county = embedded_county
    laptop = county.laptop("a")
    laptop.caseload.add(profile())
    wrong = TrustService(county.url, "0" * 64)
    with pytest.raises(CsecError, match="not this county's receiving service"):
        sync_now(
            laptop.sync,
            client=lambda _s: CountyClient(wrong, laptop.sync.identity(), laptop.sync.clock),
        )
    assert county.log_lines() == []
    assert laptop.sync.status().pending_total == 1


def test_a_server_with_another_certificate_after_set_service_is_refused_and_nothing_purged(
    embedded_county: OnlineCounty, tmp_path: Path
) -> None:
    """Attack: the county's `set-service` names a new address and pins the county's own
    service certificate; at that address answers a server with another certificate (a
    look-alike host, a machine in the middle, or a service restarted with a new key nobody
    pinned), ready to answer with receipts that would make the laptop purge youth the county
    never got. Over real HTTPS on loopback the laptop pins the certificate from the trust file:
    the handshake is refused with one plain line naming the address and what to do, no request
    reaches the server, and nothing on the laptop changes (nothing sent, nothing purged)."""
    county = embedded_county
    laptop = county.laptop("a")
    laptop.caseload.add(profile())
    assert sync_now(laptop.sync).uploaded == 1  # the first youth delivered, its receipt applied
    laptop.caseload.add(profile())
    (tmp_path / "look-alike").mkdir()
    other = county_tls(tmp_path / "look-alike", "127.0.0.1")
    with BackgroundServer(county.ctx, other) as look_alike:
        county.world.authority.set_service(
            county.world.county_session.db,
            TrustService(look_alike.url, county.tls.pin),
            county.world.clock(),
        )
        moved = laptop.sync.install_trust(
            county.world.authority.current_trust_file(), accept_service_change=True
        )
        assert moved.service_change is not None
        before, logged = digest(laptop.session.db), len(county.log_lines())
        with pytest.raises(CsecError) as refused:
            sync_now(laptop.sync)
    said = refused.value.message
    assert said.startswith(f"The server at {look_alike.url} is not this county's receiving")
    assert "call county IT" in said and "\n" not in said
    assert digest(laptop.session.db) == before
    assert len(county.log_lines()) == logged  # no request got past the handshake
    status = laptop.sync.status()
    youth = laptop.session.db.execute("SELECT count(*) FROM youth").fetchone()[0]
    assert status.pending_total == 1 and youth == 2


def test_a_trust_update_fetched_online_that_moves_the_service_stops_the_sync(
    embedded_county: OnlineCounty,
) -> None:
    """Attack: a trust update the laptop fetches from its service during Sync now moves the
    service elsewhere; it used to be installed on the spot, so the next sync went there. Now
    the sync stops with one line naming the old and new address and nothing changes: a
    supervisor installs that file by hand after checking with the county."""
    county = embedded_county
    laptop = county.laptop("a")
    laptop.caseload.add(profile())
    county.world.authority.set_service(
        county.world.county_session.db,
        TrustService("https://sync.elsewhere.example", county.tls.pin),
        county.world.clock(),
    )
    before = digest(laptop.session.db)
    with pytest.raises(ServiceChangeError) as refused:
        sync_now(laptop.sync)
    assert f"Address: {county.url} -> https://sync.elsewhere.example" in refused.value.message
    assert digest(laptop.session.db) == before
    assert laptop.sync.trust().service.url == county.url


def test_clock_skew_beyond_the_window_names_the_skew(embedded_county: OnlineCounty) -> None:
    county = embedded_county
    laptop = county.laptop("a")
    laptop.caseload.add(profile())

    def ahead() -> Any:
        return county.world.clock() + timedelta(minutes=10)

    with pytest.raises(CsecError, match="this laptop's clock is 10 minutes ahead of the county's"):
        sync_now(laptop.sync, client=lambda s: CountyClient(s, laptop.sync.identity(), ahead))
    assert county.log_lines()[0]["status"] == 401


def test_over_the_rate_limit_is_refused(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    limit = RateLimit(per_minute=0.0, burst=2.0)
    with online_county(request, tmp_path, "embedded", limit=limit) as county:
        laptop = county.laptop("a")
        client = CountyClient(
            TrustService(county.url, county.tls.pin), laptop.sync.identity(), county.world.clock
        )
        with client:
            client.receipts(0)
            client.receipts(0)
            with pytest.raises(CsecError, match="too many requests"):
                client.receipts(0)


class _CutTransport(httpx.HTTPTransport):
    """The network drops after the first 64 KiB of the upload."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            raise httpx.WriteError("connection reset by peer")
        return super().handle_request(request)


def test_a_dropped_upload_is_retried_from_the_stored_bundle(county: OnlineCounty) -> None:
    laptop = county.laptop("a")
    laptop.caseload.add(profile())
    ident = laptop.sync.identity()

    def cut(service: TrustService) -> CountyClient:
        transport = _CutTransport(verify=pinned_context(service.tls_spki_sha256))
        return CountyClient(service, ident, laptop.sync.clock, transport=transport)

    with pytest.raises(OfflineError, match="cannot be reached"):
        sync_now(laptop.sync, client=cut)
    assert laptop.sync.status().awaiting_receipt == 1
    (kept,) = laptop.sync.outbox().folder.iterdir()
    report = sync_now(laptop.sync)
    assert (report.uploaded, report.exported) == (1, None)  # the same stored bundle, not a new one
    assert not kept.exists()
    assert county.count("SELECT count(*) FROM county_bundles") == 1
