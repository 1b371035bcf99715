"""The procedure wizard: one page per step, resumable, every step recorded in the vault.

Each page shows the step's instructions (templates, per platform and route, in the
interface language), asks for what the step needs, and records the step through
``services.procedure`` when the person moves on. A page whose step is already recorded
says so (time, person, how often); moving on does not record it again unless "Record
this step again" is ticked, and going back never deletes anything. Errors (a locked
vault, a step out of order) are shown inline on the page. No SQL here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from contactvault import errors
from contactvault.gui.ask import ask
from contactvault.gui.widgets.message import show_message
from contactvault.i18n import translate
from contactvault.model import CATEGORY_LABELS, Category
from contactvault.procedure import templates
from contactvault.procedure.protocol import when
from contactvault.procedure.steps import (
    ORDER,
    ROUTE_TITLES,
    STARTING_POINT_TITLES,
    STEP_TITLES,
    App,
    Outcome,
    Route,
    StartingPoint,
    Step,
    WhatsAppAction,
)
from contactvault.services import procedure as proc

PAGE_IDS = {step: index for index, step in enumerate(ORDER)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProcedureWizard", text)


def _core(context: str, text: str) -> str:
    return translate(context, text)


def _language() -> str:
    try:
        from contactvault.gui.i18n import effective_language

        return templates.language(effective_language())
    except Exception:  # settings unavailable: German first
        return templates.DEFAULT_LANGUAGE


class StepPage(QWizardPage):
    """Common frame: instructions, "already recorded" line, redo box, inline message."""

    step: Step

    def __init__(self, wizard: ProcedureWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName(f"page_{self.step.value}")
        number = ORDER.index(self.step) + 1
        self.setTitle(_tr("Step {number} of {total}: {title}").format(
            number=number, total=len(ORDER), title=_core("Procedure", STEP_TITLES[self.step])))
        layout = QVBoxLayout(self)
        self.instructions = QTextBrowser()
        self.instructions.setObjectName("instructions")
        self.instructions.setOpenExternalLinks(False)
        self.instructions.setMinimumHeight(170)
        layout.addWidget(self.instructions, 3)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        self.recorded_label = QLabel()
        self.recorded_label.setObjectName("recorded_label")
        self.recorded_label.setWordWrap(True)
        layout.addWidget(self.recorded_label)
        self.redo_box = QCheckBox(_tr("Record this step again (the earlier record is kept)"))
        self.redo_box.setObjectName("redo_box")
        self.redo_box.toggled.connect(self.completeChanged)
        layout.addWidget(self.redo_box)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

    # -- state ------------------------------------------------------------------------
    def record(self):
        status = self.wiz.status
        return status.latest(self.step) if status is not None else None

    def needs_recording(self) -> bool:
        return self.record() is None or self.redo_box.isChecked()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.wiz.refresh()
        show_message(self.message, "")
        status = self.wiz.status
        platform = status.device.platform if status else "other"
        route = status.route if status else None
        self.instructions.setHtml(
            templates.instruction(self.step, platform=str(platform), lang=self.wiz.lang,
                                  route=route, values={"device": self.wiz.device_name or ""})
            + templates.warnings(self.wiz.lang) * self.show_warnings())
        self.redo_box.setChecked(False)
        self.show_recorded()
        self.prepare()

    def show_warnings(self) -> bool:
        return self.step in (Step.CLEAR, Step.INSTALL)

    def show_recorded(self) -> None:
        status = self.wiz.status
        records = [r for r in status.records if r.step is self.step] if status else []
        if not records:
            self.recorded_label.hide()
            self.redo_box.hide()
            return
        last = records[-1]
        outcome = _tr("skipped") if last.outcome is Outcome.SKIPPED else _tr("done")
        text = _tr("Recorded ({outcome}) on {time} by {actor}.").format(
            outcome=outcome, time=when(last.recorded_at, self.wiz.lang), actor=last.actor)
        if len(records) > 1:
            text += " " + _tr("Recorded {count} times; all records are kept.").format(
                count=len(records))
        show_message(self.recorded_label, text, "success")
        self.redo_box.setVisible(self.step is not Step.DONE)

    def prepare(self) -> None:
        """Fill the page's own widgets (subclasses)."""

    def commit(self) -> None:
        """Record the step (subclasses); raise ContactVaultError to stay on the page."""

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if not self.needs_recording():
            return True
        try:
            self.commit()
        except errors.ContactVaultError as exc:
            show_message(self.message, exc.message(), "error")
            return False
        self.wiz.refresh()
        self.wiz.step_recorded.emit(self.step.value)
        return True

    def fail(self, exc: errors.ContactVaultError) -> None:
        show_message(self.message, exc.message(), "error")


class ProfilePage(StepPage):
    step = Step.PROFILE

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        form = QFormLayout()
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("device_combo")
        form.addRow(_tr("WhatsApp phone:"), self.device_combo)
        self.new_box = QGroupBox(_tr("New phone profile"))
        self.new_box.setObjectName("new_box")
        new_form = QFormLayout(self.new_box)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name_edit")
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("owner_edit")
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("number_edit")
        self.platform_combo = QComboBox()
        self.platform_combo.setObjectName("platform_combo")
        for value, label in (("android", "Android"), ("ios", "iOS (iPhone)"),
                             ("other", _tr("other"))):
            self.platform_combo.addItem(label, value)
        new_form.addRow(_tr("Name:"), self.name_edit)
        new_form.addRow(_tr("Person responsible:"), self.owner_edit)
        new_form.addRow(_tr("The phone's own number:"), self.number_edit)
        new_form.addRow(_tr("Operating system:"), self.platform_combo)
        self.body.addLayout(form)
        self.body.addWidget(self.new_box)

        row = QHBoxLayout()
        start_box = QGroupBox(_tr("Starting point"))
        start_layout = QVBoxLayout(start_box)
        self.start_group = QButtonGroup(self)
        self.start_buttons: dict[StartingPoint, QRadioButton] = {}
        for point in StartingPoint:
            button = QRadioButton(_core("Procedure", STARTING_POINT_TITLES[point]))
            button.setObjectName(f"start_{point.value}")
            self.start_group.addButton(button)
            self.start_buttons[point] = button
            start_layout.addWidget(button)
        route_box = QGroupBox(_tr("Route"))
        route_layout = QVBoxLayout(route_box)
        self.route_group = QButtonGroup(self)
        self.route_buttons: dict[Route, QRadioButton] = {}
        for route in Route:
            button = QRadioButton(_core("Procedure", ROUTE_TITLES[route]))
            button.setObjectName(f"route_{route.value}")
            self.route_group.addButton(button)
            self.route_buttons[route] = button
            route_layout.addWidget(button)
            button.toggled.connect(self._explain_route)
        row.addWidget(start_box)
        row.addWidget(route_box)
        self.body.addLayout(row)
        self.route_text = QTextBrowser()
        self.route_text.setObjectName("route_text")
        self.route_text.setMaximumHeight(130)
        self.body.addWidget(self.route_text)
        self.new_run_box = QCheckBox(_tr("Start the procedure again for this phone "
                                         "(the earlier run stays in the record)"))
        self.new_run_box.setObjectName("new_run_box")
        self.body.addWidget(self.new_run_box)
        self.start_buttons[StartingPoint.HAS_CONTACTS].setChecked(True)
        self.route_buttons[Route.DEDICATED].setChecked(True)
        self.device_combo.currentIndexChanged.connect(self._device_changed)
        self.name_edit.textChanged.connect(self.completeChanged)
        self.platform_combo.currentIndexChanged.connect(self._explain_route)

    def prepare(self) -> None:
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        self.device_combo.addItem(_tr("New phone profile…"), None)
        try:
            from contactvault.services import devices

            for device in devices.list_devices(self.wiz.vault):
                self.device_combo.addItem(device.name, device.name)
        except errors.ContactVaultError as exc:
            self.fail(exc)
        if self.wiz.device_name:
            index = self.device_combo.findData(self.wiz.device_name)
            self.device_combo.setCurrentIndex(max(index, 0))
        self.device_combo.blockSignals(False)
        self._device_changed()

    def _device_changed(self) -> None:
        name = self.device_combo.currentData()
        self.new_box.setVisible(name is None)
        if name is not None and name != self.wiz.device_name:
            self.wiz.device_name = name
            self.wiz.refresh()
        elif name is None:
            self.wiz.device_name = None
            self.wiz.status = None
        status = self.wiz.status
        self.new_run_box.setVisible(bool(status and status.completed))
        self.new_run_box.setChecked(False)
        if status is not None and status.started:
            self.start_buttons[status.starting_point].setChecked(True)
            self.route_buttons[status.route].setChecked(True)
        self.show_recorded()
        self._explain_route()
        self.completeChanged.emit()

    def _platform(self) -> str:
        if self.wiz.status is not None:
            return str(self.wiz.status.device.platform)
        return self.platform_combo.currentData() or "other"

    def chosen_route(self) -> Route:
        return next(r for r, b in self.route_buttons.items() if b.isChecked())

    def chosen_start(self) -> StartingPoint:
        return next(p for p, b in self.start_buttons.items() if b.isChecked())

    def _explain_route(self) -> None:
        self.route_text.setHtml(
            templates.route_explanation(self.chosen_route(), platform=self._platform(),
                                        lang=self.wiz.lang) + templates.warnings(self.wiz.lang))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if self.device_combo.currentData() is None:
            return bool(self.name_edit.text().strip())
        return True

    def needs_recording(self) -> bool:
        status = self.wiz.status
        if status is None or not status.started or self.new_run_box.isChecked():
            return True
        return self.redo_box.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        resume = not self.needs_recording()
        if not super().validatePage():
            return False
        if resume:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.wiz.advance_to_next_step)
        return True

    def commit(self) -> None:
        if self.device_combo.currentData() is None:
            from contactvault.services import devices

            device = devices.add_device(
                self.wiz.vault, self.name_edit.text(), owner=self.owner_edit.text(),
                phone_number=self.number_edit.text(),
                platform=self.platform_combo.currentData())
            self.wiz.device_name = device.name
        proc.start(self.wiz.vault, self.wiz.device_name, starting_point=self.chosen_start(),
                   route=self.chosen_route(), new_run=self.new_run_box.isChecked())


class ExportPhonePage(StepPage):
    step = Step.EXPORT_PHONE

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.done_box = QCheckBox(_tr("All contacts of the phone are exported and the file is "
                                      "on this computer."))
        self.done_box.setObjectName("done_box")
        self.skip_box = QCheckBox(_tr("Skip: this is a new phone without contacts."))
        self.skip_box.setObjectName("skip_box")
        for box in (self.done_box, self.skip_box):
            box.toggled.connect(self.completeChanged)
            self.body.addWidget(box)

    def prepare(self) -> None:
        new_phone = self.wiz.status.starting_point is StartingPoint.NEW_PHONE
        self.skip_box.setVisible(new_phone)
        self.skip_box.setChecked(False)
        self.done_box.setChecked(False)

    def isComplete(self) -> bool:  # noqa: N802
        return not self.needs_recording() or self.done_box.isChecked() \
            or self.skip_box.isChecked()

    def commit(self) -> None:
        proc.record_export_phone(self.wiz.vault, self.wiz.device_name,
                                 skipped=self.skip_box.isChecked() and not
                                 self.done_box.isChecked())


class ImportPage(StepPage):
    step = Step.IMPORT
    imported = Signal(object)

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        row = QHBoxLayout()
        self.files = QListWidget()
        self.files.setObjectName("files")
        self.files.setMaximumHeight(70)
        choose = QPushButton(_tr("Choose files…"))
        choose.setObjectName("choose_button")
        choose.clicked.connect(self.choose_files)
        row.addWidget(self.files, 1)
        row.addWidget(choose)
        self.body.addLayout(row)
        form = QFormLayout()
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("count_spin")
        self.count_spin.setRange(0, 1_000_000)
        form.addRow(_tr("Number of contacts the phone shows:"), self.count_spin)
        self.body.addLayout(form)
        self.import_button = QPushButton(_tr("Import and compare"))
        self.import_button.setObjectName("import_button")
        self.import_button.clicked.connect(self.run_import)
        self.body.addWidget(self.import_button)
        self.result_label = QLabel()
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.body.addWidget(self.result_label)
        self.worker = None
        self._recorded_now = False

    def prepare(self) -> None:
        self._recorded_now = False
        show_message(self.result_label, "")
        skipped = self.wiz.status.latest(Step.EXPORT_PHONE)
        self.nothing = skipped is not None and skipped.outcome is Outcome.SKIPPED
        self.import_button.setText(_tr("Nothing to import: continue") if self.nothing
                                   else _tr("Import and compare"))

    def choose_files(self) -> None:
        chosen = ask.open_files(self, _tr("Exported contacts"),
                                _tr("Address books (*.vcf *.vcard *.csv);;All files (*)"))
        if chosen:
            self.files.clear()
            self.files.addItems(chosen)

    def run_import(self) -> None:
        show_message(self.message, "")
        if self.nothing:
            try:
                proc.skip_import(self.wiz.vault, self.wiz.device_name)
            except errors.ContactVaultError as exc:
                self.fail(exc)
                return
            self._done(None)
            return
        files = [self.files.item(i).text() for i in range(self.files.count())]
        if not files:
            show_message(self.message, _tr("Choose the exported file first."), "warning")
            return
        from contactvault.gui.workers import Worker

        vault, device, count = self.wiz.vault, self.wiz.device_name, self.count_spin.value()
        self.worker = Worker(lambda progress, cancel: proc.import_and_record(
            vault, device, files, phone_count=count, progress=progress, cancel=cancel))
        self.worker.signals.finished.connect(self._done)
        self.worker.signals.failed.connect(self._failed)
        self.import_button.setEnabled(False)
        self.worker.start()

    def _failed(self, exc) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, errors.ContactVaultError):
            self.fail(exc)
        else:
            show_message(self.message, _tr("The import failed: {detail}").format(
                detail=str(exc)[:200]), "error")
        self.imported.emit(None)

    def _done(self, result) -> None:
        self.import_button.setEnabled(True)
        self._recorded_now = True
        self.wiz.refresh()
        self.redo_box.setChecked(False)
        self.show_recorded()
        if result is not None:
            _report, c = result
            text = _tr("The phone shows {phone}; the file held {read} records: {imported} new, "
                       "{merged} merged with an existing contact (duplicates), {unchanged} "
                       "already in the vault, {skipped} unreadable.").format(
                phone=c.phone_count, read=c.records_read, imported=c.imported,
                merged=c.merged, unchanged=c.unchanged, skipped=c.skipped)
            kind = "success"
            if c.difference:
                text += " " + _tr(
                    "{difference} contacts differ between phone and file. Usually an account "
                    "(SIM, company account) was left out of the export: export again before "
                    "clearing the phone.").format(difference=c.difference)
                kind = "warning"
            show_message(self.result_label, text, kind)
        self.completeChanged.emit()
        self.imported.emit(result)

    def isComplete(self) -> bool:  # noqa: N802
        return self.record() is not None and (self._recorded_now or not self.redo_box.isChecked())

    def needs_recording(self) -> bool:
        return False  # recorded by the import button


class ClassifyPage(StepPage):
    step = Step.CLASSIFY

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("contacts_table")
        self.table.setHorizontalHeaderLabels([_tr("Name"), _tr("Numbers"), _tr("Category")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(160)
        self.body.addWidget(self.table)
        row = QHBoxLayout()
        select_unknown = QPushButton(_tr("Select unclassified"))
        select_unknown.setObjectName("select_unclassified_button")
        select_unknown.clicked.connect(self.select_unclassified)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("category_combo")
        for category in Category:
            self.category_combo.addItem(_core("Category", CATEGORY_LABELS[category]),
                                        category.value)
        apply = QPushButton(_tr("Set for selected"))
        apply.setObjectName("apply_button")
        apply.clicked.connect(self.apply_category)
        row.addWidget(select_unknown)
        row.addStretch(1)
        row.addWidget(self.category_combo)
        row.addWidget(apply)
        self.body.addLayout(row)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.body.addWidget(self.count_label)

    def prepare(self) -> None:
        self.load()

    def load(self) -> None:
        from contactvault.services import contacts

        try:
            found = contacts.list_contacts(self.wiz.vault)
        except errors.ContactVaultError as exc:
            self.fail(exc)
            return
        self.table.setRowCount(len(found))
        for row, contact in enumerate(found):
            name = QTableWidgetItem(contact.display_name())
            name.setData(Qt.ItemDataRole.UserRole, contact.id)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(
                ", ".join(p.e164 or p.raw for p in contact.phones)))
            item = QTableWidgetItem(_core("Category", CATEGORY_LABELS[contact.category]))
            item.setData(Qt.ItemDataRole.UserRole, contact.category.value)
            self.table.setItem(row, 2, item)
        unknown = sum(1 for c in found if c.category is Category.UNKNOWN)
        self.count_label.setText(_tr("{count} of {total} contacts not yet classified.").format(
            count=unknown, total=len(found)))
        self.unclassified = unknown

    def select_unclassified(self) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 2).data(Qt.ItemDataRole.UserRole) == Category.UNKNOWN.value:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def apply_category(self) -> None:
        from contactvault.services import contacts

        ids = self.selected_ids()
        if not ids:
            show_message(self.message, _tr("Select contacts first."), "warning")
            return
        try:
            contacts.set_category(self.wiz.vault, ids, self.category_combo.currentData())
        except errors.ContactVaultError as exc:
            self.fail(exc)
            return
        show_message(self.message, "")
        self.load()

    def commit(self) -> None:
        if self.unclassified and not ask.confirm(
                self, _tr("Unclassified contacts"),
                _tr("{count} contacts are not classified yet. They stay in the vault; only "
                    "numbers with consent ever go to the phone. Continue?").format(
                    count=self.unclassified)):
            raise errors.Cancelled()
        proc.record_classify(self.wiz.vault, self.wiz.device_name)


class ClearPage(StepPage):
    step = Step.CLEAR

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        form = QFormLayout()
        self.whatsapp_combo = QComboBox()
        self.whatsapp_combo.setObjectName("whatsapp_combo")
        for action, label in (
                (WhatsAppAction.NOT_INSTALLED, _tr("WhatsApp was not installed")),
                (WhatsAppAction.CONTACTS_ACCESS_REVOKED,
                 _tr("WhatsApp's access to the contacts was revoked")),
                (WhatsAppAction.ACCOUNT_DELETED, _tr("The WhatsApp account was deleted")),
                (WhatsAppAction.APP_REMOVED, _tr("The WhatsApp app was removed"))):
            self.whatsapp_combo.addItem(label, action.value)
        form.addRow(_tr("WhatsApp on this phone:"), self.whatsapp_combo)
        self.body.addLayout(form)
        self.contacts_box = QCheckBox(_tr("All contacts are deleted from the phone "
                                          "(every account, the SIM card)."))
        self.contacts_box.setObjectName("contacts_box")
        self.limited_box = QCheckBox(_tr("Route B: WhatsApp may read selected contacts only."))
        self.limited_box.setObjectName("limited_box")
        self.cloud_box = QCheckBox(_tr("The cloud account the phone syncs contacts with is "
                                       "checked: nothing comes back."))
        self.cloud_box.setObjectName("cloud_box")
        for box in (self.contacts_box, self.limited_box, self.cloud_box):
            box.toggled.connect(self.completeChanged)
            self.body.addWidget(box)
        self.whatsapp_combo.currentIndexChanged.connect(self.completeChanged)

    def prepare(self) -> None:
        status = self.wiz.status
        was_installed = status.starting_point is StartingPoint.WHATSAPP_INSTALLED
        self.whatsapp_combo.setCurrentIndex(1 if was_installed else 0)
        self.limited_box.setVisible(status.route is Route.SELECTED)
        for box in (self.contacts_box, self.limited_box, self.cloud_box):
            box.setChecked(False)

    def isComplete(self) -> bool:  # noqa: N802
        if not self.needs_recording():
            return True
        status = self.wiz.status
        action = self.whatsapp_combo.currentData()
        if status.starting_point is StartingPoint.WHATSAPP_INSTALLED and \
                action == WhatsAppAction.NOT_INSTALLED.value:
            return False
        contacts_ok = self.contacts_box.isChecked() or (
            status.route is Route.SELECTED and self.limited_box.isChecked())
        return contacts_ok and self.cloud_box.isChecked()

    def commit(self) -> None:
        proc.record_clear(self.wiz.vault, self.wiz.device_name,
                          whatsapp_action=self.whatsapp_combo.currentData(),
                          phone_contacts_deleted=self.contacts_box.isChecked(),
                          cloud_checked=self.cloud_box.isChecked(),
                          access_limited=self.limited_box.isChecked())


class InstallPage(StepPage):
    step = Step.INSTALL

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.app_group = QButtonGroup(self)
        self.app_buttons = {}
        for app, label in ((App.WHATSAPP_BUSINESS, _tr("WhatsApp Business")),
                           (App.WHATSAPP, _tr("WhatsApp"))):
            button = QRadioButton(label)
            button.setObjectName(f"app_{app.value}")
            self.app_group.addButton(button)
            self.app_buttons[app] = button
            self.body.addWidget(button)
        self.app_buttons[App.WHATSAPP_BUSINESS].setChecked(True)
        self.installed_box = QCheckBox(_tr("WhatsApp is installed on the cleared phone."))
        self.installed_box.setObjectName("installed_box")
        self.installed_box.toggled.connect(self.completeChanged)
        self.body.addWidget(self.installed_box)

    def prepare(self) -> None:
        self.installed_box.setChecked(False)

    def isComplete(self) -> bool:  # noqa: N802
        return not self.needs_recording() or self.installed_box.isChecked()

    def commit(self) -> None:
        app = next(a for a, b in self.app_buttons.items() if b.isChecked())
        proc.record_install(self.wiz.vault, self.wiz.device_name, app=app)


class TransferPage(StepPage):
    step = Step.TRANSFER

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.export_button = QPushButton(_tr("Create the file for the phone…"))
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.run_export)
        self.body.addWidget(self.export_button)
        self.result_label = QLabel()
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.body.addWidget(self.result_label)
        self._recorded_now = False

    def prepare(self) -> None:
        self._recorded_now = False
        show_message(self.result_label, "")

    def _suggestion(self) -> tuple[str, str]:
        route = self.wiz.status.route
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in self.wiz.device_name)
        if route is Route.DEDICATED:
            return f"{safe}.vcf", _tr("vCard (*.vcf)")
        stem = "auswahlliste" if route is Route.SELECTED else "whatsapp-links"
        if self.wiz.lang == "en":
            stem = "selection-list" if route is Route.SELECTED else "whatsapp-links"
        return f"{stem}-{safe}.pdf", _tr("PDF (*.pdf);;HTML (*.html)")

    def run_export(self) -> None:
        show_message(self.message, "")
        suggested, filters = self._suggestion()
        path = ask.save_file(self, _tr("File for the WhatsApp phone"), suggested, filters)
        if not path:
            return
        from contactvault.gui.printing import html_to_pdf

        try:
            result = proc.transfer(self.wiz.vault, self.wiz.device_name, Path(path),
                                   lang=self.wiz.lang, render_pdf=html_to_pdf)
        except errors.ContactVaultError as exc:
            self.fail(exc)
            return
        self._recorded_now = True
        self.wiz.refresh()
        self.redo_box.setChecked(False)
        self.show_recorded()
        text = _tr("{count} consented numbers written to {path}.\nSHA-256: {sha256}").format(
            count=result.count, path=result.path, sha256=result.sha256)
        if result.warning_text:
            text += "\n" + result.warning_text
        show_message(self.result_label, text, "success")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.record() is not None and (self._recorded_now or not self.redo_box.isChecked())

    def needs_recording(self) -> bool:
        return False  # recorded by the export button


class DonePage(StepPage):
    step = Step.DONE

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.summary = QTextBrowser()
        self.summary.setObjectName("summary")
        self.summary.setMaximumHeight(150)
        self.body.addWidget(self.summary)
        self.on_phone_box = QCheckBox(_tr("The transferred contacts are on the phone."))
        self.on_phone_box.setObjectName("on_phone_box")
        self.on_phone_box.toggled.connect(self.completeChanged)
        self.body.addWidget(self.on_phone_box)
        form = QFormLayout()
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("after_count_spin")
        self.count_spin.setRange(0, 1_000_000)
        form.addRow(_tr("Contacts the phone shows now:"), self.count_spin)
        self.body.addLayout(form)
        self.protocol_button = QPushButton(_tr("Save the protocol as PDF…"))
        self.protocol_button.setObjectName("protocol_button")
        self.protocol_button.clicked.connect(self.save_protocol)
        self.body.addWidget(self.protocol_button)
        self.setFinalPage(True)

    def prepare(self) -> None:
        status = self.wiz.status
        transfer = status.latest(Step.TRANSFER)
        if transfer is not None:
            self.count_spin.setValue(int(transfer.figures.get("count", 0) or 0))
        findings = status.findings()
        labels = templates.labels(self.wiz.lang)
        parts = [f"<p><b>{labels.get('route', '')}:</b> "
                 f"{labels.get(f'route_{status.route.value}', '')}</p>"]
        if findings:
            parts.append("<ul>" + "".join(
                "<li>" + labels.get(f"finding_{f.finding.value}", f.finding.value).format(
                    at=when(f.at, self.wiz.lang), **f.figures) + "</li>"
                for f in findings) + "</ul>")
        else:
            parts.append(f"<p>{labels.get('findings_none', '')}</p>")
        self.summary.setHtml("".join(parts))
        self.on_phone_box.setChecked(status.completed)

    def isComplete(self) -> bool:  # noqa: N802
        return self.on_phone_box.isChecked() or self.wiz.status.completed

    def needs_recording(self) -> bool:
        return not self.wiz.status.completed

    def commit(self) -> None:
        proc.record_done(self.wiz.vault, self.wiz.device_name,
                         imported_on_phone=self.on_phone_box.isChecked(),
                         phone_count_after=self.count_spin.value())

    def save_protocol(self) -> None:
        show_message(self.message, "")
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in self.wiz.device_name)
        stem = "protokoll" if self.wiz.lang == "de" else "protocol"
        path = ask.save_file(self, _tr("Save the protocol"), f"{stem}-{safe}.pdf",
                             _tr("PDF (*.pdf);;HTML (*.html)"))
        if not path:
            return
        from contactvault.gui.printing import html_to_pdf

        try:
            written = proc.write_protocol(self.wiz.vault, self.wiz.device_name, Path(path),
                                          lang=self.wiz.lang, render_pdf=html_to_pdf)
        except errors.ContactVaultError as exc:
            self.fail(exc)
            return
        show_message(self.message, _tr("Protocol saved: {path}").format(path=written),
                     "success")


class ProcedureWizard(QWizard):
    """The procedure for one WhatsApp phone; opens at the step where it stopped."""

    step_recorded = Signal(str)

    def __init__(self, vault, *, device_name: str | None = None,
                 parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("procedure_wizard")
        self.setWindowTitle(_tr("Prepare a WhatsApp phone: secure contacts first, "
                                "then install"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, _tr("Close, continue later"))
        self.customButtonClicked.connect(lambda _which: self.close())
        self.vault = vault
        self.device_name = device_name
        self.lang = templates.language(lang) if lang else _language()
        self.status = None
        self.resize(820, 720)
        for page_class in (ProfilePage, ExportPhonePage, ImportPage, ClassifyPage, ClearPage,
                           InstallPage, TransferPage, DonePage):
            self.setPage(PAGE_IDS[page_class.step], page_class(self))
        self.currentIdChanged.connect(self._page_shown)
        self.setStartId(PAGE_IDS[Step.PROFILE])
        self.restart()
        if device_name:
            try:
                self.refresh()
            except errors.ContactVaultError:
                self.status = None
            if self.status is not None and self.status.started and not self.status.completed:
                self.advance_to_next_step()

    def refresh(self) -> None:
        if self.device_name:
            self.status = proc.status(self.vault, self.device_name)

    def _page_shown(self, page_id: int) -> None:
        """Also when coming back (Qt does not initialise a page again then): show what is
        recorded now."""
        page = self.page(page_id)
        if page is None or self.status is None:
            return
        try:
            self.refresh()
        except errors.ContactVaultError as exc:
            page.fail(exc)
            return
        page.show_recorded()
        page.completeChanged.emit()

    def advance_to_next_step(self) -> None:
        """Walk forward over the recorded steps to the first open one, so that Back
        still leads through every earlier step (recorded pages are not recorded again)."""
        if self.status is None or not self.status.started:
            return
        target = self.status.next_step or Step.DONE
        guard = len(ORDER)
        while self.currentId() < PAGE_IDS[target] and guard:
            before = self.currentId()
            self.next()
            guard -= 1
            if self.currentId() == before:  # a page refused: stay there
                break

    def current_step(self) -> Step:
        return ORDER[self.currentId()]
