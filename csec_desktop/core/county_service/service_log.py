"""The receiving service's log: one JSON object per line, metadata only.

Each request logs its endpoint, method, status, device id, bundle hash and sequence, sizes,
record count, outcome, the one-line refusal and its duration. Never a record's content, a
name, a body or a header value other than the device id: county IT can ship these lines to
any log system without widening who sees case data.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from typing import Any, TextIO

from csec_desktop.core.clock import Clock, to_iso, utc_now

ALLOWED = frozenset({
    "endpoint", "method", "status", "device", "bundle", "sequence", "bytes_in", "records",
    "outcome", "error", "ms", "receipts", "trust_version",
})  # fmt: skip


class ServiceLog:
    def __init__(self, stream: TextIO | None = None, clock: Clock | None = None) -> None:
        self.stream = stream or sys.stderr
        self.clock: Callable[[], Any] = clock or utc_now
        self._lock = threading.Lock()

    def write(self, event: str, fields: dict[str, Any]) -> None:
        line = {"at": to_iso(self.clock()), "event": event}
        line.update({k: v for k, v in fields.items() if k in ALLOWED and v is not None})
        text = json.dumps(line, sort_keys=True, separators=(",", ":"))
        with self._lock:
            self.stream.write(text + "\n")
            self.stream.flush()

    def request(self, fields: dict[str, Any]) -> None:
        self.write("request", fields)
