"""Step 1: the WhatsApp phone (an existing profile or a new one), where it starts from,
and the route the business takes (ui/procedure_profile_page.ui)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QButtonGroup, QRadioButton

from contactvault import errors
from contactvault.gui.forms.ui_procedure_profile_page import Ui_ProcedureProfilePage
from contactvault.gui.procedure.step_page import ProcedureStepPage
from contactvault.i18n import translate
from contactvault.procedure import templates
from contactvault.procedure.steps import (
    ROUTE_TITLES,
    STARTING_POINT_TITLES,
    Route,
    StartingPoint,
    Step,
)
from contactvault.services import devices
from contactvault.services import procedure as proc


class ProcedureProfilePage(ProcedureStepPage):
    step = Step.PROFILE
    body_form = Ui_ProcedureProfilePage

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        ui = self.ui
        for value, label in (("android", "Android"), ("ios", self.tr("iOS (iPhone)")),
                             ("other", self.tr("other"))):
            ui.platform_combo.addItem(label, value)
        self.start_group = QButtonGroup(self)
        self.start_buttons: dict[StartingPoint, QRadioButton] = {}
        for point in StartingPoint:
            button = QRadioButton(translate("Procedure", STARTING_POINT_TITLES[point]),
                                  ui.start_box)
            button.setObjectName(f"start_{point.value}")
            self.start_group.addButton(button)
            self.start_buttons[point] = button
            ui.start_layout.addWidget(button)
        self.route_group = QButtonGroup(self)
        self.route_buttons: dict[Route, QRadioButton] = {}
        for route in Route:
            button = QRadioButton(translate("Procedure", ROUTE_TITLES[route]), ui.route_box)
            button.setObjectName(f"route_{route.value}")
            self.route_group.addButton(button)
            self.route_buttons[route] = button
            ui.route_layout.addWidget(button)
            button.toggled.connect(self._explain_route)
        self.start_buttons[StartingPoint.HAS_CONTACTS].setChecked(True)
        self.route_buttons[Route.DEDICATED].setChecked(True)
        ui.device_combo.currentIndexChanged.connect(self._device_changed)
        ui.name_edit.textChanged.connect(self.completeChanged)
        ui.platform_combo.currentIndexChanged.connect(self._explain_route)

    def prepare(self) -> None:
        combo = self.ui.device_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("New phone profile…"), None)
        try:
            for device in devices.list_devices(self.wiz.ctx):
                combo.addItem(device.name, device.name)
        except errors.ContactVaultError as exc:
            self.fail(exc)
        if self.wiz.device_name:
            combo.setCurrentIndex(max(combo.findData(self.wiz.device_name), 0))
        combo.blockSignals(False)
        self._device_changed()

    def _device_changed(self) -> None:
        name = self.ui.device_combo.currentData()
        self.ui.new_box.setVisible(name is None)
        if name is not None and name != self.wiz.device_name:
            self.wiz.device_name = name
            self.wiz.refresh()
        elif name is None:
            self.wiz.device_name = None
            self.wiz.status = None
        status = self.wiz.status
        self.ui.new_run_box.setVisible(bool(status and status.completed))
        self.ui.new_run_box.setChecked(False)
        if status is not None and status.started:
            self.start_buttons[status.starting_point].setChecked(True)
            self.route_buttons[status.route].setChecked(True)
        self.show_recorded()
        self._explain_route()
        self.completeChanged.emit()

    def _platform(self) -> str:
        if self.wiz.status is not None:
            return str(self.wiz.status.device.platform)
        return self.ui.platform_combo.currentData() or "other"

    def chosen_route(self) -> Route:
        return next(r for r, b in self.route_buttons.items() if b.isChecked())

    def chosen_start(self) -> StartingPoint:
        return next(p for p, b in self.start_buttons.items() if b.isChecked())

    def _explain_route(self) -> None:
        self.ui.route_text.setHtml(
            templates.route_explanation(self.chosen_route(), platform=self._platform(),
                                        lang=self.wiz.lang) + templates.warnings(self.wiz.lang))

    def input_complete(self) -> bool:
        if self.ui.device_combo.currentData() is None:
            return bool(self.ui.name_edit.text().strip())
        return True

    def needs_recording(self) -> bool:
        status = self.wiz.status
        if status is None or not status.started or self.ui.new_run_box.isChecked():
            return True
        return self.frame.redo_box.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        resume = not self.needs_recording()
        if not super().validatePage():
            return False
        if resume:  # a phone already under way: on to its first open step
            QTimer.singleShot(0, self.wiz.advance_to_next_step)
        return True

    def commit(self) -> None:
        ui = self.ui
        if ui.device_combo.currentData() is None:
            device = devices.add_device(
                self.wiz.ctx, ui.name_edit.text(), owner=ui.owner_edit.text(),
                phone_number=ui.number_edit.text(), platform=ui.platform_combo.currentData())
            self.wiz.device_name = device.name
        proc.start(self.wiz.ctx, self.wiz.device_name, starting_point=self.chosen_start(),
                   route=self.chosen_route(), new_run=self.ui.new_run_box.isChecked())
