"""Step 4: mark private and business contacts, in bulk (ui/procedure_classify_page.ui)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem

from contactvault import errors, phones
from contactvault.gui.ask import ask
from contactvault.gui.forms.ui_procedure_classify_page import Ui_ProcedureClassifyPage
from contactvault.gui.procedure.step_page import ProcedureStepPage, arg
from contactvault.gui.widgets.message import show_message
from contactvault.i18n import translate
from contactvault.model import CATEGORY_LABELS, Category
from contactvault.procedure.steps import Step
from contactvault.services import contacts
from contactvault.services import procedure as proc


class ProcedureClassifyPage(ProcedureStepPage):
    step = Step.CLASSIFY
    body_form = Ui_ProcedureClassifyPage
    body_stretch = 4

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        ui = self.ui
        header = ui.contacts_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for category in Category:
            ui.category_combo.addItem(translate("Category", CATEGORY_LABELS[category]),
                                      category.value)
        ui.select_unclassified_button.clicked.connect(self.select_unclassified)
        ui.apply_button.clicked.connect(self.apply_category)
        self.unclassified = 0

    def prepare(self) -> None:
        self.load()

    def load(self) -> None:
        try:
            found = contacts.list_contacts(self.wiz.ctx)
        except errors.ContactVaultError as exc:
            self.fail(exc)
            return
        table = self.ui.contacts_table
        table.setRowCount(len(found))
        for row, contact in enumerate(found):
            name = QTableWidgetItem(contact.display_name())
            name.setData(Qt.ItemDataRole.UserRole, contact.id)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(
                ", ".join(phones.display(p.e164) if p.e164 else p.raw
                          for p in contact.phones)))
            item = QTableWidgetItem(translate("Category", CATEGORY_LABELS[contact.category]))
            item.setData(Qt.ItemDataRole.UserRole, contact.category.value)
            table.setItem(row, 2, item)
        unknown = sum(1 for c in found if c.category is Category.UNKNOWN)
        self.ui.count_label.setText(arg(self.tr(
            "%n of %1 contact(s) not yet classified.", "", unknown), len(found)))
        self.unclassified = unknown

    def select_unclassified(self) -> None:
        table = self.ui.contacts_table
        table.clearSelection()
        mode = table.selectionMode()
        table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(table.rowCount()):
            if table.item(row, 2).data(Qt.ItemDataRole.UserRole) == Category.UNKNOWN.value:
                table.selectRow(row)
        table.setSelectionMode(mode)

    def selected_ids(self) -> list[int]:
        table = self.ui.contacts_table
        rows = sorted({index.row() for index in table.selectedIndexes()})
        return [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def apply_category(self) -> None:
        ids = self.selected_ids()
        if not ids:
            show_message(self.frame.message, self.tr("Select contacts first."), "warning")
            return
        try:
            contacts.set_category(self.wiz.ctx, ids, self.ui.category_combo.currentData())
        except errors.ContactVaultError as exc:
            self.fail(exc)
            return
        show_message(self.frame.message, "")
        self.load()
        self.wiz.vault_changed.emit()

    def commit(self) -> None:
        unclassified = self.unclassified
        if unclassified and not ask.confirm(
                self, self.tr("Unclassified contacts"),
                self.tr("%n contact(s) are not classified yet. They stay in the vault; only "
                        "numbers with consent ever go to the phone. Continue?", "",
                        unclassified)):
            raise errors.Cancelled()
        proc.record_classify(self.wiz.ctx, self.wiz.device_name)
