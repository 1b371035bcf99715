"""Edit a contact's basic fields, or add a contact by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from contactvault import errors
from contactvault.consent import notices
from contactvault.gui.erased_question import confirm_adding_again
from contactvault.gui.forms.ui_contact_edit_dialog import Ui_ContactEditDialog
from contactvault.gui.widgets.detail_pane import category_combo
from contactvault.gui.widgets.message import show_message
from contactvault.model import Contact


class ContactEditDialog(QDialog):
    def __init__(self, ctx, contact: Contact | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactEditDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.contact = contact
        self.result_contact: Contact | None = None
        # the category combo from the form is replaced by the shared one
        combo = category_combo(self)
        combo.setObjectName("category_combo")
        combo.setAccessibleName(self.ui.category_combo.accessibleName())
        self.ui.form_layout.replaceWidget(self.ui.category_combo, combo)
        self.ui.category_combo.hide()  # deleted later; until then it would show at 0,0
        self.ui.category_combo.deleteLater()
        self.ui.category_combo = combo
        self.ui.category_label.setBuddy(combo)
        names = {"de": self.tr("German"), "en": self.tr("English")}
        for code in notices.LANGUAGES:  # the languages a notice can be sent in
            self.ui.language_combo.addItem(names.get(code, code), code)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        show_message(self.ui.message_label, "")
        if contact is None:
            self.setWindowTitle(self.tr("Add a contact"))
            combo.setCurrentIndex(combo.findData("customer"))
        else:
            self.setWindowTitle(self.tr("Edit contact"))
            self.ui.formatted_edit.setText(contact.formatted_name)
            self.ui.given_edit.setText(contact.name.given)
            self.ui.family_edit.setText(contact.name.family)
            self.ui.organisation_edit.setText(contact.organisation)
            self.ui.title_edit.setText(contact.title)
            self.ui.language_combo.setCurrentIndex(
                max(self.ui.language_combo.findData(contact.language), 0))
            combo.setCurrentIndex(combo.findData(contact.category.value))
            # numbers, category are changed elsewhere (consent is per number)
            for w in (self.ui.numbers_edit, self.ui.numbers_label):
                w.hide()
            for w in (combo, self.ui.category_label):
                w.hide()
        self.ui.formatted_edit.setFocus()

    def save(self) -> None:
        from contactvault.services import contacts

        formatted = self.ui.formatted_edit.text().strip()
        given = self.ui.given_edit.text().strip()
        family = self.ui.family_edit.text().strip()
        organisation = self.ui.organisation_edit.text().strip()
        try:
            if self.contact is None:
                numbers = [n.strip() for n in self.ui.numbers_edit.toPlainText().splitlines()
                           if n.strip()]
                typed = dict(formatted_name=formatted, given=given, family=family,
                             organisation=organisation, numbers=numbers,
                             category=self.ui.category_combo.currentData())
                try:
                    contact = contacts.add_contact(self.ctx, **typed)
                except errors.NumberErased as erased:
                    if not confirm_adding_again(self, erased):
                        return
                    contact = contacts.add_contact(self.ctx, allow_erased=True, **typed)
                extra = {}
                if self.ui.title_edit.text().strip():
                    extra["title"] = self.ui.title_edit.text().strip()
                if self.ui.language_combo.currentData() != contact.language:
                    extra["language"] = self.ui.language_combo.currentData()
                if extra:
                    contact = contacts.edit_contact(self.ctx, contact.id, **extra)
            else:
                fields = {
                    "formatted_name": formatted, "n_given": given, "n_family": family,
                    "organisation": organisation, "title": self.ui.title_edit.text().strip(),
                    "language": self.ui.language_combo.currentData(),
                }
                old = {
                    "formatted_name": self.contact.formatted_name,
                    "n_given": self.contact.name.given, "n_family": self.contact.name.family,
                    "organisation": self.contact.organisation, "title": self.contact.title,
                    "language": self.contact.language,
                }
                changed = {k: v for k, v in fields.items() if old[k] != v}
                if not (formatted or given or family or organisation):
                    show_message(self.ui.message_label,
                                 self.tr("A contact needs a name or an organisation."))
                    return
                contact = contacts.edit_contact(self.ctx, self.contact.id, **changed) \
                    if changed else self.contact
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message())
            return
        self.result_contact = contact
        self.accept()
