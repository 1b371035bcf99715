"""Step 6: WhatsApp (or WhatsApp Business) installed on the cleared phone
(ui/procedure_install_page.ui)."""

from __future__ import annotations

from contactvault.gui.forms.ui_procedure_install_page import Ui_ProcedureInstallPage
from contactvault.gui.procedure.step_page import ProcedureStepPage
from contactvault.procedure.steps import App, Step
from contactvault.services import procedure as proc


class ProcedureInstallPage(ProcedureStepPage):
    step = Step.INSTALL
    body_form = Ui_ProcedureInstallPage

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.app_buttons = {App.WHATSAPP_BUSINESS: self.ui.app_whatsapp_business,
                            App.WHATSAPP: self.ui.app_whatsapp}
        self.ui.installed_box.toggled.connect(self.completeChanged)

    def prepare(self) -> None:
        self.ui.installed_box.setChecked(False)

    def input_complete(self) -> bool:
        return not self.needs_recording() or self.ui.installed_box.isChecked()

    def commit(self) -> None:
        app = next(a for a, b in self.app_buttons.items() if b.isChecked())
        proc.record_install(self.wiz.ctx, self.wiz.device_name, app=app)
