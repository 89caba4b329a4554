"""The bundle file's framing: magic, length-prefixed manifest envelope, length-prefixed payload.

    offset  size  content
    0       12    magic  89 'CSEC-B1' 0D 0A 1A 0A   (the PNG trick: a text-mode or 7-bit copy
                                                     that mangles line ends or the high bit is
                                                     caught at once)
    12      4     E, big-endian: length of the manifest envelope, 1..max_manifest
    16      E     the DSSE envelope (canonical JSON) of the manifest
    16+E    8     P, big-endian: length of the encrypted payload, 16..max_payload
    24+E    P     AES-256-GCM ciphertext followed by its 16-byte tag
    24+E+P        end of file: any further byte is an error

Reading is bounded: each length is checked against its cap before anything is read, and the
payload is read in chunks, so a hostile file can never make us allocate more than the caps.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
from dataclasses import dataclass
from typing import BinaryIO

from csec_desktop.core.sync.errors import FormatError, TooLargeError, TruncatedError

MAGIC = b"\x89CSEC-B1\r\n\x1a\n"
TAG_SIZE = 16
_CHUNK = 1 << 20
Source = bytes | bytearray | memoryview | str | os.PathLike[str]


@dataclass(frozen=True)
class Limits:
    """Size caps. The defaults fit years of one worker's caseload with room to spare."""

    max_manifest: int = 64 * 1024
    max_payload: int = 512 * 1024 * 1024
    max_plaintext: int = 1024 * 1024 * 1024

    def max_file(self) -> int:
        return frame_size(self.max_manifest, self.max_payload)


@dataclass(frozen=True)
class Frame:
    envelope: bytes
    payload_length: int
    payload_sha256: str
    payload: bytes | None  # None when the caller only wanted the hash


def frame_size(envelope_length: int, payload_length: int) -> int:
    return len(MAGIC) + 4 + envelope_length + 8 + payload_length


def encode_frame(envelope: bytes, payload: bytes) -> bytes:
    return b"".join(
        (
            MAGIC,
            struct.pack(">I", len(envelope)),
            envelope,
            struct.pack(">Q", len(payload)),
            payload,
        )
    )


def _read_exact(stream: BinaryIO, size: int, what: str) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise TruncatedError(
            f"bundle is truncated: expected {size} {what} bytes, found {len(data)}"
        )
    return data


def read_frame(stream: BinaryIO, limits: Limits, *, keep_payload: bool) -> Frame:
    """Read and check the framing; hash the payload while reading it."""
    head = stream.read(len(MAGIC))
    if head != MAGIC:
        if MAGIC.startswith(head) and head:
            raise TruncatedError("bundle is truncated inside its header")
        raise FormatError("not a bundle file: the header is missing or damaged")
    (env_len,) = struct.unpack(">I", _read_exact(stream, 4, "manifest length"))
    if env_len == 0:
        raise FormatError("bundle manifest length is zero")
    if env_len > limits.max_manifest:
        raise TooLargeError(
            f"bundle manifest is {env_len} bytes, more than the {limits.max_manifest} limit"
        )
    envelope = _read_exact(stream, env_len, "manifest")
    (payload_len,) = struct.unpack(">Q", _read_exact(stream, 8, "payload length"))
    if payload_len > limits.max_payload:
        raise TooLargeError(
            f"bundle payload is {payload_len} bytes, more than the {limits.max_payload} limit"
        )
    if payload_len < TAG_SIZE:
        raise FormatError(f"bundle payload of {payload_len} bytes is shorter than its tag")
    digest = hashlib.sha256()
    parts: list[bytes] = []
    remaining = payload_len
    while remaining:
        block = stream.read(min(_CHUNK, remaining))
        if not block:
            found = payload_len - remaining
            raise TruncatedError(
                f"bundle is truncated: expected {payload_len} payload bytes, found {found}"
            )
        digest.update(block)
        if keep_payload:
            parts.append(block)
        remaining -= len(block)
    if stream.read(1):
        raise FormatError("bundle has unexpected bytes after its payload")
    payload = b"".join(parts) if keep_payload else None
    return Frame(envelope, payload_len, digest.hexdigest(), payload)


def read_source(source: Source, limits: Limits, *, keep_payload: bool) -> Frame:
    """Read a bundle from bytes or a path, refusing an oversized file before reading it."""
    if isinstance(source, bytes | bytearray | memoryview):
        # Already in memory: the framing's own caps give the more precise message.
        return read_frame(io.BytesIO(bytes(source)), limits, keep_payload=keep_payload)
    try:
        with open(source, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limits.max_file():
                raise TooLargeError(
                    f"bundle file is {size} bytes, more than the {limits.max_file()} limit"
                )
            return read_frame(stream, limits, keep_payload=keep_payload)
    except OSError as exc:
        name = os.path.basename(os.fspath(source))
        raise FormatError(f"cannot read bundle {name}: {exc.strerror or 'read error'}") from None
