"""Step 7: write the file for the phone in the route's form (vCard, selection list,
links sheet) and record it (ui/procedure_transfer_page.ui). Planning, writing and
recording run on a worker thread; the page shows that it is busy meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal

from contactvault.gui.ask import ask
from contactvault.gui.forms.ui_procedure_transfer_page import Ui_ProcedureTransferPage
from contactvault.gui.printing import html_to_pdf
from contactvault.gui.procedure.step_page import (
    ProcedureStepPage,
    arg,
    safe_file_stem,
)
from contactvault.gui.widgets.message import show_message
from contactvault.procedure.steps import Route, Step
from contactvault.services import procedure as proc


class ProcedureTransferPage(ProcedureStepPage):
    step = Step.TRANSFER
    body_form = Ui_ProcedureTransferPage
    transferred = Signal(object)  # the TransferResult, or None when it failed

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.ui.export_button.clicked.connect(self.run_export)
        self._recorded_now = False

    def prepare(self) -> None:
        self._recorded_now = False
        show_message(self.ui.result_label, "")
        show_message(self.ui.warning_label, "")
        self.ui.progress_bar.hide()

    def suggestion(self) -> tuple[str, str]:
        """The suggested file name (in the interface language) and the file filters."""
        route = self.wiz.status.route
        safe = safe_file_stem(self.wiz.device_name)
        if route is Route.DEDICATED:
            return f"{safe}.vcf", self.tr("vCard files (*.vcf)")
        stem = self.tr("selection-list") if route is Route.SELECTED else \
            self.tr("whatsapp-links")
        return f"{stem}-{safe}.pdf", self.tr("PDF documents (*.pdf);;HTML documents (*.html)")

    def run_export(self) -> None:
        show_message(self.frame.message, "")
        show_message(self.ui.warning_label, "")
        suggested, filters = self.suggestion()
        path = ask.output_file(self, self.tr("File for the WhatsApp phone"), suggested,
                               filters, vault_path=self.wiz.ctx.vault.path)
        if not path:
            return
        ctx, device, lang = self.wiz.ctx, self.wiz.device_name, self.wiz.lang
        self.ui.progress_bar.setRange(0, 0)  # one call without steps: show that it works
        self.ui.progress_bar.show()
        show_message(self.ui.result_label, self.tr("Writing the file for the phone…"), "info")
        self.wiz.run_job(lambda _progress, _cancel: proc.transfer(
            ctx, device, Path(path), lang=lang, render_pdf=html_to_pdf, force=True),
            finished=self._done, failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.ui.progress_bar.hide()
        show_message(self.ui.result_label, "")
        self.fail(exc)
        self.transferred.emit(None)

    def _done(self, result) -> None:
        self.ui.progress_bar.hide()
        self._recorded_now = True
        self.wiz.refresh()
        self.frame.redo_box.setChecked(False)
        self.show_recorded()
        count = result.count
        text = arg(self.tr("%n consented number(s) written to %1.", "", count),
                   Path(result.path).name)
        text += "\n" + arg(self.tr("SHA-256: %1"), result.sha256)
        show_message(self.ui.result_label, text, "success")
        show_message(self.ui.warning_label, result.warning_text, "warning")
        self.completeChanged.emit()
        self.transferred.emit(result)

    def input_complete(self) -> bool:
        return self.record() is not None and (
            self._recorded_now or not self.frame.redo_box.isChecked())

    def needs_recording(self) -> bool:
        return False  # recorded by the export button
