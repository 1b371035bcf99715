"""Step 8: what happened (route and findings about the order), the confirmation that the
contacts are on the phone, and the protocol as PDF (ui/procedure_done_page.ui). The
protocol is written on a worker thread."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Signal

from contactvault.gui.ask import ask
from contactvault.gui.forms.ui_procedure_done_page import Ui_ProcedureDonePage
from contactvault.gui.printing import html_to_pdf
from contactvault.gui.procedure.step_page import (
    ProcedureStepPage,
    arg,
    safe_file_stem,
)
from contactvault.gui.widgets.message import show_message
from contactvault.i18n import speaking
from contactvault.procedure import wording
from contactvault.procedure.steps import Step
from contactvault.services import company, exporting
from contactvault.services import procedure as proc


class ProcedureDonePage(ProcedureStepPage):
    step = Step.DONE
    body_form = Ui_ProcedureDonePage
    protocol_saved = Signal(object)  # the path written, or None when it failed

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.open_removals: list = []
        self.ui.on_phone_box.toggled.connect(self.completeChanged)
        self.ui.protocol_button.clicked.connect(self.save_protocol)
        self.setFinalPage(True)

    def prepare(self) -> None:
        status = self.wiz.status
        self.ui.progress_bar.hide()
        transfer = status.latest(Step.TRANSFER)
        if transfer is not None:
            self.ui.after_count_spin.setValue(int(transfer.figures.get("count", 0) or 0))
        findings = status.findings()
        with speaking(self.wiz.lang):  # the protocol's words, in the protocol's language
            parts = [f"<p><b>{escape(wording.label('route'))}:</b> "
                     f"{escape(wording.route(status.route))}</p>"]
            if findings:
                parts.append("<ul>" + "".join(
                    "<li>" + escape(wording.finding_text(f, self.wiz.lang)) + "</li>"
                    for f in findings) + "</ul>")
            else:
                parts.append(f"<p>{escape(wording.label('findings_none'))}</p>")
        self.ui.summary.setHtml("".join(parts))
        self.ui.on_phone_box.setChecked(status.completed)
        # Done means done: not while numbers must still come off this phone.
        self.open_removals = exporting.removals(self.wiz.ctx, self.wiz.device_name)
        if self.open_removals:
            show_message(self.frame.message, arg(self.tr(
                "The procedure is not complete while %n number(s) must still be deleted from "
                "this phone: %1. Delete them on the phone and confirm each under \u201cWhatsApp "
                "phones\u201d; then finish here.", "", len(self.open_removals)),
                proc.removals_text(self.open_removals)), "error")

    def input_complete(self) -> bool:
        if self.open_removals and not self.wiz.status.completed:
            return False
        return self.ui.on_phone_box.isChecked() or self.wiz.status.completed

    def needs_recording(self) -> bool:
        return not self.wiz.status.completed

    def commit(self) -> None:
        proc.record_done(self.wiz.ctx, self.wiz.device_name,
                         imported_on_phone=self.ui.on_phone_box.isChecked(),
                         phone_count_after=self.ui.after_count_spin.value())

    def save_protocol(self) -> None:
        show_message(self.frame.message, "")
        from contactvault.gui.dialogs.company_dialog import ensure_company_details

        if not ensure_company_details(self, self.wiz.ctx, company.PROTOCOL):
            return
        stem = self.tr("protocol")  # the file name, in the interface language
        name = f"{stem}-{safe_file_stem(self.wiz.device_name)}.pdf"
        path = ask.output_file(self, self.tr("Save the protocol"), name,
                               self.tr("PDF documents (*.pdf);;HTML documents (*.html)"),
                               vault_path=self.wiz.ctx.vault.path)
        if not path:
            return
        ctx, device, lang = self.wiz.ctx, self.wiz.device_name, self.wiz.lang
        self.ui.progress_bar.setRange(0, 0)
        self.ui.progress_bar.show()
        self.wiz.run_job(lambda _progress, _cancel: proc.write_protocol(
            ctx, device, Path(path), lang=lang, render_pdf=html_to_pdf, force=True),
            finished=self._saved, failed=self._failed)

    def _saved(self, written) -> None:
        self.ui.progress_bar.hide()
        show_message(self.frame.message, arg(self.tr("Protocol saved: %1"), written),
                     "success")
        self.protocol_saved.emit(written)

    def _failed(self, exc: BaseException) -> None:
        self.ui.progress_bar.hide()
        self.fail(exc)
        self.protocol_saved.emit(None)
