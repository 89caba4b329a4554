"""Who may talk to the receiving service: every request is signed by an enrolled, unrevoked
device within the replay window, with a nonce never seen before, and within its rate limit.

All of it is decided from the headers, before the service reads a byte of the body.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from csec_desktop.core.clock import to_iso
from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync.request_signature import (
    REPLAY_WINDOW_SECONDS,
    SignedRequest,
    describe_skew,
)
from csec_desktop.core.vault.database import Database


class Refusal(Exception):
    """An HTTP answer other than success: status, one line for the laptop and the log."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.message, self.extra = status, message, extra


@dataclass
class RateLimit:
    """A token bucket per device: ``burst`` requests at once, ``per_minute`` sustained."""

    per_minute: float = 120.0
    burst: float = 60.0
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, device: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.get(device, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.per_minute / 60.0)
            if tokens < 1.0:
                self._buckets[device] = (tokens, now)
                return False
            self._buckets[device] = (tokens - 1.0, now)
            return True


def authenticate(
    db: Database,
    authority: CountyAuthority,
    method: str,
    target: str,
    headers: Mapping[str, str],
    now: datetime,
    limit: RateLimit,
) -> SignedRequest:
    """The verified request, or Refusal: 401 unsigned, unknown device, bad signature, clock
    skew or replay; 403 revoked; 429 over the rate limit."""
    try:
        request = SignedRequest.parse(headers)
    except CsecError as exc:
        raise Refusal(401, exc.message) from None
    trust = authority.current_trust()
    entry = trust.device(request.device)
    if entry is None:
        raise Refusal(401, f"device {request.device} is not enrolled in this county")
    if entry.revoked is not None:
        raise Refusal(403, f"device {request.device} was revoked by the county")
    skew = request.skew(int(now.timestamp()))
    if abs(skew) > REPLAY_WINDOW_SECONDS:
        raise Refusal(
            401,
            f"this laptop's clock is {describe_skew(skew)} the county's (more than "
            f"{REPLAY_WINDOW_SECONDS // 60} minutes); set the date and time, then sync again",
            skew_seconds=skew,
        )
    try:
        request.verify(entry.public_key, method, target)
    except CsecError as exc:
        raise Refusal(401, exc.message) from None
    if not remember_nonce(db, request, now):
        raise Refusal(401, "this signed request was already used (a replay); nothing done")
    if not limit.take(request.device):
        raise Refusal(429, "too many requests from this laptop; try again in a minute")
    return request


def remember_nonce(db: Database, request: SignedRequest, now: datetime) -> bool:
    """Record the nonce; False when it was seen before (shared by every service process)."""
    cursor = db.execute(
        "INSERT INTO county_request_nonces VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        (request.device, request.nonce, to_iso(now)),
    )
    return bool(cursor.rowcount == 1)


def forget_old_nonces(db: Database, now: datetime) -> None:
    """Nonces older than twice the window can never be accepted again anyway."""
    cutoff = now - timedelta(seconds=2 * REPLAY_WINDOW_SECONDS)
    db.execute("DELETE FROM county_request_nonces WHERE seen_at < ?", (to_iso(cutoff),))
