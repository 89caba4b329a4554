"""A supervisor co-signs a pending override of a decisive outcome, on the worker's laptop."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.screening_run import ScreeningRun
from csec_desktop.gui.background import Background
from csec_desktop.gui.forms.cosign_fields import CosignFields, Verify
from csec_desktop.gui.forms.form_dialog import FormDialog
from csec_desktop.gui.widgets.basics import em

INTRO = QT_TRANSLATE_NOOP(
    "CosignDialog",
    "The worker changed an outcome that a decisive answer set. As the supervisor, sign with "
    "your own passphrase to let the change stand; the duties it started then close as not "
    "applicable, with the worker's reason.",
)


class CosignDialog(FormDialog):
    def __init__(self, run: ScreeningRun, verify: Verify | None, parent: QWidget | None) -> None:
        super().__init__(
            translate("CosignDialog", "Supervisor co-signature"),
            translate("CosignDialog", "&Co-sign"),
            Background(),
            parent,
        )
        self.background.setParent(self)
        self.screening_run = run
        request = (run.encounter.explanation or {}).get("override_request") or {}
        reason = translate("CosignDialog", "Reason given: {reason}")
        intro = translate("CosignDialog", INTRO)
        self.intro(f"{intro}\n\n{reason.format(reason=request.get('reason', ''))}")
        self.fields = CosignFields(self.form, verify, translate("CosignDialog", "override outcome"))
        self.finish_layout()
        self.setMinimumWidth(em(self, 30))
        self.fields.username.setFocus()

    def submit(self) -> None:
        if not self.fields.given:
            self.message.show_message(
                translate("CosignDialog", "Type the supervisor's username and passphrase.")
            )
            self.fields.username.setFocus()
            return
        name, secret = self.fields.take()
        run, fields = self.screening_run, self.fields

        def work() -> object:
            supervisor = fields.cosigner(name, secret)
            if supervisor is None:
                raise CsecError(
                    translate(
                        "CosignDialog", "Co-signing needs a supervisor account on this laptop."
                    )
                )
            run.encounter = run.service.cosign_override(run.encounter.id, supervisor)
            return run.encounter

        self.run(work)
