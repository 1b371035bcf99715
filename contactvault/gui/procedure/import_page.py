"""Step 3: import the exported files into the vault and compare the count with what the
phone shows (ui/procedure_import_page.ui). The import runs on a worker thread."""

from __future__ import annotations

from PySide6.QtCore import Signal

from contactvault import errors
from contactvault.gui.ask import ask
from contactvault.gui.forms.ui_procedure_import_page import Ui_ProcedureImportPage
from contactvault.gui.procedure.step_page import ProcedureStepPage, arg
from contactvault.gui.widgets.message import show_message
from contactvault.procedure.steps import Outcome, Step
from contactvault.services import procedure as proc


class ProcedureImportPage(ProcedureStepPage):
    step = Step.IMPORT
    body_form = Ui_ProcedureImportPage
    imported = Signal(object)  # (ImportReport, CountComparison), or None

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.ui.choose_button.clicked.connect(self.choose_files)
        self.ui.import_button.clicked.connect(self.run_import)
        self.nothing = False  # the export step was skipped: nothing to import
        self._recorded_now = False

    def prepare(self) -> None:
        self._recorded_now = False
        show_message(self.ui.result_label, "")
        self.ui.progress_bar.hide()
        exported = self.wiz.status.latest(Step.EXPORT_PHONE)
        self.nothing = exported is not None and exported.outcome is Outcome.SKIPPED
        self.ui.import_button.setText(self.tr("Nothing to import: &continue") if self.nothing
                                      else self.tr("&Import and compare"))
        for widget in (self.ui.files, self.ui.choose_button, self.ui.count_spin,
                       self.ui.count_label):
            widget.setVisible(not self.nothing)

    def choose_files(self) -> None:
        chosen = ask.open_files(self, self.tr("Exported contacts"),
                                self.tr("Address books (*.vcf *.vcard *.csv);;All files (*)"))
        if chosen:
            self.ui.files.clear()
            self.ui.files.addItems(chosen)

    def run_import(self) -> None:
        show_message(self.frame.message, "")
        if self.nothing:
            try:
                proc.skip_import(self.wiz.ctx, self.wiz.device_name)
            except errors.ContactVaultError as exc:
                self._failed(exc)
                return
            self._done(None)
            return
        files = [self.ui.files.item(i).text() for i in range(self.ui.files.count())]
        if not files:
            show_message(self.frame.message, self.tr("Choose the exported file first."),
                         "warning")
            return
        ctx, device, count = self.wiz.ctx, self.wiz.device_name, self.ui.count_spin.value()
        self.ui.progress_bar.setRange(0, 0)
        self.ui.progress_bar.show()
        self.wiz.run_job(lambda progress, cancel: proc.import_and_record(
            ctx, device, files, phone_count=count, progress=progress, cancel=cancel),
            finished=self._done, failed=self._failed, progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        bar = self.ui.progress_bar
        if bar.maximum() != total:
            bar.setRange(0, max(total, 1))
        bar.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self.ui.progress_bar.hide()
        if isinstance(exc, errors.Cancelled):
            show_message(self.frame.message, self.tr(
                "The import was cancelled; the step was not recorded."), "warning")
        else:
            self.fail(exc)
        self.imported.emit(None)

    def _done(self, result) -> None:
        self.ui.progress_bar.hide()
        self._recorded_now = True
        self.wiz.refresh()
        self.frame.redo_box.setChecked(False)
        self.show_recorded()
        if result is not None:
            self.show_comparison(result[1])
        self.completeChanged.emit()
        self.imported.emit(result)

    def show_comparison(self, c) -> None:
        text = arg(self.tr(
            "The phone shows %1; the file held %n record(s): %2 new, %3 merged with an "
            "existing contact (duplicates), %4 already in the vault, %5 unreadable.", "",
            c.records_read), c.phone_count, c.imported, c.merged, c.unchanged, c.skipped)
        kind = "success"
        if c.difference:
            text += " " + self.tr(
                "%n contact(s) differ between phone and file. Usually an account (SIM, company "
                "account) was left out of the export: export again before clearing the phone.",
                "", abs(c.difference))
            kind = "warning"
        show_message(self.ui.result_label, text, kind)

    def input_complete(self) -> bool:
        return self.record() is not None and (
            self._recorded_now or not self.frame.redo_box.isChecked())

    def needs_recording(self) -> bool:
        return False  # recorded by the import button
