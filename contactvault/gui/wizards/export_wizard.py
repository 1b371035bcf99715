"""Export for a WhatsApp phone: choose the phone and full/incremental, review who goes
onto it and who does not (with the reason), write the (unencrypted!) vCard file, then
see the removal list. The plan (every number asked of the policy) is worked out on a
worker thread, so the window stays responsive with a large vault."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from contactvault import errors, output_files, phones
from contactvault.gui import icons
from contactvault.gui.ask import ask, in_documents
from contactvault.gui.widgets.devices_view import export_kind, fill_removals
from contactvault.gui.widgets.message import show_message
from contactvault.gui.wizards.setup import set_up_wizard


class DevicePage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Which WhatsApp phone?"))
        self.setSubTitle(self.tr(
            "Only numbers whose consent allows it go onto the phone. Everyone else stays "
            "in the vault."))
        self.device_combo = QComboBox(self)
        self.device_combo.setObjectName("device_combo")
        self.device_combo.setAccessibleName(self.tr("WhatsApp phone"))
        self.device_combo.currentIndexChanged.connect(self.completeChanged)
        self.new_button = QPushButton(icons.icon("phone"), self.tr("&New phone…"), self)
        self.new_button.setObjectName("new_device_button")
        self.new_button.clicked.connect(self._new_device)
        row = QHBoxLayout()
        row.addWidget(self.device_combo, 1)
        row.addWidget(self.new_button)
        self.incremental_radio = QRadioButton(self.tr(
            "&Incremental: only contacts that are not on the phone yet"), self)
        self.incremental_radio.setObjectName("incremental_radio")
        self.full_radio = QRadioButton(self.tr(
            "&Full: every allowed contact (for an empty address book)"), self)
        self.full_radio.setObjectName("full_radio")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("planning_progress")
        self.progress.setAccessibleName(self.tr("Progress of the review"))
        self.progress.setRange(0, 0)  # one call without steps: show that it works
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("WhatsApp phone:"), self))
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.full_radio)
        layout.addWidget(self.incremental_radio)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        show_message(self.message, "")
        self.plan_ready = False  # the plan for this "Next" has arrived
        self.reload()

    def reload(self, select: str = "") -> None:
        from contactvault.services import devices

        self.device_combo.clear()
        for d in devices.list_devices(self.wiz.ctx):
            self.device_combo.addItem(icons.icon("phone"), d.name, d.name)
        if select:
            self.device_combo.setCurrentIndex(max(self.device_combo.findData(select), 0))
        self._pick_mode()
        self.completeChanged.emit()

    def _pick_mode(self) -> None:
        from contactvault.services import exporting

        name = self.device_combo.currentData()
        has_history = False
        if name:
            try:
                has_history = bool(exporting.export_history(self.wiz.ctx, name))
            except errors.ContactVaultError:
                pass
        (self.incremental_radio if has_history else self.full_radio).setChecked(True)

    def _new_device(self) -> None:
        from contactvault.services import devices

        name = ask.text(self, self.tr("New WhatsApp phone"), self.tr(
            "A name for the phone (for example \"Workshop phone\"):")).strip()
        if not name:
            return
        try:
            devices.add_device(self.wiz.ctx, name)
        except errors.ContactVaultError as exc:
            show_message(self.message, exc.message())
            return
        show_message(self.message, "")
        self.reload(select=name)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.device_combo.currentData()) and not self.wiz.planning

    def validatePage(self) -> bool:  # noqa: N802
        """Each "Next" plans anew, on a worker; the wizard moves on when the plan is in."""
        if self.plan_ready:
            self.plan_ready = False
            return True
        if not self.wiz.planning:
            show_message(self.message, "")
            self.wiz.start_planning(self.device_combo.currentData(),
                                    incremental=self.incremental_radio.isChecked())
        return False

    def set_planning(self, planning: bool) -> None:
        for widget in (self.device_combo, self.new_button, self.full_radio,
                       self.incremental_radio):
            widget.setEnabled(not planning)
        self.progress.setVisible(planning)
        if planning:
            show_message(self.message, self.tr("Working out who may go onto the phone…"),
                         "info")
        self.completeChanged.emit()


class ReviewPage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Review"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("review_summary")
        self.tabs = QTabWidget(self)
        self.included = self._tree("included_tree", [self.tr("Name"), self.tr("Number"),
                                                     self.tr("Why allowed"),
                                                     self.tr("Also stored for")])
        self.excluded = self._tree("excluded_tree", [self.tr("Name"), self.tr("Number"),
                                                     self.tr("Why not")])
        self.tabs.addTab(self.included, icons.icon("status-allowed"), "")
        self.tabs.addTab(self.excluded, icons.icon("status-blocked"), "")
        self.policy = QLabel(self)
        self.policy.setWordWrap(True)
        self.policy.setObjectName("review_policy")
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.policy)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.warnings)

    def _tree(self, name, headers) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        return tree

    def initializePage(self) -> None:  # noqa: N802
        plan = self.wiz.plan
        self.included.clear()
        self.excluded.clear()
        limit = 20000  # a review list longer than this is not read by anyone
        self.included.addTopLevelItems([
            QTreeWidgetItem([i.shown_name, phones.display(i.e164), i.decision.reason_text(),
                             ", ".join(i.shared_with)])
            for i in plan.items[:limit]])
        # a shared number goes onto the phone once: the review names who else stores it
        self.included.setColumnHidden(3, not any(i.shared_with for i in plan.items))
        self.excluded.addTopLevelItems([
            QTreeWidgetItem([e.shown_name, phones.display(e.number) if e.number.startswith("+")
                             else e.number, e.reason_text()])
            for e in plan.excluded[:limit]])
        for tree in (self.included, self.excluded):
            tree.resizeColumnToContents(0)
            tree.resizeColumnToContents(1)
        self.tabs.setTabText(0, self.tr("Goes onto the phone (%1)")
                             .replace("%1", str(len(plan.items))))
        self.tabs.setTabText(1, self.tr("Stays off the phone (%1)")
                             .replace("%1", str(len(plan.excluded))))
        text = self.tr("%n number(s) %1 go onto \"%2\" (%3).", "", len(plan.items)) \
            .replace("%1", self.tr("of %n contact(s)", "", plan.contact_count)) \
            .replace("%2", plan.device.name).replace("%3", export_kind(plan.kind))
        if plan.already_on_phone:
            text += " " + self.tr("%n allowed number(s) are on the phone already.", "",
                                  plan.already_on_phone)
        if not plan.items:
            text += "\n\n" + self.tr(
                "There is nothing new to put onto the phone. Numbers that must come off it "
                "are listed under \"WhatsApp phones\"; you can close this assistant.")
        self.summary.setText(text)
        self.policy.setText(self.tr("Policy in force: %1").replace(
            "%1", " ".join(plan.settings.describe())))
        show_message(self.warnings, "\n".join(plan.warnings), "warning")

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.wiz.plan and self.wiz.plan.items)


class WritePage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self._confirmed = ""  # a path whose replacement the save dialog confirmed
        self.setTitle(self.tr("Write the file"))
        self.setCommitPage(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("export_path_edit")
        self.path_edit.setAccessibleName(self.tr("Export file"))
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("File:"), self))
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        show_message(self.message, "")

    def initializePage(self) -> None:  # noqa: N802
        plan = self.wiz.plan
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in plan.device.name)
        name = f"whatsapp-{safe}-{date.today().isoformat()}.vcf"
        if not self.path_edit.text():
            self.path_edit.setText(in_documents(name))
        show_message(self.warning, self.tr(
            "The file is NOT encrypted: it holds the names and numbers in plain text. "
            "Copy it to the WhatsApp phone, import it there, then delete it from this "
            "computer and from the phone's downloads."), "warning")
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Write file"))

    def _browse(self) -> None:
        path = ask.output_file(self, self.tr("Save the export as"), self.path_edit.text(),
                               self.tr("vCard files (*.vcf)"),
                               vault_path=self.wiz.ctx.vault.path)
        if path:
            self.path_edit.setText(path)
            self._confirmed = path  # the dialog asked about replacing it

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        from contactvault.services import exporting

        path = Path(self.path_edit.text().strip()).expanduser()
        refused = output_files.refusal(path, vault_path=self.wiz.ctx.vault.path)
        if refused is not None:  # the open vault, a vault or a backup: never
            show_message(self.message, refused.message())
            return False
        if os.path.lexists(path) and self._confirmed != str(path) and not ask.confirm(
                self, self.tr("Replace file?"),
                self.tr("%1 exists already. Replace it?").replace("%1", str(path))):
            return False
        try:
            self.wiz.result = exporting.write_export(self.wiz.ctx, self.wiz.plan, path,
                                                     force=True)
        except errors.ContactVaultError as exc:
            show_message(self.message, exc.message())
            return False
        return True


class DonePage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Done"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("export_summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.removals_label = QLabel(self)
        self.removals_label.setWordWrap(True)
        self.removals = QTreeWidget(self)
        self.removals.setObjectName("removals_tree")
        self.removals.setHeaderLabels([self.tr("Name"), self.tr("Number"), self.tr("Reason"),
                                       self.tr("Exported")])
        self.removals.setRootIsDecorated(False)
        self.copy_button = QPushButton(icons.icon("copy"), self.tr("&Copy list"), self)
        self.copy_button.clicked.connect(self._copy)
        self.print_button = QPushButton(icons.icon("print"), self.tr("&Print…"), self)
        self.print_button.clicked.connect(self._print)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.removals_label)
        layout.addWidget(self.removals, 1)
        layout.addLayout(row)
        self._text = ""

    def initializePage(self) -> None:  # noqa: N802
        result = self.wiz.result
        self.summary.setText(self.tr(
            "Numbers written: %1\nFile: %2\n\n%3").replace("%1", str(result.count))
            .replace("%2", str(result.path)).replace("%3", result.warning_text)
            + "\n\n" + self.tr("Audit trail with this export recorded: %1 (keep this line; "
                               "it shows later whether the record was changed)")
            .replace("%1", result.audit_head))
        self.removals.clear()
        self._text = fill_removals(self.removals, list(result.removals))
        has = bool(result.removals)
        self.removals_label.setText(self.tr(
            "Delete these numbers from the phone's address book (consent revoked or "
            "contact erased). Confirm each one afterwards under \"WhatsApp phones\".")
            if has else self.tr("Nothing has to be removed from the phone."))
        for w in (self.removals, self.copy_button, self.print_button):
            w.setVisible(has)

    def _copy(self) -> None:
        if self._text:
            self.wiz.window_clipboard.copy(self._text)

    def _print(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText(self.tr("Removal list for %1").replace("%1", self.wiz.plan.device.name)
                         + "\n\n" + self._text)
        doc.print_(printer)


class ExportWizard(QWizard):
    exported = Signal(object)
    planned = Signal(object)  # the plan, or None when planning failed

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_up_wizard(self, name="export_wizard", title=self.tr("Export for a WhatsApp phone"),
                      icon="export", size=(760, 560))
        self.ctx = ctx
        self.plan = None
        self.result = None
        self.worker = None  # the planning worker while it runs
        self._closing = False
        clipboard = getattr(parent, "clipboard", None)
        if clipboard is None:
            from contactvault.gui.clipboard import SensitiveClipboard

            clipboard = SensitiveClipboard(self)
        self.window_clipboard = clipboard
        self.device_page = DevicePage(self)
        self.review_page = ReviewPage(self)
        self.write_page = WritePage(self)
        self.done_page = DonePage(self)
        for page in (self.device_page, self.review_page, self.write_page, self.done_page):
            self.addPage(page)
        self.button(QWizard.WizardButton.FinishButton).clicked.connect(
            lambda: self.exported.emit(self.result))

    # -- planning off the GUI thread ---------------------------------------------------
    @property
    def planning(self) -> bool:
        return self.worker is not None

    def start_planning(self, device_name: str, *, incremental: bool) -> None:
        from contactvault.gui.workers import Worker
        from contactvault.services import exporting

        ctx = self.ctx
        self.worker = Worker(lambda _progress, _cancel: exporting.plan_export(
            ctx, device_name, incremental=incremental))
        self.worker.signals.finished.connect(self._planned)
        self.worker.signals.failed.connect(self._plan_failed)
        self.device_page.set_planning(True)
        self.worker.start()

    def _planned(self, plan) -> None:
        self.worker = None
        if self._closing:
            return
        self.device_page.set_planning(False)
        show_message(self.device_page.message, "")
        self.plan = plan
        self.device_page.plan_ready = True
        self.next()
        self.planned.emit(plan)

    def _plan_failed(self, exc) -> None:
        self.worker = None
        if self._closing:
            return
        self.device_page.set_planning(False)
        text = exc.message() if isinstance(exc, errors.ContactVaultError) else \
            self.tr("Unexpected problem: %1").replace("%1", f"{type(exc).__name__}: {exc}")
        show_message(self.device_page.message, text)
        self.planned.emit(None)

    def reject(self) -> None:
        """Cancel also while planning: a plan changes nothing, it is simply dropped."""
        self._closing = self.planning
        super().reject()
