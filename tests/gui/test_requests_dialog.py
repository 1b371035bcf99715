"""The data-subject requests dialog (contactvault/gui/dialogs/requests_dialog.py) and the
import wizard's question about erased people, driven in German on a real vault."""

from __future__ import annotations

import json

import pytest

from contactvault.context import Context
from contactvault.gui.ask import ask
from contactvault.services import consent, contacts, devices, exporting, requests
from tests.gui.conftest import type_text, unlocked_window

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Müller\r\nN:Müller;Jürgen;;;\r\n"
        "TEL;TYPE=CELL:0151 23456789\r\nEMAIL:juergen@example.org\r\nEND:VCARD\r\n")


@pytest.fixture
def shop(german, qtbot, tmp_path):
    """The main window, unlocked, with Jürgen imported, consented and on a phone."""
    def consented_on_a_phone(ctx):
        consent.record_event(ctx, "0151 23456789", "granted", with_notice=True)
        devices.add_device(ctx, "Werkstatt")
        exporting.export(ctx, "Werkstatt", tmp_path / "w.vcf")

    window = unlocked_window(qtbot, tmp_path, CARD, consented_on_a_phone)
    card = tmp_path / "kunden.vcf"  # the file unlocked_window imported
    contact_id = contacts.list_contacts(window.ctx)[0].id
    window.contacts_view.select_contact(contact_id)
    qtbot.waitUntil(lambda: window.contacts_view.detail.contact is not None)
    yield window, contact_id, card
    if window.vault is not None:
        window.vault.lock()


def _with_dialog(window, act):
    """Open the dialog from the detail pane's button and let ``act`` work in it."""
    done = {}

    def fill(dialog):
        done["dialog"] = dialog
        act(dialog)

    ask.preset("dialog", fill)
    window.contacts_view.detail.requests_button.click()
    return done["dialog"]


def test_the_dialog_is_german_and_restricts_and_lifts(shop, qtbot):
    window, contact_id, _card = shop
    assert window.contacts_view.detail.requests_button.text() == "&Datenschutz…"

    def act(dialog):
        assert dialog.windowTitle() == "Betroffenenrechte – Jürgen Müller"
        assert dialog.restrict_button.text() == "Verarbeitung &einschränken"
        dialog.restrict_button.click()
        assert "eingeschränkt seit" in dialog.restrict_label.text()
        assert "Löschliste" in dialog.message_label.text()

    _with_dialog(window, act)
    assert requests.restricted_since(window.ctx, contact_id)
    # the pane follows: the number is refused, the reason in German
    top = window.contacts_view.detail.numbers_tree.topLevelItem(0)
    assert "Art. 18" in top.text(2)
    assert [r.reason for r in exporting.removals(window.ctx, "Werkstatt")] == ["restricted"]
    _with_dialog(window, lambda d: d.restrict_button.click())
    assert requests.restricted_since(window.ctx, contact_id) == ""


def test_correct_a_number_and_object(shop, qtbot):
    window, contact_id, _card = shop

    def act(dialog):
        type_text(qtbot, dialog.new_number_edit, "0151 23456780")
        type_text(qtbot, dialog.note_edit, "Zahlendreher")
        dialog.correct_button.click()
        assert "Berichtigt" in dialog.message_label.text() or \
            "berichtigt" in dialog.message_label.text()
        type_text(qtbot, dialog.evidence_edit, "am Telefon")
        dialog.object_button.click()
        assert "Widerspruch" in dialog.message_label.text()

    _with_dialog(window, act)
    numbers = [p.e164 for p in contacts.get_contact(window.ctx, contact_id).phones]
    assert numbers == ["+4915123456780"]
    assert requests.corrections(window.ctx, contact_id)[0].note == "Zahlendreher"
    kinds = [e.kind for e in consent.history(window.ctx, "+4915123456780")]
    assert kinds == ["objected"]


def test_save_information_as_json(shop, qtbot, tmp_path):
    window, contact_id, _card = shop
    target = tmp_path / "auskunft.json"
    ask.preset("save_file", str(target))
    _with_dialog(window, lambda d: d.access_button.click())
    report = json.loads(target.read_text(encoding="utf-8"))
    assert report["person"]["emails"][0]["value"] == "juergen@example.org"
    assert report["language"] == "de" and "kann nicht zurückgeholt" in \
        report["whatsapp"]["text"]


def test_erase_asks_then_erases_and_the_import_asks_again(shop, qtbot):
    window, contact_id, card = shop
    ask.preset("confirm", True)

    def act(dialog):
        dialog.erase_button.click()

    _with_dialog(window, act)
    asked = [s for s in ask.shown if s[0] == "confirm"][-1]
    assert asked[1] == "Person löschen" and "Jürgen Müller" in asked[2]
    told = [s for s in ask.shown if s[0] == "inform"][-1]
    assert "Werkstatt" in told[2] and "+49 1512 3456789" in told[2]
    assert contacts.list_contacts(window.ctx) == []
    qtbot.waitUntil(lambda: window.contacts_view.model.rowCount() == 0)
    # the phones page shows the open removal without name or number
    removals = exporting.removals(window.ctx, "Werkstatt")
    assert [r.shown_name_text() for r in removals] == ["(gelöschte Person, Löschung 1)"]

    # importing the same card: the wizard asks; "no" keeps the person out
    from contactvault.gui.wizards.import_wizard import ImportWizard

    ask.preset("confirm", False)
    wizard = ImportWizard(window.ctx, [str(card)], window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # "Import"
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20000)
    asked = [s for s in ask.shown if s[0] == "confirm"][-1]
    assert asked[1] == "Gelöschte Personen" and "Jürgen Müller" in asked[2]
    assert wizard.report.erased == 1 and wizard.report.imported == 0
    # "yes" imports it
    ask.preset("confirm", True)
    again = ImportWizard(window.ctx, [str(card)], window)
    qtbot.addWidget(again)
    again.show()
    again.next()
    qtbot.waitUntil(lambda: again.report is not None, timeout=20000)
    assert again.report.imported == 1 and again.report.erased == 1
    assert [c.display_name() for c in contacts.list_contacts(window.ctx)] == ["Jürgen Müller"]


def test_retention_erasure_from_the_menu(shop, qtbot, monkeypatch):
    window, contact_id, _card = shop
    assert window.retention_action.text() == "Kontakte nach Ablauf der &Aufbewahrungsfrist löschen…"
    ask.preset("inform", None)
    window.retention_action.trigger()
    assert ask.shown[-1][2] == "Kein Kontakt hat die Aufbewahrungsfrist überschritten."
    from datetime import timedelta

    moment = window.ctx.now() + timedelta(days=3 * 400)
    later = Context(window.ctx.vault, clock=lambda: moment)
    monkeypatch.setattr(window, "ctx", later)
    model = window.contacts_view.model
    model.set_filter("müller")  # a filtered table is read again on a worker
    assert model.rowCount() == 1
    ask.preset("confirm", True)
    window.retention_action.trigger()
    assert "Jürgen Müller" in [s for s in ask.shown if s[0] == "confirm"][-1][2]
    assert model.rowCount() == 0  # left the table at once, not when the worker is done
    assert contacts.list_contacts(later) == []
    assert requests.erasures(later)[0].reason == "retention"


def test_a_new_contact_with_an_erased_number_is_asked_about(shop, qtbot):
    """Typed in again after the erasure: "no" adds nothing, "yes" adds the person."""
    from contactvault.gui.dialogs.contact_edit_dialog import ContactEditDialog

    window, contact_id, _card = shop
    requests.erase(window.ctx, contact_id)

    def typed(answer: bool) -> ContactEditDialog:
        ask.preset("confirm", answer)
        dialog = ContactEditDialog(window.ctx, None, window)
        qtbot.addWidget(dialog)
        dialog.ui.formatted_edit.setText("Jürgen Müller")
        dialog.ui.numbers_edit.setPlainText("0151 23456789")
        dialog.save()
        return dialog

    refused = typed(False)
    asked = [s for s in ask.shown if s[0] == "confirm"][-1]
    assert asked[1] == "Früher gelöschte Person"
    assert "+49 1512 3456789" in asked[2] and "auf ihren Antrag gelöscht" in asked[2]
    assert refused.result_contact is None and contacts.list_contacts(window.ctx) == []
    added = typed(True)
    assert added.result_contact is not None
    assert [c.display_name() for c in contacts.list_contacts(window.ctx)] == ["Jürgen Müller"]
