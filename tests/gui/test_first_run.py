"""A first run that leads: no vault → only "create"; an empty vault → what the app is
for and the two ways to begin; the window title names the vault once."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from tests.gui.test_daily_flow import create_vault, import_files


def test_no_vault_yet_offers_only_to_create_one(qtbot, window):
    ui = window.unlock_view.ui
    assert ui.create_button.isVisible() and ui.create_button.isDefault()
    for hidden in (ui.passphrase_edit, ui.passphrase_label, ui.unlock_button,
                   ui.remember_check):
        assert not hidden.isVisible()
    assert window.windowTitle() == ""  # Qt shows the application's name alone


def test_an_empty_vault_welcomes_and_leads_to_the_procedure_or_the_import(
        qtbot, window, corpus):
    create_vault(qtbot, window)
    view = window.contacts_view
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.welcome)
    assert view.welcome.isVisible() and not view.table.isVisible()
    assert window.windowTitle() == "test.cvault"

    view.welcome.procedure_button.click()

    def open_wizards():
        return [w for w in window.findChildren(QWizard) if w.isVisible()]

    qtbot.waitUntil(lambda: bool(open_wizards()))  # the procedure opens from the welcome
    for wizard in open_wizards():
        wizard.reject()

    import_files(qtbot, window, [corpus / "android" / "John_Doe_ANDROID.vcf"])
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.splitter)
    assert view.table.isVisible() and view.model.total() > 0


def test_the_welcome_speaks_german(qtbot, app, tmp_path):
    from contactvault.gui import i18n
    from contactvault.gui.widgets.welcome_panel import WelcomePanel

    i18n.install(app, "de")
    try:
        panel = WelcomePanel()
        qtbot.addWidget(panel)
        assert panel.procedure_button.text() == "WhatsApp-Telefon &einrichten (empfohlen)"
        assert panel.import_button.text() == "Kontakte &importieren"
    finally:
        i18n.install(app, "en")
