"""Record a consent event for one number: what happened, legal basis, purpose, channel,
when (to the minute), evidence text and attached files, and whether the information
notice was handed over with the request. Defaults make the common case two clicks:
consent granted now, on WhatsApp.

Attached files (a screenshot of the chat, a scanned form) are read when chosen and kept
encrypted inside the vault with the event; nothing is copied anywhere else."""

from __future__ import annotations

import hashlib
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from contactvault import errors, phones
from contactvault.consent.events import (
    BASIS_LABELS,
    CHANNEL_LABELS,
    KIND_LABELS,
    PURPOSE_LABELS,
    Channel,
    EventKind,
    LegalBasis,
    Purpose,
)
from contactvault.gui.ask import ask
from contactvault.gui.dialogs.sent_dialog import local_minute, minute_format
from contactvault.gui.forms.ui_consent_dialog import Ui_ConsentDialog
from contactvault.gui.widgets.message import show_message

# What a person records by hand here (the notice has its own button).
_KINDS = (EventKind.GRANTED, EventKind.IMPLIED, EventKind.REQUESTED, EventKind.REVOKED)


class ConsentDialog(QDialog):
    def __init__(self, ctx, e164: str, contact_id: int | None, name: str,
                 kind: EventKind = EventKind.GRANTED, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.e164 = e164
        self.contact_id = contact_id
        self.event = None
        self.ui.number_label.setText(self.tr("%1, number %2").replace("%1", name)
                                     .replace("%2", phones.display(e164)))
        for k in _KINDS:
            self.ui.kind_combo.addItem(QCoreApplication.translate("Consent", KIND_LABELS[k]),
                                       k.value)
        for b in LegalBasis:
            self.ui.basis_combo.addItem(QCoreApplication.translate("Consent", BASIS_LABELS[b]),
                                        b.value)
        for p in Purpose:
            self.ui.purpose_combo.addItem(
                QCoreApplication.translate("Consent", PURPOSE_LABELS[p]), p.value)
        for c in Channel:
            self.ui.channel_combo.addItem(
                QCoreApplication.translate("Consent", CHANNEL_LABELS[c]), c.value)
        self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(kind.value))
        # When it happened, to the minute; a four-digit year (evidence dates). Left as it
        # is, the event takes the moment of recording (the context's clock, to the second).
        self.default_when = local_minute(ctx.now())
        self.ui.occurred_edit.setDisplayFormat(minute_format())
        self.ui.occurred_edit.setDateTime(self.default_when)
        self.ui.occurred_edit.setMaximumDateTime(self.default_when.addSecs(60))
        self.attachments: list = []  # services.evidence.Attachment, in the list's order
        self.ui.attach_button.clicked.connect(self.choose_files)
        self.ui.remove_file_button.clicked.connect(self._remove_file)
        self.ui.files_list.currentRowChanged.connect(self._update_file_buttons)
        self._update_file_buttons()
        self.ui.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.ui.basis_combo.currentIndexChanged.connect(self._kind_changed)
        self.ui.button_box.accepted.connect(self.record)
        self.ui.button_box.rejected.connect(self.reject)
        show_message(self.ui.message_label, "")
        self._kind = None
        self._kind_changed()
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def _kind_changed(self, *args) -> None:
        kind = self.ui.kind_combo.currentData()
        revoking = kind == EventKind.REVOKED.value
        needs_basis = kind in (EventKind.GRANTED.value, EventKind.IMPLIED.value)
        self.ui.basis_combo.setEnabled(needs_basis)
        self.ui.basis_label.setEnabled(needs_basis)
        if kind != self._kind:  # a new kind starts from consent; a basis picked stays
            self._kind = kind
            if kind == EventKind.GRANTED.value:
                self.ui.basis_combo.setCurrentIndex(
                    self.ui.basis_combo.findData(LegalBasis.CONSENT.value))
        # a purpose and a notice handed over belong to consent, not to the other bases
        consent = needs_basis and self.ui.basis_combo.currentData() == LegalBasis.CONSENT.value
        self.ui.purpose_combo.setEnabled(consent)
        self.ui.purpose_label.setEnabled(consent)
        granting = consent and kind == EventKind.GRANTED.value
        self.ui.with_notice_check.setEnabled(granting)
        if not granting:
            self.ui.with_notice_check.setChecked(False)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record revocation") if revoking else self.tr("Record"))
        self.setWindowTitle(self.tr("Record revocation") if revoking else self.tr("Record consent"))

    # -- evidence files -------------------------------------------------------------
    def choose_files(self) -> None:
        from contactvault.services import evidence

        chosen = ask.open_files(self, self.tr("Attach files as evidence"), self.tr(
            "Images and documents (*.png *.jpg *.jpeg *.heic *.webp *.pdf *.txt *.eml);;"
            "All files (*)"))
        if not chosen:
            return
        try:
            read = evidence.read_files(chosen)
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message())
            return
        for attachment in read:
            self.add_attachment(attachment)
        show_message(self.ui.message_label, "")

    def add_attachment(self, attachment) -> None:
        from contactvault.i18n import current_language
        from contactvault.services import evidence

        self.attachments.append(attachment)
        size = evidence.format_size(len(attachment.content), current_language())
        item = QListWidgetItem(f"{attachment.file_name}  ({size})")
        item.setToolTip("SHA-256 " + hashlib.sha256(attachment.content).hexdigest())
        self.ui.files_list.addItem(item)
        self.ui.files_list.setCurrentItem(item)

    def _remove_file(self) -> None:
        row = self.ui.files_list.currentRow()
        if row >= 0:
            self.ui.files_list.takeItem(row)
            del self.attachments[row]
        self._update_file_buttons()

    def _update_file_buttons(self, *args) -> None:
        self.ui.remove_file_button.setEnabled(self.ui.files_list.currentRow() >= 0)

    # -- recording ------------------------------------------------------------------
    def values(self) -> dict:
        kind = self.ui.kind_combo.currentData()
        chosen = self.ui.occurred_edit.dateTime()
        date, clock_time = chosen.date(), chosen.time()
        # unchanged: now (None); else a naive time, which the services read as local time
        when = None if chosen == self.default_when else datetime(
            date.year(), date.month(), date.day(), clock_time.hour(), clock_time.minute())
        return {
            "kind": kind,
            "basis": self.ui.basis_combo.currentData()
            if kind in (EventKind.GRANTED.value, EventKind.IMPLIED.value) else None,
            "purpose": self.ui.purpose_combo.currentData()
            if self.ui.purpose_combo.isEnabled() else None,
            "with_notice": self.ui.with_notice_check.isEnabled()
            and self.ui.with_notice_check.isChecked(),
            "channel": self.ui.channel_combo.currentData(),
            "evidence": self.ui.evidence_edit.toPlainText().strip(),
            "occurred_at": when,
            "evidence_files": list(self.attachments),
        }

    def record(self) -> None:
        from contactvault.services import consent

        v = self.values()
        if v["with_notice"]:  # the notice handed over names the business: asked for if missing
            from contactvault.gui.dialogs.company_dialog import ensure_company_details

            if not ensure_company_details(self, self.ctx, "notice"):
                return
        try:
            self.event = consent.record_event(
                self.ctx, self.e164, v["kind"], basis=v["basis"], channel=v["channel"],
                evidence=v["evidence"], occurred_at=v["occurred_at"],
                contact_id=self.contact_id, purpose=v["purpose"],
                with_notice=v["with_notice"], evidence_files=v["evidence_files"])
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message())
            return
        self.accept()
