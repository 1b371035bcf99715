"""Changing contacts from the contacts page: add one by hand, edit one, set the category
of one or many; then refresh their rows in the table and the detail pane."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from contactvault import errors
from contactvault.gui.ask import ask


class ContactActions(QObject):
    status_message = Signal(str, int)  # text, milliseconds (for the status bar)

    def __init__(self, contacts_view, current_context: Callable[[], object]) -> None:
        """``contacts_view``: the ContactsView (table and detail pane);
        ``current_context``: the unlocked vault's context at the moment of the action
        (None when locked)."""
        super().__init__(contacts_view)
        self.view = contacts_view
        self.current_context = current_context

    def refresh(self, ids: list[int]) -> None:
        """Re-read these contacts' rows into the table."""
        from contactvault.services import contacts

        ctx = self.current_context()
        if ids and ctx is not None:
            self.view.model.replace_rows(contacts.contact_table(ctx, ids=ids))

    def add(self) -> bool:
        """The add dialog; a new contact is shown selected. True when one was added."""
        from contactvault.gui.dialogs.contact_edit_dialog import ContactEditDialog

        ctx = self.current_context()
        if ctx is None:
            return False
        dialog = ContactEditDialog(ctx, None, self.view.window())
        if not ask.run_dialog(dialog) or not dialog.result_contact:
            return False
        cid = dialog.result_contact.id
        self.refresh([cid])
        self.view.select_contact(cid)
        return True

    def edit(self) -> None:
        """The edit dialog for the contact in the detail pane."""
        from contactvault.gui.dialogs.contact_edit_dialog import ContactEditDialog

        ctx, detail = self.current_context(), self.view.detail
        if ctx is None or detail.contact is None:
            return
        dialog = ContactEditDialog(ctx, detail.contact, self.view.window())
        if ask.run_dialog(dialog) and dialog.result_contact:
            cid = dialog.result_contact.id
            self.refresh([cid])
            detail.show_contact(cid)

    def set_category(self, ids: list[int], category: str) -> None:
        from contactvault.services import contacts

        ctx = self.current_context()
        if ctx is None or not ids:
            return
        try:
            changed = contacts.set_category(ctx, ids, category)
        except errors.ContactVaultError as exc:
            ask.warn(self.view, self.tr("Category"), exc.message())
            return
        self.refresh(ids)
        if len(ids) == 1:
            self.view.detail.show_contact(ids[0], keep_message=True)
            self.view.detail.show_info(self.tr("Category changed."))
        self.status_message.emit(self.tr("Category changed for %n contact(s).", "", changed),
                                 5000)
