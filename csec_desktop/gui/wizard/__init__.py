"""The guided encounter: start dialog, the wizard rendered from the headless navigator, and the
outcome and completion pages."""

from csec_desktop.gui.wizard.encounter_wizard import EncounterWizard
from csec_desktop.gui.wizard.start_dialog import StartEncounterDialog

__all__ = ["EncounterWizard", "StartEncounterDialog"]
