"""Why county intake refused a bundle (beyond the format layer's own errors)."""

from __future__ import annotations

from csec_desktop.core.errors import IntegrityError


class SequenceError(IntegrityError):
    """The bundle does not continue its device's chain."""


class ReplayError(SequenceError):
    """An older bundle than the last one imported from the device."""


class GapError(SequenceError):
    """A bundle is missing between the last imported and this one."""


class ForkError(SequenceError):
    """The device's chain split: same position, different history."""
