"""Step 2: the phone's contacts are exported to a file on this computer, or skipped for
a new phone without contacts (ui/procedure_export_phone_page.ui)."""

from __future__ import annotations

from contactvault.gui.forms.ui_procedure_export_phone_page import Ui_ProcedureExportPhonePage
from contactvault.gui.procedure.step_page import ProcedureStepPage
from contactvault.procedure.steps import StartingPoint, Step
from contactvault.services import procedure as proc


class ProcedureExportPhonePage(ProcedureStepPage):
    step = Step.EXPORT_PHONE
    body_form = Ui_ProcedureExportPhonePage

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        for box in (self.ui.done_box, self.ui.skip_box):
            box.toggled.connect(self.completeChanged)

    def prepare(self) -> None:
        new_phone = self.wiz.status.starting_point is StartingPoint.NEW_PHONE
        self.ui.skip_box.setVisible(new_phone)
        self.ui.skip_box.setChecked(False)
        self.ui.done_box.setChecked(False)

    def input_complete(self) -> bool:
        return not self.needs_recording() or self.ui.done_box.isChecked() \
            or self.ui.skip_box.isChecked()

    def commit(self) -> None:
        proc.record_export_phone(self.wiz.ctx, self.wiz.device_name,
                                 skipped=self.ui.skip_box.isChecked()
                                 and not self.ui.done_box.isChecked())
