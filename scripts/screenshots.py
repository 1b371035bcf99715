"""Render the main window and every dialog and wizard page to PNG, in German and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
        [--only procedure_]     # write only the pictures whose names start so

Uses a throw-away vault with invented demo contacts (nothing real), the real widgets and
the real translations. Look at the pictures after changing the UI.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
PASSPHRASE = "demo passphrase for screenshots"

DEMO = [
    # formatted name, organisation, numbers, category
    ("Jürgen Müller", "Sanitär Müller GmbH", ["0151 23456789"], "customer"),
    ("Özlem Yılmaz", "", ["+49 171 9876543", "030 1234567"], "customer"),
    ("Anna Schmidt", "Praxis Dr. Schmidt", ["0160 5551234"], "customer"),
    ("Bernd Becker", "Elektro Becker KG", ["0176 11122233"], "supplier"),
    ("Petra Weiß", "", ["0152 3334445"], "employee"),
    ("Klaus Zimmermann", "Dachdeckerei Zimmermann", ["0621 123456"], "customer"),
    ("Sabine Hoffmann", "", ["0170 7654321"], "private"),
    ("Émile Dubois", "Boulangerie Dubois", ["+33 6 12 34 56 78"], "partner"),
    ("Hans Groß", "", ["01234"], "unknown"),
    ("Lena Krüger", "Steuerbüro Krüger & Partner", ["0157 99887766"], "customer"),
    ("Maria Müller", "", ["0151 23456789"], "customer"),  # shares Jürgen's number
]


def demo_vault(path: Path):
    from datetime import datetime, timedelta

    from contactvault.context import Context
    from contactvault.services import consent, contacts, devices, exporting, preferences, vaults

    vault = vaults.create_vault(path, PASSPHRASE)
    ctx = Context(vault)
    preferences.save_settings(ctx, {
        "company.name": "Sanitär König KG",
        "company.address": "Rohrweg 5, 68159 Mannheim",
        "company.contact": "0621 555 0100, datenschutz@koenig.example",
        "dpo.name": "Dr. Dora Datenschutz",
        "dpo.contact": "dsb@koenig.example",
        "company.privacy_url": "https://koenig.example/datenschutz"})
    ids = {}
    for name, org, numbers, category in DEMO:
        c = contacts.add_contact(ctx, formatted_name=name, organisation=org, numbers=numbers,
                                 category=category)
        ids[name] = c
    now = datetime.now()
    from contactvault.services.evidence import Attachment

    consent.mark_notice_sent(ctx, "0151 23456789", "de", occurred_at=now - timedelta(days=21))
    consent.record_event(ctx, "0151 23456789", "granted", basis="consent", channel="whatsapp",
                         evidence="Hat auf WhatsApp mit „Ja“ geantwortet",
                         occurred_at=now - timedelta(days=20),
                         contact_id=ids["Jürgen Müller"].id,
                         evidence_files=[Attachment("WhatsApp Chat Müller.png",
                                                    bytes(range(256)) * 180)])
    consent.record_event(ctx, "+49 171 9876543", "implied", channel="whatsapp",
                         occurred_at=now - timedelta(days=3))
    consent.record_event(ctx, "0160 5551234", "granted", basis="consent", channel="paper",
                         evidence="Formular vom Praxisbesuch", occurred_at=now - timedelta(days=40),
                         with_notice=True)
    consent.record_event(ctx, "0176 11122233", "requested", channel="email",
                         occurred_at=now - timedelta(days=2))
    consent.record_event(ctx, "0152 3334445", "granted", basis="employee_business_number",
                         channel="in_person", occurred_at=now - timedelta(days=90))
    consent.record_event(ctx, "0157 99887766", "granted", basis="consent", channel="web_form",
                         occurred_at=now - timedelta(days=10))
    devices.add_device(ctx, "Werkstatt-Handy")
    plan = exporting.plan_export(ctx, "Werkstatt-Handy")
    exporting.write_export(ctx, plan, path.parent / "first-export.vcf")
    consent.record_event(ctx, "0621 123456", "granted", basis="contract", channel="paper",
                         evidence="Auftragsbestätigung unterschrieben")
    consent.record_event(ctx, "0157 99887766", "revoked", channel="phone",
                         evidence="Anruf: möchte keine WhatsApp mehr")
    # consent given after the first export: the export wizard has a number to add
    consent.record_event(ctx, "0176 11122233", "granted", basis="consent", channel="paper",
                         evidence="Formular mit Hinweis unterschrieben", with_notice=True)
    return vault, ids


ONLY = [""]  # name prefixes to write (--only); everything by default


def grab(widget, target: Path, *, settle: bool = True) -> None:
    """``settle=False`` paints the widget as it is now, before queued events (a worker's
    report) are delivered: the picture of work in progress."""
    from PySide6.QtWidgets import QApplication

    widget.show()  # also when not written: the next steps may need it shown
    if not any(target.name.startswith(prefix) for prefix in ONLY):
        return
    for _ in range(3 if settle else 0):
        QApplication.processEvents()
    widget.grab().save(str(target))
    print(target.relative_to(REPO) if target.is_relative_to(REPO) else target)


def render(language: str, out: Path, work: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWizard

    from contactvault.gui import i18n
    from contactvault.gui.app import create_app
    from contactvault.gui.ask import ask
    from contactvault.gui.dialogs.consent_dialog import ConsentDialog
    from contactvault.gui.dialogs.contact_edit_dialog import ContactEditDialog
    from contactvault.gui.dialogs.create_vault_dialog import CreateVaultDialog
    from contactvault.gui.dialogs.settings_dialog import SettingsDialog
    from contactvault.gui.windows.main_window import MainWindow
    from contactvault.gui.wizards.export_wizard import ExportWizard
    from contactvault.gui.wizards.import_wizard import ImportWizard

    app = create_app()
    i18n.install(app, language)
    ask.reset(scripted=True)
    name = lambda what: out / f"{what}_{language}.png"  # noqa: E731

    # first start and locked
    fresh = MainWindow(work / f"new-{language}" / "vault.cvault")
    fresh.resize(1000, 640)
    grab(fresh, name("01_first_start"))
    dialog = CreateVaultDialog(fresh.vault_path, fresh)
    dialog.ui.passphrase_edit.setText("Sommer Regen Dachrinne")
    dialog.ui.repeat_edit.setText("Sommer Regen Dachrinne")
    grab(dialog, name("02_create_vault"))
    dialog.reject()
    from contactvault.services import vaults

    fresh.on_unlocked(vaults.create_vault(fresh.vault_path, PASSPHRASE), False)
    app.processEvents()
    grab(fresh, name("02_welcome_empty_vault"))
    fresh.vault.lock()
    fresh.close()

    vault_path = work / f"demo-{language}" / "vault.cvault"
    vault_path.parent.mkdir(parents=True)
    vault, ids = demo_vault(vault_path)
    vault.lock()
    window = MainWindow(vault_path)
    window.resize(1180, 760)
    window.show()
    window.unlock_view.check_secret_store()
    window.unlock_view.ui.passphrase_edit.setText("wrong")
    window.unlock_view.unlock_with_passphrase()
    grab(window, name("03_locked_wrong_passphrase"))
    window.unlock_view.ui.passphrase_edit.setText(PASSPHRASE)
    window.unlock_view.unlock_with_passphrase()
    app.processEvents()
    window.contacts_view.model.build_index()
    window.loader.load_statuses()
    for _ in range(200):
        app.processEvents()
        if window.contacts_view.model._statuses is not None:
            break
        import time

        time.sleep(0.01)
    window.contacts_view.select_contact(ids["Jürgen Müller"].id)
    app.processEvents()
    grab(window, name("04_main_window"))
    for action, picture in ((window.guide_action, "19_help_guide"),
                            (window.about_action, "20_help_about")):
        action.trigger()
        app.processEvents()
        grab(window._help, name(picture))
        window._help.close()
    window.contacts_view.filter_edit.setText("0171 98")
    app.processEvents()
    grab(window, name("05_filter_by_number"))
    window.contacts_view.filter_edit.clear()
    window.contacts_view.table.selectRow(0)
    window.contacts_view.table.selectRow(1)
    from PySide6.QtCore import QItemSelectionModel

    sel = window.contacts_view.table.selectionModel()
    for r in range(3):
        sel.select(window.contacts_view.model.index(r, 0),
                   QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    app.processEvents()
    app.processEvents()
    grab(window, name("06_bulk_category"))

    detail = window.contacts_view.detail
    window.contacts_view.select_contact(ids["Özlem Yılmaz"].id)
    app.processEvents()
    app.processEvents()
    consent_dialog = ConsentDialog(window.ctx, "+491719876543",
                                   ids["Özlem Yılmaz"].id, "Özlem Yılmaz", parent=window)
    grab(consent_dialog, name("07_record_consent"))
    consent_dialog.reject()
    render_consent_flow(window, ids, language, name, work)
    edit = ContactEditDialog(window.ctx, detail.contact, window)
    grab(edit, name("08_edit_contact"))
    edit.reject()
    add = ContactEditDialog(window.ctx, None, window)
    grab(add, name("09_add_contact"))
    add.reject()
    settings = SettingsDialog(window.ctx, window)
    grab(settings, name("10_settings"))
    settings.reject()
    from contactvault.gui.dialogs.company_dialog import CompanyDialog

    # the company form as a document opens it: the details it lacks in words, in bold
    company_form = CompanyDialog(window.ctx, "notice", window)
    for edit in (company_form.ui.address_edit, company_form.ui.privacy_url_edit,
                 company_form.ui.dpo_name_edit, company_form.ui.dpo_contact_edit):
        edit.clear()
    company_form.explain()
    grab(company_form, name("10b_company_details"))
    company_form.reject()
    from contactvault.gui.dialogs.audit_dialog import AuditDialog

    audit_dialog = AuditDialog(window.ctx, window)
    audit_dialog.ui.expect_edit.setText(audit_dialog.ui.head_edit.text()[:24])
    audit_dialog.check()
    wait_for(lambda: audit_dialog.worker is None)
    grab(audit_dialog, name("10_audit_check"))
    audit_dialog.reject()
    from contactvault.gui.dialogs.requests_dialog import RequestsDialog

    requests_dialog = RequestsDialog(window.ctx, ids["Özlem Yılmaz"].id, window)
    grab(requests_dialog, name("21_data_subject_requests"))
    requests_dialog.reject()

    window.tabs.setCurrentWidget(window.devices_view)
    app.processEvents()
    window.devices_view.tabs.setCurrentIndex(2)
    grab(window, name("11_whatsapp_phones"))
    window.devices_view.tabs.setCurrentIndex(1)  # the export history: each export's kind
    grab(window, name("11_whatsapp_phone_history"))
    from contactvault.gui.dialogs.carddav_dialog import CarddavDialog
    from contactvault.services import devices as device_service

    device_service.set_carddav(
        window.ctx, "Werkstatt-Handy",
        "https://cloud.koenig.example/remote.php/dav/addressbooks/users/buero/werkstatt/",
        "buero", check=False)
    carddav = CarddavDialog(window.ctx, "Werkstatt-Handy", window)
    grab(carddav, name("11_whatsapp_phone_carddav"))
    carddav.reject()
    # a phone that publishes: its removals tab says what the server removes
    window.devices_view.reload()
    window.devices_view.tabs.setCurrentIndex(2)
    grab(window, name("11_whatsapp_phone_publishes"))
    # a phone whose book is on this PC's server: whether it fetched the latest publish
    from datetime import timedelta

    from contactvault.carddav import server as local_server

    phone = device_service.get_device(window.ctx, "Werkstatt-Handy")
    device_service.set_carddav(
        window.ctx, "Werkstatt-Handy",
        f"https://127.0.0.1:5232/{local_server.phone_login(phone.id)}/contacts/",
        local_server.APP_LOGIN, check=False)
    fetch_log = local_server.FetchLog(local_server.LocalServer(
        local_server.default_folder()).fetch_file)
    noon = window.ctx.now().replace(hour=12, minute=0, second=0)
    fetch_log.changed(phone.id, noon - timedelta(days=1))
    fetch_log.fetched(phone.id, fetch_log.changes(phone.id), noon - timedelta(hours=20))
    fetch_log.changed(phone.id, noon - timedelta(hours=2))  # published since: not fetched
    window.devices_view.reload()
    grab(window, name("11_whatsapp_phone_fetched"))
    local_server.LocalServer(local_server.default_folder()).fetch_file.unlink()
    device_service.clear_carddav(window.ctx, "Werkstatt-Handy")
    window.tabs.setCurrentWidget(window.contacts_view)

    # import wizard: files page, result page
    data = REPO / "tests" / "gui" / "data" / "kunden.vcf"
    wizard = ImportWizard(window.ctx, [str(data)], window)
    grab(wizard, name("12_import_files"))
    done = []
    wizard.imported.connect(lambda r: done.append(r))
    wizard.next()
    for _ in range(500):
        app.processEvents()
        if done and wizard.currentPage() is wizard.result_page:
            break
        import time

        time.sleep(0.01)
    grab(wizard, name("13_import_result"))
    wizard.button(QWizard.WizardButton.FinishButton).click()

    # import wizard: the columns of a customer list whose number column has an odd name
    table = work / f"kundenliste-{language}.csv"
    table.write_bytes(("Firma;Ansprechpartner;Erreichbar unter;Bemerkung\r\n"
                       "Bäckerei Schmidt;Anna Schmidt;0171 1000001;Stammkundin\r\n"
                       "Weiß & Söhne;Jörg Weiß;040 555 0199;\r\n"
                       "Müller KG;Peter Müller;(0711) 12;Rückruf erbeten, nur vormittags "
                       "erreichbar\r\n").encode("cp1252"))
    columns = ImportWizard(window.ctx, [str(table)], window)
    columns.show()
    columns.next()
    grab(columns, name("12b_import_columns"))
    combo = columns.columns_page.combos[2]
    combo.setCurrentIndex(combo.findData("phone"))
    grab(columns, name("12c_import_columns_mapped"))
    columns.next()
    wait_for(lambda: columns.currentPage() is columns.result_page)
    grab(columns, name("13b_import_result_issues"))
    columns.button(QWizard.WizardButton.FinishButton).click()

    # export wizard: device, review, write, done
    export = ExportWizard(window.ctx, window)
    grab(export, name("14_export_device"))
    export.next()  # the plan is worked out on a worker
    grab(export, name("14_export_device_planning"), settle=False)
    wait_for(lambda: export.currentPage() is export.review_page)
    grab(export, name("15_export_review"))
    export.review_page.tabs.setCurrentIndex(1)
    grab(export, name("16_export_review_excluded"))
    export.next()
    export.write_page.path_edit.setText(str(work / f"whatsapp-{language}.vcf"))
    grab(export, name("17_export_write"))
    export.next()
    grab(export, name("18_export_done"))
    export.reject()

    render_procedure(window.ctx, language, name, work)
    # the phone's view with its procedure in progress: the state and "save the protocol"
    window.tabs.setCurrentWidget(window.devices_view)
    window.devices_view.reload()
    listed = window.devices_view.device_list
    listed.setCurrentItem(listed.findItems("Baustellen-Handy", Qt.MatchFlag.MatchExactly)[0])
    window.devices_view.tabs.setCurrentIndex(0)
    grab(window, name("11a_whatsapp_phone_procedure"))

    # the data-protection page, once a customer on the phone revoked (the list goes red)
    from contactvault.services import consent

    consent.record_event(window.ctx, "0160 5551234", "revoked", channel="phone",
                         evidence="Anruf: bitte keine WhatsApp mehr")
    loaded = []
    window.statuses_loaded.connect(lambda: loaded.append(True))
    window.loader.load_statuses()  # the table shows the revocation too
    wait_for(lambda: loaded)
    window.tabs.setCurrentWidget(window.dpo_view)
    window.dpo_view.load_now(window.ctx)
    grab(window, name("11b_data_protection"))
    window.dpo_view.open_problem("unlawful_on_phone")
    grab(window, name("11c_data_protection_list"))
    window.contacts_view.show_only(None)
    window.lock()
    window.close()
    QApplication.processEvents()


def render_consent_flow(window, ids, language: str, name, work: Path) -> None:
    """The consent dialog with a file attached, the notice's "was it sent?" question and
    an event's evidence files."""
    from contactvault.consent import notices
    from contactvault.gui.dialogs.consent_dialog import ConsentDialog
    from contactvault.gui.dialogs.evidence_dialog import EvidenceDialog
    from contactvault.gui.dialogs.sent_dialog import SentDialog
    from contactvault.services import consent
    from contactvault.services.evidence import Attachment

    ctx = window.ctx
    dialog = ConsentDialog(ctx, "+491719876543", ids["Özlem Yılmaz"].id, "Özlem Yılmaz",
                           parent=window)
    dialog.add_attachment(Attachment("Einwilligung Yilmaz.pdf", b"%PDF-1.4 " * 2000))
    dialog.ui.evidence_edit.setPlainText("Formular unterschrieben, Ordner 3")
    grab(dialog, name("07a_record_consent_with_file"))
    dialog.reject()

    rendered = consent.render_notice(ctx, language)
    sent = SentDialog(window.consent_actions.tr("Information notice"),
                      window.consent_actions.tr(
                          "The information notice for %1 (%2) is on the clipboard. Paste it "
                          "into the WhatsApp chat and send it.\n\nWas it sent?")
                      .replace("%1", "Özlem Yılmaz").replace("%2", "+49 171 9876543"),
                      rendered.text, window.consent_actions.tr("%1, tag %2")
                      .replace("%1", notices.version_words(rendered.version))
                      .replace("%2", rendered.tag), lambda: None, ctx.now(), window)
    grab(sent, name("07b_notice_was_it_sent"))
    sent.reject()

    granted = next(e for e in consent.history(ctx, "+4915123456789") if e.kind == "granted")
    files = EvidenceDialog(ctx, granted, window)
    grab(files, name("07c_evidence_files"))
    files.reject()
    notice = next(e for e in consent.history(ctx, "+4915123456789")
                  if e.kind == "notice_sent")
    files = EvidenceDialog(ctx, notice, window)
    grab(files, name("07d_evidence_notice_text"))
    files.reject()
    render_chat_consent(window, ids, language, name, work)


def render_chat_consent(window, ids, language: str, name, work: Path) -> None:
    """"Consent from a WhatsApp chat": an invented chat with Anna Schmidt, who wrote
    first, got the notice and answered with its phrase; the contact still to confirm."""
    from contactvault.gui.dialogs.chat_consent_dialog import ChatConsentDialog
    from contactvault.services import consent

    text = consent.render_notice(window.ctx, language).text
    if language == "de":
        lines = ("29.11.26, 14:05 - Anna Schmidt: Guten Tag, haben Sie nächste Woche Zeit "
                 "für die Heizung?", f"29.11.26, 14:07 - Sanitär König KG: {text}",
                 "29.11.26, 14:20 - Anna Schmidt: Ja, ich will via Whats-App mit Ihnen "
                 "kommunizieren <Diese Nachricht wurde bearbeitet>",
                 "29.11.26, 14:31 - Anna Schmidt: Muss ich wirklich \u201eWiderruf\u201c "
                 "schreiben, wenn ich es mir anders überlege?")
    else:
        lines = ("11/29/26, 2:05\u202fPM - Anna Schmidt: Hello, do you have time for the "
                 "heating next week?", f"11/29/26, 2:07\u202fPM - Sanitär König KG: {text}",
                 "11/29/26, 2:20\u202fPM - Anna Schmidt: Yes, I want to communicate with you "
                 "via WhatsApp <This message was edited>",
                 "11/29/26, 2:31\u202fPM - Anna Schmidt: Do I really write \u201cSTOP\u201d "
                 "if I change my mind?")
    chat = work / f"WhatsApp Chat {language} Anna Schmidt.txt"
    chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = ChatConsentDialog(window.ctx, chat, ids["Anna Schmidt"].id, window)
    dialog.resize(1000, 640)
    grab(dialog, name("07e_chat_consent"))
    dialog.reject()


def wait_for(condition, seconds: float = 30) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the GUI")
        QApplication.processEvents()
        time.sleep(0.01)


def render_procedure(ctx, language: str, name, work: Path) -> None:
    """Every page of the procedure wizard, walked for real on the demo vault: a new
    phone profile, the demo address book imported, the transfer while it runs and after."""
    from PySide6.QtWidgets import QWizard

    from contactvault.gui.ask import ask
    from contactvault.gui.procedure.wizard import ProcedureWizard
    from contactvault.procedure.steps import Route, StartingPoint

    wizard = ProcedureWizard(ctx, lang=language)
    wizard.resize(820, 760)
    profile = wizard.currentPage()
    profile.ui.name_edit.setText("Baustellen-Handy")
    profile.ui.owner_edit.setText("Anna König")
    profile.ui.number_edit.setText("0151 7654321")
    profile.start_buttons[StartingPoint.HAS_CONTACTS].setChecked(True)
    profile.route_buttons[Route.DEDICATED].setChecked(True)
    grab(wizard, name("procedure_1_profile"))
    wizard.next()
    wizard.currentPage().ui.done_box.setChecked(True)
    grab(wizard, name("procedure_2_export_phone"))
    wizard.next()
    page = wizard.currentPage()
    ask.preset("open_files", [str(REPO / "tests" / "gui" / "data" / "kunden.vcf")])
    page.choose_files()
    page.ui.count_spin.setValue(4)
    page.ui.import_button.click()
    wait_for(lambda: not wizard.busy)
    grab(wizard, name("procedure_3_import"))
    wizard.next()
    grab(wizard, name("procedure_4_classify"))
    ask.preset("confirm", True)  # one demo contact stays unclassified
    wizard.next()
    page = wizard.currentPage()
    page.ui.contacts_box.setChecked(True)
    page.ui.cloud_box.setChecked(True)
    grab(wizard, name("procedure_5_clear"))
    wizard.next()
    wizard.currentPage().ui.installed_box.setChecked(True)
    grab(wizard, name("procedure_6_install"))
    wizard.next()
    page = wizard.currentPage()
    ask.preset("save_file", str(work / f"baustellen-handy-{language}.vcf"))
    page.ui.export_button.click()
    grab(wizard, name("procedure_7_transfer_running"), settle=False)
    wait_for(lambda: not wizard.busy)
    grab(wizard, name("procedure_7_transfer"))
    wizard.next()
    wizard.currentPage().ui.after_count_spin.setValue(2)
    grab(wizard, name("procedure_8_done"))
    # a consent revoked before the end is confirmed: the page refuses to finish
    from contactvault.services import consent, exporting

    held = exporting.on_phone(ctx, "Baustellen-Handy")
    if held:
        consent.record_event(ctx, held[0].e164, "revoked")
        wizard.currentPage().initializePage()
        wizard.currentPage().ui.on_phone_box.setChecked(True)
        grab(wizard, name("procedure_8_done_removals_open"))
    wizard.button(QWizard.WizardButton.CancelButton).click()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--languages", default="de,en")
    parser.add_argument("--only", default="", help="comma-separated name prefixes")
    args = parser.parse_args()
    ONLY[:] = args.only.split(",")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cv-shots-") as tmp:
        os.environ["HOME"] = tmp  # the export page suggests ~/Documents: keep it neutral
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        for language in args.languages.split(","):
            render(language, args.out, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
