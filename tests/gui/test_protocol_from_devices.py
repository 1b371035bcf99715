"""The protocol printed from the phone's view (not only from the wizard's last page): for
a procedure in progress and for a finished one, read back from the PDF with poppler's
pdftotext (an independent parser), the state line and the counts checked."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from contactvault import phones, timefmt
from contactvault.gui.ask import ask
from contactvault.services import procedure as proc
from tests.core.procedure_helpers import as_anna, consented_vault, make_device
from tests.gui.test_daily_flow import create_vault

DEVICE = "Baustellen-Handy"


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    text = subprocess.run([tool, str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    # Qt's PDF keeps ligatures such as "ﬀ"; a table cell may wrap a sentence
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def german_window(qapp, qtbot, tmp_path):
    """The main window in German (its documents follow the interface language)."""
    from contactvault.gui import i18n
    from contactvault.gui.windows.main_window import MainWindow

    i18n.set_chosen_language("de")
    i18n.install(qapp, "de")
    window = MainWindow(tmp_path / "vault" / "test.cvault")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.vault is not None:
        window.vault.lock()
    i18n.set_chosen_language("en")
    i18n.install(qapp, "en")


def _until_transfer(ctx, tmp_path) -> proc.TransferResult:
    """Steps 1 to 7 as the wizard records them: step 2 only confirmed (no file count),
    step 3 with one file, the transfer a real vCard export of the consented numbers."""
    consented_vault(ctx)
    make_device(ctx, DEVICE)
    anna = as_anna(ctx)
    proc.start(anna, DEVICE, starting_point="has_contacts", route="dedicated")
    proc.record_export_phone(anna, DEVICE)
    proc.record_import(anna, DEVICE, phone_count=5, imported=5, merged=0, unchanged=0,
                       skipped=0, files=1)
    proc.record_classify(anna, DEVICE)
    proc.record_clear(anna, DEVICE, whatsapp_action="not_installed",
                      phone_contacts_deleted=True, cloud_checked=True)
    proc.record_install(anna, DEVICE, app="whatsapp")
    return proc.transfer(anna, DEVICE, tmp_path / "for-the-phone.vcf")


def _show_phone(window, name=DEVICE):
    view = window.devices_view
    window.tabs.setCurrentWidget(view)
    view.reload()
    row = next(i for i in range(view.device_list.count())
               if view.device_list.item(i).text() == name)
    view.device_list.setCurrentRow(row)
    return view


def _print(qtbot, view, target: Path) -> str:
    ask.preset("save_file", str(target))
    button = view.protocol_row.protocol_button
    assert button.isEnabled() and button.isVisible()
    with qtbot.waitSignal(view.protocol_row.protocol_saved, timeout=30000) as saved:
        button.click()
    assert saved.args[0] == target, view.message_label.text()
    assert target.read_bytes().startswith(b"%PDF")
    assert "Protokoll gespeichert" in view.message_label.text()
    return pdf_text(target)


def test_protocol_of_a_run_in_progress_and_of_a_finished_one(qtbot, german_window, tmp_path):
    window = german_window
    create_vault(qtbot, window)
    ctx = window.ctx
    transfer = _until_transfer(ctx, tmp_path)
    assert transfer.count == 2  # the two business numbers with consent

    # -- in progress: step 8 not confirmed yet ---------------------------------------
    view = _show_phone(window)
    state = view.protocol_row.state_label.text()
    assert "noch nicht abgeschlossen" in state and "Schritt 8 von 8" in state, state
    text = _print(qtbot, view, tmp_path / "stand.pdf")
    assert "Stand noch nicht abgeschlossen: Schritt 8 von 8 (Abschluss) ist offen" in text
    assert "abgeschlossen am" not in text
    # the counts: what was confirmed and imported, what went to the phone
    assert "Exportdateien: 0" not in text
    assert "Bestätigt: Die Kontakte des Telefons wurden in eine Datei auf diesem " \
           "Computer exportiert." in text
    assert "1 Datei importiert." in text
    assert "Das Telefon zeigte 5 Kontakte." in text
    assert "Geschäftlich: 4, privat: 1, noch nicht eingeordnet: 0." in text
    assert "2 Rufnummern mit Einwilligung übergeben (vCard-Datei)." in text
    assert f"Rufnummern 2 Prüfsumme der Datei (SHA-256) {transfer.sha256[:20]}" in text
    assert "Tischlerei" in text and "company.name" not in text
    assert phones.display("+491511234567") in text  # the phone's own number, grouped

    # -- finished: "Abschließen" confirmed -------------------------------------------
    proc.record_done(as_anna(ctx), DEVICE, imported_on_phone=True, phone_count_after=2)
    view = _show_phone(window)
    state = view.protocol_row.state_label.text()
    assert "abgeschlossen am" in state and "von anna" in state, state
    text = _print(qtbot, view, tmp_path / "abgeschlossen.pdf")
    assert "noch nicht abgeschlossen" not in text
    done = proc.status(ctx, DEVICE).latest(proc.Step.DONE)
    assert (f"Stand abgeschlossen am {timefmt.format_stamp(done.recorded_at, 'de')} von anna"
            in text), text[:1500]
    assert "Das Telefon zeigt 2 Kontakte; übergeben: 2." in text
    assert "2 Rufnummern mit Einwilligung übergeben (vCard-Datei)." in text


def test_a_phone_without_a_procedure_offers_no_protocol(qtbot, german_window):
    window = german_window
    create_vault(qtbot, window)
    make_device(window.ctx, "Ersatz-Handy")
    view = _show_phone(window, "Ersatz-Handy")
    assert not view.protocol_row.protocol_button.isEnabled()
    assert "noch nicht begonnen" in view.protocol_row.state_label.text()


def test_missing_company_details_are_asked_for_in_a_form(qtbot, german_window, tmp_path):
    """No company name yet: printing opens the company form (the details in words, no
    settings key); closing it writes nothing, filling it in writes the protocol with them."""
    window = german_window
    create_vault(qtbot, window)
    ctx = window.ctx
    make_device(ctx, DEVICE)
    proc.start(as_anna(ctx), DEVICE, starting_point="new_phone", route="dedicated")
    view = _show_phone(window)
    assert "Schritt 2 von 8" in view.protocol_row.state_label.text()
    seen = {}

    def look_and_close(dialog):
        seen["title"] = dialog.windowTitle()
        seen["intro"] = dialog.ui.intro_label.text()
        seen["bold"] = dialog.ui.name_label.font().bold()
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
        seen["refused"] = dialog.ui.message_label.text()  # saved nothing: the name is empty
        dialog.reject()

    ask.preset("dialog", look_and_close)
    with qtbot.waitSignal(view.protocol_row.protocol_saved, timeout=5000) as stopped:
        view.protocol_row.protocol_button.click()
    assert stopped.args[0] is None
    assert seen["title"] == "Ihr Betrieb" and seen["bold"]
    assert "Für das Protokoll fehlen noch diese Angaben: Firmenname." in seen["intro"]
    assert seen["refused"] == "Bitte tragen Sie ein: Firmenname."
    assert "company." not in seen["intro"] + seen["refused"]
    assert not list(tmp_path.glob("*.pdf"))

    def fill(dialog):
        dialog.ui.name_edit.setText("Dachdeckerei Zimmermann")
        dialog.ui.responsible_edit.setText("Klaus Zimmermann")
        dialog.ui.no_dpo_box.setChecked(True)
        assert not dialog.ui.dpo_name_edit.isEnabled()
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    ask.preset("dialog", fill)
    text = _print(qtbot, view, tmp_path / "mit-firma.pdf")
    assert "Unternehmen Dachdeckerei Zimmermann" in text
    assert "Verantwortlich im Betrieb Klaus Zimmermann" in text
    assert "nicht angegeben" not in text
    assert "Stand noch nicht abgeschlossen: Schritt 2 von 8" in text
    from contactvault.services import company

    assert company.details(ctx)["dpo.none"] is True
    assert company.missing(ctx, company.PROTOCOL) == []
    # the next protocol goes straight to the file: nothing is missing any more
    ask.preset("dialog", lambda dialog: pytest.fail("the form opened again"))
    _print(qtbot, view, tmp_path / "noch-einmal.pdf")
    ask.reset(scripted=True)


def test_the_wizard_asks_for_the_company_too(qtbot, german_window, tmp_path):
    from contactvault.gui.procedure.wizard import PAGE_IDS, ProcedureWizard

    window = german_window
    create_vault(qtbot, window)
    ctx = window.ctx
    make_device(ctx, DEVICE)
    proc.start(as_anna(ctx), DEVICE, starting_point="new_phone", route="dedicated")
    wizard = ProcedureWizard(ctx, device_name=DEVICE, lang="de")
    qtbot.addWidget(wizard)
    done = wizard.page(PAGE_IDS[proc.Step.DONE])
    opened = []
    ask.preset("dialog", lambda dialog: opened.append(dialog.ui.intro_label.text()))
    done.save_protocol()  # the form closed without saving: no file dialog, no file
    assert opened and "Firmenname" in opened[0]
    assert not list(tmp_path.glob("*.pdf"))
