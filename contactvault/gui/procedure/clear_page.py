"""Step 5: the person confirms what was done to clear the phone
(ui/procedure_clear_page.ui). Which confirmations count is ``procedure.steps``'s rule
(``clear_rule_for``): this page offers the boxes it names and asks it whether the
answers are complete."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from contactvault.gui.forms.ui_procedure_clear_page import Ui_ProcedureClearPage
from contactvault.gui.procedure.step_page import ProcedureStepPage
from contactvault.procedure import steps
from contactvault.procedure.steps import ClearCheck, Step, WhatsAppAction
from contactvault.services import procedure as proc


class ProcedureClearPage(ProcedureStepPage):
    step = Step.CLEAR
    body_form = Ui_ProcedureClearPage

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        ui = self.ui
        for action, label in (
                (WhatsAppAction.NOT_INSTALLED, self.tr("WhatsApp was not installed")),
                (WhatsAppAction.CONTACTS_ACCESS_REVOKED,
                 self.tr("WhatsApp's access to the contacts was revoked")),
                (WhatsAppAction.ACCOUNT_DELETED, self.tr("The WhatsApp account was deleted")),
                (WhatsAppAction.APP_REMOVED, self.tr("The WhatsApp app was removed"))):
            ui.whatsapp_combo.addItem(label, action.value)
        self.boxes: dict[ClearCheck, QCheckBox] = {
            ClearCheck.PHONE_CONTACTS_DELETED: ui.contacts_box,
            ClearCheck.ACCESS_LIMITED: ui.limited_box,
            ClearCheck.CLOUD_CHECKED: ui.cloud_box,
        }
        for box in self.boxes.values():
            box.toggled.connect(self.completeChanged)
        ui.whatsapp_combo.currentIndexChanged.connect(self.completeChanged)
        self.rule: steps.ClearRule | None = None

    def prepare(self) -> None:
        self.rule = steps.clear_rule_for(self.wiz.status.records)
        combo = self.ui.whatsapp_combo
        first_counting = next(i for i in range(combo.count())
                              if combo.itemData(i) not in self.rule.refused_actions)
        combo.setCurrentIndex(first_counting)
        for check, box in self.boxes.items():
            box.setVisible(check in self.rule.offered)
            box.setChecked(False)

    def ticked(self) -> list[ClearCheck]:
        return [check for check, box in self.boxes.items()
                if box.isChecked() and not box.isHidden()]

    def input_complete(self) -> bool:
        if not self.needs_recording():
            return True
        return self.rule is not None and self.rule.satisfied(
            self.ui.whatsapp_combo.currentData(), self.ticked())

    def commit(self) -> None:
        ticked = self.ticked()
        proc.record_clear(
            self.wiz.ctx, self.wiz.device_name,
            whatsapp_action=self.ui.whatsapp_combo.currentData(),
            phone_contacts_deleted=ClearCheck.PHONE_CONTACTS_DELETED in ticked,
            cloud_checked=ClearCheck.CLOUD_CHECKED in ticked,
            access_limited=ClearCheck.ACCESS_LIMITED in ticked)
