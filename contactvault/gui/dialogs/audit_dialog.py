"""Check the audit trail (ui/audit_dialog.ui): what ``contactvault audit verify`` does,
for a data-protection officer at the desktop — the check on a worker, the head now to
copy, and a head printed earlier to check against."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from contactvault import errors
from contactvault.context import Context
from contactvault.gui.forms.ui_audit_dialog import Ui_AuditDialog
from contactvault.gui.widgets.message import show_message
from contactvault.gui.workers import Worker
from contactvault.services import audit_ops


class AuditDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self.worker: Worker | None = None
        self.last_result = None  # the last VerifyResult
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(
            self.reject)
        self.ui.check_button.clicked.connect(self.check)
        self.ui.expect_edit.returnPressed.connect(self.check)
        self.ui.copy_button.clicked.connect(self.copy_head)
        show_message(self.ui.message_label, "")
        head = audit_ops.head(ctx)
        self._show_head(str(head) if head else "")
        self.ui.copy_button.setEnabled(head is not None)

    def check(self) -> None:
        """Verify on a worker; the answer appears in the dialog."""
        if self.worker is not None:
            return
        text = self.ui.expect_edit.text().strip()
        try:
            expect = audit_ops.parse_expected(text) if text else None
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message(), "error")
            return
        ctx = self.ctx
        self.worker = Worker(lambda _progress, _cancel: audit_ops.verify(ctx, expect))
        self.worker.signals.finished.connect(self._checked)
        self.worker.signals.failed.connect(self._failed)
        self.ui.check_button.setEnabled(False)
        show_message(self.ui.message_label, self.tr("Checking…"), "info")
        self.worker.start()

    def _checked(self, result) -> None:
        self.worker = None
        self.last_result = result
        self.ui.check_button.setEnabled(True)
        if result.head_text:
            self._show_head(result.head_text)
        if result.ok:
            text = self.tr("The audit trail is intact: %n entry/entries checked.", "",
                           result.checked)
            if result.expected:
                text += " " + self.tr("It still holds the head printed earlier.")
            show_message(self.ui.message_label, text, "success")
        else:
            text = self.tr("The audit trail is BROKEN: %1.").replace("%1",
                                                                   result.problem_text())
            text += "".join(f"\n– {finding.text()}" for finding in result.findings[1:])
            show_message(self.ui.message_label, text, "error")

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self.ui.check_button.setEnabled(True)
        text = exc.message() if isinstance(exc, errors.ContactVaultError) else \
            f"{type(exc).__name__}: {exc}"[:200]
        show_message(self.ui.message_label, text, "error")

    def _show_head(self, text: str) -> None:
        self.ui.head_edit.setText(text)
        self.ui.head_edit.setCursorPosition(0)  # the count first, the hash runs on

    def copy_head(self) -> None:
        QApplication.clipboard().setText(self.ui.head_edit.text())
