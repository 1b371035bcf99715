"""Record a consent event for one number: what happened, legal basis, purpose, channel,
evidence, date, and whether the information notice was handed over with the request.
Defaults make the common case two clicks: consent granted today, on WhatsApp."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

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
        # The locale's short format has a two-digit year; evidence dates want all four.
        date_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in date_format:
            date_format = date_format.replace("yy", "yyyy")
        self.ui.date_edit.setDisplayFormat(date_format)
        today = ctx.now().astimezone().date()  # the context's clock, in local time
        self.today = QDate(today.year, today.month, today.day)
        self.ui.date_edit.setDate(self.today)
        self.ui.date_edit.setMaximumDate(self.today)
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

    def values(self) -> dict:
        kind = self.ui.kind_combo.currentData()
        date = self.ui.date_edit.date()
        # today: the moment of recording, from the context's clock (None = now)
        when = None if date == self.today else datetime(
            date.year(), date.month(), date.day(), 12, 0)
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
        }

    def record(self) -> None:
        from contactvault.services import consent

        v = self.values()
        try:
            self.event = consent.record_event(
                self.ctx, self.e164, v["kind"], basis=v["basis"], channel=v["channel"],
                evidence=v["evidence"], occurred_at=v["occurred_at"],
                contact_id=self.contact_id, purpose=v["purpose"],
                with_notice=v["with_notice"])
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message())
            return
        self.accept()
