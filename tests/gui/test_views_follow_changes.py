"""Views refresh after every change a wizard makes: categories set in the procedure show
in the contacts table at once, an export made meanwhile shows on the phones page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from contactvault.gui.models.contacts_model import CATEGORY
from contactvault.gui.procedure.wizard import ProcedureWizard
from contactvault.services import devices
from tests.gui.test_daily_flow import create_vault, import_files


def _categories(window) -> set[str]:
    model = window.contacts_view.model
    return {model.index(r, CATEGORY).data(Qt.ItemDataRole.DisplayRole)
            for r in range(model.rowCount())}


def _phones(window) -> list[str]:
    listed = window.devices_view.device_list
    return [listed.item(i).text() for i in range(listed.count())]


def test_the_procedure_changes_show_in_the_table_and_the_phones_page(qtbot, window, corpus):
    create_vault(qtbot, window)
    import_files(qtbot, window, [corpus / "android" / "John_Doe_ANDROID.vcf"])
    qtbot.waitUntil(lambda: window.contacts_view.model.total() > 0)
    assert _categories(window) == {"unknown"}

    window.procedure_action.trigger()
    wizard = next(w for w in window.findChildren(ProcedureWizard) if w.isVisible())
    classify = next(wizard.page(i) for i in wizard.pageIds()
                    if type(wizard.page(i)).__name__ == "ProcedureClassifyPage")
    classify.load()
    classify.ui.contacts_table.selectAll()
    combo = classify.ui.category_combo
    combo.setCurrentIndex(combo.findData("customer"))
    with qtbot.waitSignal(wizard.vault_changed, timeout=5000):
        classify.apply_category()
    qtbot.waitUntil(lambda: _categories(window) == {"customer"}, timeout=15000)

    window.tabs.setCurrentWidget(window.devices_view)
    assert "Werkstatt" not in _phones(window)
    devices.add_device(window.ctx, "Werkstatt")  # as the profile page does
    wizard.vault_changed.emit()
    qtbot.waitUntil(lambda: "Werkstatt" in _phones(window), timeout=5000)
    wizard.close()


def test_a_filter_that_hides_the_shown_contact_empties_the_pane(qtbot, window):
    from contactvault.services import contacts, vaults
    from tests.gui.conftest import PASSPHRASE, type_text

    vault = vaults.create_vault(window.vault_path, PASSPHRASE)
    window.on_unlocked(vault)
    anna = contacts.add_contact(window.ctx, formatted_name="Anna Adler",
                                numbers=["0171 1000001"])
    contacts.add_contact(window.ctx, formatted_name="Bernd Bäcker", numbers=["0171 1000002"])
    view = window.contacts_view
    window.refresh_views()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not view.model.filter_waiting
                    and view.model.index_ready, timeout=15000)
    view.select_contact(anna.id)
    qtbot.waitUntil(lambda: view.detail.contact is not None
                    and view.detail.contact.id == anna.id)
    type_text(qtbot, view.filter_edit, "bäcker")
    assert view.model.rowCount() == 1
    qtbot.waitUntil(lambda: view.detail.contact is None)
    view.filter_edit.clear()  # Anna is listed again, and nothing is shown until chosen
    assert view.model.rowCount() == 2 and view.detail.contact is None
