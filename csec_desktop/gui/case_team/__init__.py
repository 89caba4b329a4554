"""The youth's case team: service plan, MDT members and meetings, and case notes."""

from csec_desktop.gui.case_team.panel import CaseTeamPanel

__all__ = ["CaseTeamPanel"]
