"""The consent dialog and the notice flow in German, on a real vault: copying the notice
records nothing; only the answer "sent" (with its time) does. Modal answers go through
the ``ask`` seam."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from contactvault import clock
from contactvault.context import Context
from contactvault.gui.ask import ask
from contactvault.services import consent, contacts, evidence, preferences, vaults
from tests.core.consent_helpers import COMPANY
from tests.gui.conftest import PASSPHRASE, type_text

NUMBER = "+4915123456789"
COMPANY_SETTINGS = {**COMPANY, "policy.implied_max_days": 14}


@pytest.fixture
def german(app):
    from contactvault.gui import i18n

    i18n.install(app, "de")
    yield
    i18n.install(app, "en")


def open_contact(qtbot, window, *, company: bool = True):
    vault = vaults.create_vault(window.vault_path, PASSPHRASE)
    ctx = Context(vault)
    if company:
        preferences.save_settings(ctx, COMPANY_SETTINGS)
    contact = contacts.add_contact(ctx, formatted_name="Jürgen Müller",
                                   numbers=["0151 23456789"], category="customer")
    window.on_unlocked(vault)
    detail = window.contacts_view.detail
    window.contacts_view.select_contact(contact.id)
    qtbot.waitUntil(lambda: detail.contact is not None)
    assert detail.current_e164() == NUMBER
    QGuiApplication.clipboard().clear()
    return window.ctx, detail


def at(days_ago: int, hour: int, minute: int) -> QDateTime:
    """A time a few days back (the dialogs take no time in the future)."""
    return QDateTime(QDate.currentDate().addDays(-days_ago), QTime(hour, minute))


def local_iso(moment: QDateTime) -> str:
    d, t = moment.date(), moment.time()
    return clock.to_iso(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone())


def german_time(moment: QDateTime) -> str:
    return moment.toString("dd.MM.yyyy HH:mm")


def test_copying_the_notice_asks_and_sent_records_it(qtbot, german, window):
    ctx, detail = open_contact(qtbot, window)
    seen = {}
    when = at(2, 9, 41)

    def answer(dialog):
        seen["title"] = dialog.windowTitle()
        seen["question"] = dialog.ui.question_label.text()
        seen["shown"] = dialog.ui.text_view.toPlainText()
        seen["clipboard"] = QGuiApplication.clipboard().text()
        seen["yes"] = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Yes).text()
        seen["version"] = dialog.ui.version_label.text()
        assert consent.history(ctx, NUMBER) == []  # copied, not yet recorded
        dialog.ui.sent_at_edit.setDateTime(when)
        dialog.press_sent()

    ask.preset("dialog", answer)
    detail.notice_button.click()

    assert seen["title"] == "Datenschutzhinweis"
    assert "Wurde er gesendet?" in seen["question"] and "Jürgen Müller" in seen["question"]
    assert seen["yes"] == "Gesendet – erfassen"
    assert seen["version"] == "Datenschutzhinweis, Standard, Fassung 2 (deutsch), Kürzel CV-N2-de"
    assert seen["shown"] == seen["clipboard"]
    assert "Wir betrachten diese als Einwilligung" in seen["shown"]
    assert "innerhalb von 14 Tagen" in seen["shown"] and "[CV-N2-de]" in seen["shown"]
    (event,) = consent.history(ctx, NUMBER)
    assert event.kind == "notice_sent" and event.occurred_at == local_iso(when)
    (message,) = consent.messages(ctx, NUMBER)
    assert message.text == seen["shown"] and message.event_id == event.id
    assert detail.message_label.text().startswith("Erfasst: Der Datenschutzhinweis (CV-N2-de)")
    assert german_time(when) in detail.message_label.text()
    child = detail.numbers_tree.topLevelItem(0).child(0)
    assert child.text(0) == german_time(when)
    assert child.text(1) == "Datenschutzhinweis gesendet"
    # the version in words, not its id
    assert "Datenschutzhinweis, Standard, Fassung 2 (deutsch)" in child.text(2)
    assert "notice/de/standard/2" not in child.text(2)


def test_not_sent_records_nothing(qtbot, german, window):
    ctx, detail = open_contact(qtbot, window)
    ask.preset("dialog", lambda dialog: dialog.press_not_sent())
    detail.notice_button.click()
    assert consent.history(ctx, NUMBER) == []
    assert consent.messages(ctx, NUMBER) == []
    assert "[CV-N2-de]" in QGuiApplication.clipboard().text()  # copied all the same
    assert detail.message_label.text().startswith("Nichts erfasst")
    assert detail.numbers_tree.topLevelItem(0).childCount() == 0


def test_copy_again_puts_the_same_text_back(qtbot, german, window):
    ctx, detail = open_contact(qtbot, window)

    def answer(dialog):
        QGuiApplication.clipboard().clear()
        dialog.ui.copy_button.click()
        assert QGuiApplication.clipboard().text() == dialog.ui.text_view.toPlainText()
        dialog.press_not_sent()

    ask.preset("dialog", answer)
    detail.notice_button.click()
    assert consent.history(ctx, NUMBER) == []


def test_incomplete_notice_asks_for_the_details_in_a_form(qtbot, german, window):
    """No settings key: the company form opens with the missing details in words;
    closing it copies and records nothing, filling it in lets the notice go out."""
    ctx, detail = open_contact(qtbot, window, company=False)
    seen = {}

    def close(dialog):
        seen["title"] = dialog.windowTitle()
        seen["intro"] = dialog.ui.intro_label.text()
        dialog.reject()

    ask.preset("dialog", close)
    detail.notice_button.click()
    assert seen["title"] == "Ihr Betrieb"
    assert "Datenschutzhinweis" in seen["intro"] and "Firmenname" in seen["intro"]
    assert "company.name" not in seen["intro"] and "dpo." not in seen["intro"]
    assert QGuiApplication.clipboard().text() == ""
    assert consent.history(ctx, NUMBER) == []

    def fill(dialog):
        dialog.ui.name_edit.setText("Sanitär Müller GmbH")
        dialog.ui.address_edit.setText("Hauptstraße 1, 68159 Mannheim")
        dialog.ui.contact_edit.setText("0621 123456")
        dialog.ui.privacy_url_edit.setText("https://mueller.example/datenschutz")
        dialog.ui.no_dpo_box.setChecked(True)  # a small business without an officer
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    ask.preset("dialog", fill)
    ask.preset("dialog", lambda dialog: dialog.press_sent())
    detail.notice_button.click()
    text = QGuiApplication.clipboard().text()
    assert "Sanitär Müller GmbH" in text and "Datenschutzbeauftragte" not in text
    assert [e.kind for e in consent.history(ctx, NUMBER)] == ["notice_sent"]


def test_consent_dialog_attaches_files_and_takes_the_minute(qtbot, german, window, tmp_path):
    ctx, detail = open_contact(qtbot, window)
    shot = tmp_path / "Chat Müller.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    form = tmp_path / "Einwilligung.pdf"
    form.write_bytes(b"%PDF-1.4 signed\n")
    seen = {}
    when = at(3, 17, 3)

    def fill(dialog):
        seen["title"] = dialog.windowTitle()
        seen["format"] = dialog.ui.occurred_edit.displayFormat()
        ask.preset("open_files", [str(shot), str(form)])
        dialog.ui.attach_button.click()
        assert dialog.ui.files_list.count() == 2
        dialog.ui.files_list.setCurrentRow(1)
        dialog.ui.remove_file_button.click()  # the form was the wrong file
        seen["files"] = [dialog.ui.files_list.item(i).text()
                         for i in range(dialog.ui.files_list.count())]
        dialog.ui.occurred_edit.setDateTime(when)
        type_text(qtbot, dialog.ui.evidence_edit, "„Ja“ per WhatsApp")
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    ask.preset("dialog", fill)
    detail.consent_button.click()

    assert seen["title"] == "Einwilligung erfassen"
    assert "HH:mm" in seen["format"] and "yyyy" in seen["format"]
    assert seen["files"] == ["Chat Müller.png  (2,0 KB)"]
    (event,) = consent.history(ctx, NUMBER)
    assert event.kind == "granted" and event.occurred_at == local_iso(when)
    assert event.evidence == "„Ja“ per WhatsApp"
    (stored,) = evidence.files_for(ctx, f"event:{event.id}")
    assert stored.file_name == "Chat Müller.png" and stored.size == shot.stat().st_size
    assert stored.sha256 == hashlib.sha256(shot.read_bytes()).hexdigest()
    child = detail.numbers_tree.topLevelItem(0).child(0)
    assert child.text(0) == german_time(when)
    assert "1 Datei angehängt" in child.text(2)
    assert "Chat Müller.png" in child.toolTip(2) and stored.sha256[:16] in child.toolTip(2)


def test_a_file_that_cannot_be_read_is_said_inline(qtbot, german, window, tmp_path):
    ctx, detail = open_contact(qtbot, window)
    seen = {}

    def fill(dialog):
        ask.preset("open_files", [str(tmp_path / "weg.png")])
        dialog.ui.attach_button.click()
        seen["message"] = dialog.ui.message_label.text()
        seen["count"] = dialog.ui.files_list.count()
        dialog.reject()

    ask.preset("dialog", fill)
    detail.consent_button.click()
    assert seen["count"] == 0 and "weg.png" in seen["message"]
    assert "lässt sich nicht lesen" in seen["message"]  # German
    assert consent.history(ctx, NUMBER) == []


def test_revocation_confirmation_is_recorded_only_when_sent(qtbot, german, window):
    ctx, detail = open_contact(qtbot, window)
    revoked_at, sent_at = at(4, 8, 0), at(4, 8, 30)

    def revoke(dialog):
        dialog.ui.occurred_edit.setDateTime(revoked_at)
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    seen = {}

    def sent(dialog):
        seen["shown"] = dialog.ui.text_view.toPlainText()
        dialog.ui.sent_at_edit.setDateTime(sent_at)
        dialog.press_sent()

    ask.preset("dialog", revoke)
    ask.preset("confirm", True)
    ask.preset("dialog", sent)
    detail.revoke_button.click()

    (revoked,) = consent.history(ctx, NUMBER)
    assert revoked.kind == "revoked"
    assert "Widerrufs vom " + revoked_at.toString("dd.MM.yyyy") in seen["shown"]
    (message,) = consent.messages(ctx, NUMBER)
    assert message.kind == "revocation_confirmation" and message.text == seen["shown"]
    assert message.event_id == revoked.id and message.sent_at == local_iso(sent_at)
    assert german_time(sent_at) in detail.message_label.text()


def test_revocation_confirmation_not_sent_is_not_recorded(qtbot, german, window):
    ctx, detail = open_contact(qtbot, window)
    ask.preset("dialog", lambda d: d.ui.button_box.button(
        QDialogButtonBox.StandardButton.Ok).click())
    ask.preset("confirm", True)
    ask.preset("dialog", lambda d: d.press_not_sent())
    detail.revoke_button.click()
    assert [e.kind for e in consent.history(ctx, NUMBER)] == ["revoked"]
    assert consent.messages(ctx, NUMBER) == []


def test_evidence_of_an_event_attach_later_and_save_one(qtbot, german, window, tmp_path):
    ctx, detail = open_contact(qtbot, window)
    event = consent.record_event(ctx, NUMBER, "granted", channel="paper")
    detail.show_contact(detail.contact.id)
    number_row = detail.numbers_tree.topLevelItem(0)
    detail.numbers_tree.setCurrentItem(number_row)
    assert not detail.evidence_button.isEnabled()  # a number, not an event
    detail.numbers_tree.setCurrentItem(number_row.child(0))
    assert detail.evidence_button.isEnabled()
    assert detail.evidence_button.text() == "Nach&weise…"

    scan = tmp_path / "Einwilligung Müller.pdf"
    scan.write_bytes(b"%PDF-1.4 unterschrieben " + bytes(range(256)) * 6)
    out = tmp_path / "Kopie.pdf"
    seen = {}

    def use(dialog):
        seen["title"] = dialog.windowTitle()
        seen["event"] = dialog.ui.event_label.text()
        seen["empty"] = dialog.ui.message_label.text()
        seen["text_shown"] = dialog.ui.sent_text_view.isVisibleTo(dialog)
        assert not dialog.ui.save_button.isEnabled()
        ask.preset("open_files", [str(scan)])
        dialog.ui.attach_button.click()
        seen["attached"] = dialog.ui.message_label.text()
        row = dialog.ui.files_tree.topLevelItem(0)
        seen["row"] = [row.text(i) for i in range(4)]
        ask.preset("save_file", str(out))
        dialog.ui.save_button.click()
        seen["saved"] = dialog.ui.message_label.text()
        ask.preset("save_file", str(out))
        dialog.ui.save_button.click()  # again: the copy exists now
        seen["again"] = dialog.ui.message_label.text()
        dialog.ui.button_box.rejected.emit()

    ask.preset("dialog", use)
    detail.evidence_button.click()

    assert seen["title"] == "Nachweise"
    assert not seen["text_shown"]  # a grant carries no text we sent
    assert seen["event"].startswith("Einwilligung erteilt am ") and f"({event.id})" not in \
        seen["event"] and f"Ereignis {event.id}" in seen["event"]
    assert seen["empty"] == "Zu diesem Ereignis sind noch keine Dateien verwahrt."
    assert seen["attached"] == "1 Datei mit diesem Ereignis im Tresor verwahrt."
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert seen["row"][0] == "Einwilligung Müller.pdf" and seen["row"][1] == "1,5 KB"
    assert seen["row"][3] == digest
    assert seen["saved"].startswith("Geschrieben: ") and "nicht verschlüsselt" in seen["saved"]
    assert out.read_bytes() == scan.read_bytes()
    assert "nicht überschrieben" in seen["again"]
    (stored,) = evidence.files_for(ctx, f"event:{event.id}")
    assert stored.sha256 == digest
    child = detail.numbers_tree.topLevelItem(0).child(0)
    assert "1 Datei angehängt" in child.text(2)  # the pane shows the file at once


def test_evidence_of_a_notice_shows_the_exact_text_sent(qtbot, german, window):
    ctx, detail = open_contact(qtbot, window)
    event, text = consent.mark_notice_sent(ctx, NUMBER, "de")
    detail.show_contact(detail.contact.id)
    detail.numbers_tree.setCurrentItem(detail.numbers_tree.topLevelItem(0).child(0))
    seen = {}

    def look(dialog):
        seen["visible"] = dialog.ui.sent_text_view.isVisibleTo(dialog)
        seen["text"] = dialog.ui.sent_text_view.toPlainText()
        seen["label"] = dialog.ui.sent_text_label.text()
        dialog.reject()

    ask.preset("dialog", look)
    detail.evidence_button.click()
    assert seen["visible"] and seen["text"] == text and "[CV-N2-de]" in text
    assert seen["label"] == "&Gesendeter Text, wie im Tresor verwahrt:"


def test_consent_with_the_notice_handed_over_asks_for_the_company(qtbot, german, window):
    """The notice handed over with a consent names the business: with the details
    missing the form opens from the consent dialog, and the consent is recorded after."""
    ctx, detail = open_contact(qtbot, window, company=False)
    seen = {}

    def company_form(dialog):
        seen["intro"] = dialog.ui.intro_label.text()
        dialog.ui.name_edit.setText("Sanitär Müller GmbH")
        dialog.ui.address_edit.setText("Hauptstraße 1, 68159 Mannheim")
        dialog.ui.contact_edit.setText("0621 123456")
        dialog.ui.privacy_url_edit.setText("https://mueller.example/datenschutz")
        dialog.ui.dpo_name_edit.setText("Dr. Dora Datenschutz")
        dialog.ui.dpo_contact_edit.setText("dsb@mueller.example")
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    def consent_form(dialog):
        dialog.ui.with_notice_check.setChecked(True)
        ask.preset("dialog", company_form)
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["accepted"] = dialog.result() == dialog.DialogCode.Accepted

    ask.preset("dialog", consent_form)
    detail.consent_button.click()
    assert "Für den Datenschutzhinweis fehlen noch diese Angaben: Firmenname" in seen["intro"]
    assert seen["accepted"]
    (event,) = consent.history(ctx, NUMBER)
    assert event.kind == "granted" and event.with_notice
