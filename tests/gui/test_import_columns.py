"""The import wizard's column page, in German: a customer list whose number column has
an unusual name cannot be imported until the user picks that column's field; then the
numbers are imported, and a second import maps the same way without asking."""

from __future__ import annotations

from contactvault.services import contacts
from tests.gui.conftest import wait_until

LINES = ["Firma;Ansprechpartner;Erreichbar unter;Bemerkung",
         "Bäckerei Schmidt;Anna Schmidt;0171 1000001;Stammkundin",
         "Weiß & Söhne;Jörg Weiß;040 555 0199;"]


def test_columns_page_in_german_maps_the_number_column(app, qtbot, ctx, tmp_path):
    from PySide6.QtWidgets import QWizard

    from contactvault.gui import i18n
    from contactvault.gui.wizards.import_wizard import ImportWizard

    path = tmp_path / "kundenliste.csv"
    path.write_bytes(("\r\n".join(LINES) + "\r\n").encode("cp1252"))
    i18n.install(app, "de")
    try:
        wizard = ImportWizard(ctx, [str(path)])
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        page = wizard.columns_page
        assert wizard.currentPage() is page
        assert page.title() == "Spalten"
        table = page.table
        assert [table.horizontalHeaderItem(c).text() for c in range(4)] == [
            "Firma", "Ansprechpartner", "Erreichbar unter", "Bemerkung"]
        assert [page.combos[c].currentText() for c in range(4)] == [
            "Firma", "vollständiger Name", "(nicht importiert)", "Notiz"]
        assert table.item(1, 2).text() == "0171 1000001"
        assert table.item(2, 1).text() == "Jörg Weiß"
        assert "Keine Spalte enthält Telefonnummern in kundenliste.csv" in page.status.text()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

        combo = page.combos[2]
        combo.setCurrentIndex(combo.findText("Telefonnummer"))
        assert "Jede Tabelle hat eine Spalte mit Telefonnummern." in page.status.text()
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.next()
        wait_until(qtbot, lambda: wizard.report is not None)
        assert wizard.report.imported == 2 and not wizard.report.issues[1:]
        wizard.close()

        numbers = {c.display_name(): [p.e164 for p in c.phones]
                   for c in contacts.list_contacts(ctx, "")}
        assert numbers["Jörg Weiß"] == ["+49405550199"]

        again = ImportWizard(ctx, [str(path)])  # the same file: mapped as before
        qtbot.addWidget(again)
        again.show()
        again.next()
        assert again.columns_page.combos[2].currentText() == "Telefonnummer"
        assert again.button(QWizard.WizardButton.NextButton).isEnabled()
        again.close()
    finally:
        i18n.install(app, "en")


def test_an_exporters_csv_shows_its_columns_and_can_be_imported(app, qtbot, ctx, tmp_path):
    from PySide6.QtWidgets import QWizard

    from contactvault.gui.wizards.import_wizard import ImportWizard

    path = tmp_path / "google.csv"
    path.write_text("Name,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value\r\n"
                    "Anna Schmidt,Anna,Schmidt,Mobile,+49 171 1000001\r\n", encoding="utf-8")
    wizard = ImportWizard(ctx, [str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.columns_page
    assert wizard.currentPage() is page
    assert page.combos[4].currentData() == "phone"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wait_until(qtbot, lambda: wizard.report is not None)
    assert wizard.report.imported == 1
    wizard.close()
