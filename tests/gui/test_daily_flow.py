"""The daily flow through the real widgets: create a vault, import, filter, open a
contact, record consent, copy the notice, export for the WhatsApp phone, lock, unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from contactvault.gui.ask import ask
from contactvault.services import audit_ops
from tests.core.consent_helpers import COMPANY
from tests.gui.conftest import PASSPHRASE, type_text

DATA = Path(__file__).parent / "data"


def run_modal(qtbot, trigger, handler):
    """Trigger something that opens a modal dialog; ``handler(dialog)`` answers it."""
    done = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        try:
            handler(dialog)
        finally:
            done.append(True)

    QTimer.singleShot(0, answer)
    trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)


def create_vault(qtbot, window):
    def fill(dialog):
        type_text(qtbot, dialog.ui.passphrase_edit, PASSPHRASE)
        type_text(qtbot, dialog.ui.repeat_edit, PASSPHRASE)
        assert dialog.ui.strength_label.text()
        ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert window.unlock_view.ui.create_button.isVisible()
    run_modal(qtbot, lambda: qtbot.mouseClick(window.unlock_view.ui.create_button,
                                              Qt.MouseButton.LeftButton), fill)
    assert window.unlocked


def import_files(qtbot, window, files):
    ask.preset("open_files", [str(f) for f in files])
    window.import_action.trigger()
    wizard = window._wizard
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.files_page.add_button, Qt.MouseButton.LeftButton)
    assert wizard.files_page.file_list.count() == len(files)
    with qtbot.waitSignal(wizard.imported, timeout=30000) as blocker:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    return blocker.args[0]


def test_daily_flow(qtbot, window, corpus, tmp_path):
    create_vault(qtbot, window)
    view = window.contacts_view
    assert view.model.rowCount() == 0
    from contactvault.services import preferences

    preferences.save_settings(window.ctx, COMPANY)  # the notice needs the business's details

    report = import_files(qtbot, window, [corpus / "ios" / "John_Doe_IPHONE.vcf",
                                          DATA / "kunden.vcf"])
    assert report.imported >= 4
    qtbot.waitUntil(lambda: view.model.rowCount() == report.imported)
    qtbot.waitUntil(lambda: view.model._statuses is not None)

    # Ctrl+F, then type with umlauts: the filter narrows to Jürgen Müller
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_edit.hasFocus()
    type_text(qtbot, view.filter_edit, "mül")
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 0)) == "Jürgen Müller"
    # digits find the number in any notation
    view.filter_edit.clear()
    type_text(qtbot, view.filter_edit, "0151 234")
    assert view.model.rowCount() == 1

    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Return)  # to the table, first row selected
    detail = view.detail
    qtbot.waitUntil(lambda: detail.contact is not None)
    assert detail.name_label.text() == "Jürgen Müller"
    assert detail.current_e164() == "+4915123456789"
    assert view.model.data(view.model.index(0, 4)) == "no consent"

    # the notice first: copied (concealed from clipboard managers), recorded once the
    # person says it was sent
    def sent(dialog):
        mime = QGuiApplication.clipboard().mimeData()
        assert mime.data("x-kde-passwordManagerHint").data() == b"secret"
        assert QGuiApplication.clipboard().text() == dialog.ui.text_view.toPlainText()
        assert detail.numbers_tree.topLevelItem(0).childCount() == 0  # not yet
        dialog.press_sent()

    run_modal(qtbot, detail.notice_button.click, sent)
    assert len(QGuiApplication.clipboard().text()) > 100
    assert detail.numbers_tree.topLevelItem(0).childCount() == 1

    # then the customer's yes: two clicks (button, then Record); informed, so it counts
    def record(dialog):
        assert dialog.ui.kind_combo.currentData() == "granted"
        type_text(qtbot, dialog.ui.evidence_edit, "Ja per WhatsApp")
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    run_modal(qtbot, detail.consent_button.click, record)
    assert view.model.data(view.model.index(0, 4)) == "allowed"
    top = detail.numbers_tree.topLevelItem(0)
    assert top.childCount() == 2 and any(
        "Ja per WhatsApp" in top.child(k).text(2) for k in range(2))

    # bulk category change for two contacts
    view.filter_edit.clear()
    view.table.selectAll()
    qtbot.waitUntil(lambda: detail.stack.currentIndex() == 2)
    detail.bulk_combo.setCurrentIndex(detail.bulk_combo.findData("customer"))
    detail.bulk_button.click()
    assert {view.model.data(view.model.index(r, 2)) for r in range(view.model.rowCount())} \
        == {"customer"}

    # export for a new WhatsApp phone
    target = tmp_path / "out" / "whatsapp.vcf"
    target.parent.mkdir()
    window.export_action.trigger()
    wizard = window._wizard
    qtbot.waitExposed(wizard)
    ask.preset("text", "Werkstatt-Handy")
    wizard.device_page.new_button.click()
    assert wizard.device_page.device_combo.currentData() == "Werkstatt-Handy"
    assert wizard.device_page.full_radio.isChecked()
    with qtbot.waitSignal(wizard.planned, timeout=15000):  # planned on a worker
        wizard.next()
    assert wizard.currentPage() is wizard.review_page
    assert wizard.review_page.included.topLevelItemCount() == 1
    assert wizard.review_page.excluded.topLevelItemCount() >= 3
    wizard.next()
    assert "NOT encrypted" in wizard.write_page.warning.text()
    wizard.write_page.path_edit.setText(str(target))
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    head = audit_ops.head(window.ctx)
    assert f"Audit trail with this export recorded: {head}" in wizard.done_page.summary.text()
    text = target.read_text(encoding="utf-8")
    assert "+4915123456789" in text and "Schmidt" not in text
    wizard.button(QWizard.WizardButton.FinishButton).click()
    window.tabs.setCurrentWidget(window.devices_view)
    assert window.devices_view.on_phone_tree.topLevelItemCount() == 1
    assert window.devices_view.history_tree.topLevelItemCount() == 1

    # lock: contact data gone from the models, the clipboard cleared
    window.tabs.setCurrentWidget(view)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.unlocked
    assert view.model.rowCount() == 0 and view.model.total() == 0
    assert detail.contact is None
    assert QGuiApplication.clipboard().text() == ""
    assert window.stack.currentWidget() is window.unlock_view

    # unlock restores the view
    type_text(qtbot, window.unlock_view.ui.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(window.unlock_view.ui.passphrase_edit, Qt.Key.Key_Return)
    assert window.unlocked
    assert view.model.rowCount() == report.imported


def test_add_and_edit_contact_by_hand(qtbot, window):
    create_vault(qtbot, window)

    def fill(dialog):
        dialog.ui.given_edit.setText("Hanna")
        dialog.ui.family_edit.setText("Groß")
        dialog.ui.numbers_edit.setPlainText("0171 1234567")
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    run_modal(qtbot, window.add_action.trigger, fill)
    view = window.contacts_view
    assert view.model.rowCount() == 1
    qtbot.waitUntil(lambda: view.detail.contact is not None)
    assert view.detail.name_label.text() == "Hanna Groß"

    def edit(dialog):
        dialog.ui.organisation_edit.setText("Dachdeckerei Groß")
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    run_modal(qtbot, window.edit_action.trigger, edit)
    assert view.model.data(view.model.index(0, 1)) == "Dachdeckerei Groß"
    assert "Dachdeckerei" in view.detail.sub_label.text()


def test_idle_lock_closes_dialogs_and_drops_data(qtbot, window):
    create_vault(qtbot, window)
    window.idle.set_minutes(0.001)  # 60 ms
    with qtbot.waitSignal(window.vault_locked, timeout=3000):
        pass
    assert window.contacts_view.model.total() == 0
    assert window.vault is None


@pytest.mark.parametrize("language", ["de"])
def test_german_ui(qtbot, app, tmp_path, language):
    from contactvault.gui import i18n
    from contactvault.gui.windows.main_window import MainWindow

    i18n.install(app, language)
    try:
        w = MainWindow(tmp_path / "x.cvault")
        qtbot.addWidget(w)
        assert w.unlock_view.ui.create_button.text() == "&Neuen Tresor anlegen…"
        assert w.import_action.text() == "&Importieren…"
    finally:
        i18n.install(app, "en")
