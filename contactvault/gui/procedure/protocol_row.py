"""The procedure's state and its protocol, for one phone, outside the wizard.

A row for the phone's view: where the phone's procedure stands ("Schritt 5 von 8 ist
offen", "abgeschlossen am … von …") and "Save the protocol as PDF…", which works at any
time once a run has started. The PDF is the wizard's (``services.procedure
.write_protocol`` through ``gui.printing.html_to_pdf``), written on a worker thread;
missing company details are asked for in the company form first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from contactvault import errors
from contactvault.gui import icons
from contactvault.gui.ask import ask
from contactvault.gui.printing import html_to_pdf
from contactvault.gui.procedure.step_page import arg, safe_file_stem
from contactvault.gui.widgets.message import show_message
from contactvault.gui.workers import Worker
from contactvault.procedure import wording
from contactvault.services import company, exporting
from contactvault.services import procedure as proc


class ProtocolRow(QWidget):
    """``show_device(ctx, name)`` fills it; ``save_protocol()`` asks where and writes."""

    protocol_saved = Signal(object)  # the path written, or None when it failed or stopped

    def __init__(self, message_label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protocol_row")
        self.message_label = message_label  # the view's inline message line
        self.state_label = QLabel(self)
        self.state_label.setObjectName("procedure_state_label")
        self.state_label.setWordWrap(True)
        self.protocol_button = QPushButton(icons.icon("print"),
                                           self.tr("Save the &protocol as PDF…"), self)
        self.protocol_button.setObjectName("protocol_button")
        self.protocol_button.setToolTip(self.tr(
            "The protocol of this phone's procedure, to print and sign: at any time, with "
            "the state it has reached."))
        self.protocol_button.clicked.connect(self.save_protocol)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state_label, 1)
        row.addWidget(self.protocol_button)
        self.ctx = None
        self.device_name = ""
        self.worker: Worker | None = None

    def clear(self) -> None:
        self.ctx, self.device_name = None, ""
        self.state_label.clear()
        self.protocol_button.setEnabled(False)

    def show_device(self, ctx, device_name: str) -> None:
        """The state of the phone's latest run (its procedure not begun: said so)."""
        self.ctx, self.device_name = ctx, device_name
        try:
            status = proc.status(ctx, device_name)
            open_removals = len(exporting.removals(ctx, device_name)) if status.completed \
                else 0
        except errors.ContactVaultError as exc:
            self.state_label.setText(exc.message())
            self.protocol_button.setEnabled(False)
            return
        if not status.started:
            self.state_label.setText(self.tr(
                "Procedure \u201csecure contacts first, then install\u201d: not begun yet."))
            self.protocol_button.setEnabled(False)
            return
        text = wording.state(status, open_removals, to_the_second=False)
        self.state_label.setText(arg(self.tr("Procedure: %1."), text))
        self.protocol_button.setEnabled(self.worker is None)

    # -- the protocol -----------------------------------------------------------------
    def save_protocol(self) -> None:
        if self.ctx is None or not self.device_name or self.worker is not None:
            return
        show_message(self.message_label, "")
        from contactvault.gui.dialogs.company_dialog import ensure_company_details

        if not ensure_company_details(self, self.ctx, company.PROTOCOL):
            self.protocol_saved.emit(None)
            return
        stem = self.tr("protocol")  # the file name, in the interface language
        name = f"{stem}-{safe_file_stem(self.device_name)}.pdf"
        path = ask.output_file(self, self.tr("Save the protocol"), name,
                               self.tr("PDF documents (*.pdf);;HTML documents (*.html)"),
                               vault_path=self.ctx.vault.path)
        if not path:
            self.protocol_saved.emit(None)
            return
        ctx, device = self.ctx, self.device_name
        self.worker = Worker(lambda _progress, _cancel: proc.write_protocol(
            ctx, device, Path(path), lang=ctx.language, render_pdf=html_to_pdf, force=True))
        self.worker.signals.finished.connect(self._saved)
        self.worker.signals.failed.connect(self._failed)
        self.protocol_button.setEnabled(False)
        show_message(self.message_label, self.tr("Writing the protocol…"), "info")
        self.worker.start()

    def _saved(self, written) -> None:
        self.worker = None
        self.protocol_button.setEnabled(True)
        show_message(self.message_label, arg(self.tr("Protocol saved: %1"), written),
                     "success")
        self.protocol_saved.emit(written)

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self.protocol_button.setEnabled(True)
        if isinstance(exc, errors.ContactVaultError):
            text = exc.message()
        else:
            text = arg(self.tr("Unexpected problem: %1"), f"{type(exc).__name__}: {exc}"[:200])
        show_message(self.message_label, text, "error")
        self.protocol_saved.emit(None)
