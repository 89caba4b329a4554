"""The desk: everything a signed-in worker works with, built from their session.

``Desk(session)`` is the one object the GUI, the CLI commands, demo seeding and tests take:
its stores and services share one record context (database, audit log, clock, actor) and read
the session's county policy. See ``desk.py``.
"""

from csec_desktop.core.desk.desk import Desk
from csec_desktop.core.desk.screening_choices import NEEDS_INSTRUMENT, needs_only, point_label

__all__ = ["NEEDS_INSTRUMENT", "Desk", "needs_only", "point_label"]
