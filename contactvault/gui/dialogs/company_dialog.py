"""The business's details, asked for when a document needs them (ui/company_dialog.ui).

Opened by ``ensure_company_details`` before the protocol, the information notice, a
revocation confirmation or a data-protection document is produced, whenever a detail
that document needs is still empty: the person fills in a form with the details in
words instead of meeting a settings key. A business without a data-protection officer
ticks "No data-protection officer appointed"; the documents then name none. Stored
through ``services.company`` (the settings, checked and audited); no SQL here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from contactvault import errors
from contactvault.gui.ask import ask
from contactvault.gui.forms.ui_company_dialog import Ui_CompanyDialog
from contactvault.gui.widgets.message import show_message
from contactvault.i18n import translate
from contactvault.services import company


class CompanyDialog(QDialog):
    """``document``: what is about to be written (``services.company.PROTOCOL`` …), or
    "" when opened on its own; the fields it needs are marked and must be filled."""

    def __init__(self, ctx, document: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document = document
        self.ui = Ui_CompanyDialog()
        self.ui.setupUi(self)
        self.setObjectName("company_dialog")
        self.edits = {
            "company.name": self.ui.name_edit,
            "company.address": self.ui.address_edit,
            "company.responsible": self.ui.responsible_edit,
            "company.contact": self.ui.contact_edit,
            "company.privacy_url": self.ui.privacy_url_edit,
            "dpo.name": self.ui.dpo_name_edit,
            "dpo.contact": self.ui.dpo_contact_edit,
        }
        self.labels: dict[str, QLabel] = {
            "company.name": self.ui.name_label,
            "company.address": self.ui.address_label,
            "company.responsible": self.ui.responsible_label,
            "company.contact": self.ui.contact_label,
            "company.privacy_url": self.ui.privacy_url_label,
            "dpo.name": self.ui.dpo_name_label,
            "dpo.contact": self.ui.dpo_contact_label,
        }
        values = company.details(ctx)
        for key, edit in self.edits.items():
            edit.setText(str(values.get(key) or ""))
            edit.textChanged.connect(lambda _text: show_message(self.ui.message_label, ""))
        self.ui.no_dpo_box.setChecked(bool(values.get("dpo.none")))
        self.ui.no_dpo_box.toggled.connect(self._dpo_toggled)
        self._dpo_toggled(self.ui.no_dpo_box.isChecked())
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save and continue") if document else self.tr("&Save"))
        save.setDefault(True)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        show_message(self.ui.message_label, "")
        self.explain()

    def explain(self) -> None:
        """The line at the top: what the document still lacks, those fields in bold."""
        if not self.document:
            self.ui.intro_label.setText(self.tr(
                "Your business's details, as the protocol, the information notice and the "
                "data-protection documents name them. They are kept in the vault."))
            return
        missing = self.missing()
        what = translate("Company", company.DOCUMENTS[self.document])
        self.ui.intro_label.setText(self.tr(
            "For %1, these details are still missing: %2. They are kept in the vault and "
            "used in every document.").replace("%1", what).replace(
            "%2", ", ".join(company.label(k) for k in missing)))
        for key in missing:
            label = self.labels.get(key)
            if label is not None:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
        if missing and missing[0] in self.edits:
            self.edits[missing[0]].setFocus()

    def _dpo_toggled(self, none: bool) -> None:
        for key in company.DPO_FIELDS:
            self.edits[key].setEnabled(not none)
            self.labels[key].setEnabled(not none)

    def values(self) -> dict:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        values["dpo.none"] = self.ui.no_dpo_box.isChecked()
        return values

    def missing(self) -> list[str]:
        """What the document still lacks, as the form is filled in now."""
        if not self.document:
            return []
        values = self.values()
        return [k for k in company.needed(self.document, values)
                if k in self.edits and not values.get(k)]

    def save(self) -> None:
        missing = self.missing()
        if missing:
            show_message(self.ui.message_label, self.tr("Please fill in: %1.").replace(
                "%1", ", ".join(company.label(k) for k in missing)))
            self.edits[missing[0]].setFocus()
            return
        try:
            company.save(self.ctx, self.values())
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message())
            return
        self.accept()


def ensure_company_details(parent: QWidget | None, ctx, document: str) -> bool:
    """True when ``document`` can be written: the details it needs are there, or the
    person filled them in just now; False when they closed the form."""
    try:
        if not _in_form(company.missing(ctx, document)):
            return True
    except errors.ContactVaultError:
        return True  # the document's own writing reports the problem in its words
    if not ask.run_dialog(CompanyDialog(ctx, document, parent)):
        return False
    return not _in_form(company.missing(ctx, document))


def _in_form(keys: list[str]) -> list[str]:
    """The missing details this form asks for (a policy setting such as the answer
    period is the settings dialog's, and the document reports it itself)."""
    return [k for k in keys if k in company.FIELDS]
