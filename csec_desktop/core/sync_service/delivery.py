"""Where an exported bundle goes: one interface for a folder and for the county's HTTPS service.

Every delivery keeps the finished bundle as a file before anything else happens to it, so an
interrupted export or upload never loses a bundle: a folder delivery writes it where the worker
chose (a USB stick or share, carried to the county); the HTTPS delivery writes it to the
laptop's outbox (inside the data folder, next to the vault) and uploads it from there, again
and again if need be, until the county's receipt is applied.

``sync_bundles.file_path`` keeps the delivery's *locator* for the bundle: a plain path for a
folder, ``outbox:NAME`` for the outbox. Crash recovery asks the delivery named by the locator
whether it holds the bundle (``holds``), instead of reading a path back itself.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from pathlib import Path

from csec_desktop.core.atomicfile import atomic_write, remove_stale_temp_files
from csec_desktop.core.errors import UsageError
from csec_desktop.core.sync.container import Limits, read_source
from csec_desktop.core.sync.errors import FormatError

OUTBOX_PREFIX = "outbox:"
OUTBOX_DIR = "outbox"


def envelope_hash(path: Path) -> str | None:
    """The bundle hash of the file at ``path``, or None when it is missing or not a bundle."""
    try:
        frame = read_source(path, Limits(), keep_payload=False)
    except (OSError, FormatError):
        return None
    return hashlib.sha256(frame.envelope).hexdigest()


class BundleDelivery(ABC):
    """Keeps finished bundles; ``kind`` names it in messages ('folder' or 'https')."""

    kind: str

    @abstractmethod
    def locate(self, name: str) -> str:
        """The locator the bundle called ``name`` will have (recorded before it is written)."""

    @abstractmethod
    def path(self, locator: str) -> Path:
        """The file a locator stands for."""

    @abstractmethod
    def check_ready(self) -> None:
        """Raise UsageError when this delivery cannot take a bundle now."""

    def publish(self, locator: str, data: bytes) -> None:
        """Keep the bundle: written atomically (temporary name, fsync, read back, rename)."""
        atomic_write(self.path(locator), data, overwrite=False, verify=True)

    def holds(self, locator: str, bundle_hash: str) -> bool:
        """Whether the finished bundle with this hash is kept under ``locator``."""
        return envelope_hash(self.path(locator)) == bundle_hash

    def read(self, locator: str) -> bytes:
        return self.path(locator).read_bytes()

    def discard_partial(self, locator: str) -> None:
        """Remove what an interrupted write left (temporary files only)."""
        remove_stale_temp_files(self.path(locator))


class FolderDelivery(BundleDelivery):
    """A folder the worker chose; the county imports the files with ``csec county import``."""

    kind = "folder"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def check_ready(self) -> None:
        if not self.folder.is_dir():
            raise UsageError(f"the export folder {self.folder} does not exist")

    def locate(self, name: str) -> str:
        return str((self.folder / name).resolve())

    def path(self, locator: str) -> Path:
        return Path(locator)


class OutboxDelivery(BundleDelivery):
    """The laptop's outbox, from which ``online.upload_waiting`` sends bundles over HTTPS."""

    kind = "https"

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / OUTBOX_DIR

    def check_ready(self) -> None:
        self.folder.mkdir(mode=0o700, exist_ok=True)

    def locate(self, name: str) -> str:
        return OUTBOX_PREFIX + name

    def path(self, locator: str) -> Path:
        name = locator.removeprefix(OUTBOX_PREFIX)
        if "/" in name or "\\" in name or name in ("", ".", ".."):
            raise UsageError(f"outbox entry {name!r} is not a bundle name")
        return self.folder / name

    def remove(self, locator: str) -> None:
        """Drop a bundle the county has answered (its receipt is kept in the vault)."""
        self.path(locator).unlink(missing_ok=True)


def delivery_for(locator: str, data_dir: Path) -> BundleDelivery:
    """The delivery that wrote ``locator`` (recorded in ``sync_bundles.file_path``)."""
    if locator.startswith(OUTBOX_PREFIX):
        return OutboxDelivery(data_dir)
    return FolderDelivery(Path(locator).parent)
