"""The consent workflows of the detail pane (contactvault/gui/consent_actions.py) on a
real vault, the dialog answered through the ``ask`` seam."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from contactvault.context import Context
from contactvault.gui.ask import ask
from contactvault.services import consent, contacts, preferences, vaults
from tests.core.consent_helpers import COMPANY
from tests.gui.conftest import PASSPHRASE, type_text

NUMBER = "+4915123456789"


def open_contact(qtbot, window):
    vault = vaults.create_vault(window.vault_path, PASSPHRASE)
    preferences.save_settings(Context(vault), COMPANY)
    contact = contacts.add_contact(Context(vault), formatted_name="Jürgen Müller",
                                   numbers=["0151 23456789"], category="customer")
    window.on_unlocked(vault)
    detail = window.contacts_view.detail
    window.contacts_view.select_contact(contact.id)
    qtbot.waitUntil(lambda: detail.contact is not None)
    assert detail.current_e164() == NUMBER
    return vault, detail


def press_ok(qtbot, evidence: str = "", kind: str = ""):
    def fill(dialog):
        if kind:
            dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData(kind))
        if evidence:
            type_text(qtbot, dialog.ui.evidence_edit, evidence)
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    return fill


def test_grant_through_the_dialog_is_in_the_vault_and_the_pane(qtbot, window):
    vault, detail = open_contact(qtbot, window)
    ask.preset("dialog", press_ok(qtbot, "Ja per WhatsApp"))
    detail.consent_button.click()

    events = consent.history(window.ctx, NUMBER)
    assert [(e.kind, e.basis, e.evidence) for e in events] == \
        [("granted", "consent", "Ja per WhatsApp")]
    top = detail.numbers_tree.topLevelItem(0)
    assert top.childCount() == 1 and "Ja per WhatsApp" in top.child(0).text(2)
    # a grant with no notice before it is recorded, and does not count
    assert top.text(1) == "consent without notice"
    # ... and the pane says why, in the words of the policy
    assert detail.message_label.text().startswith(
        "Recorded, but the number may not go onto a WhatsApp phone: consent given on ")
    assert "without the information notice" in detail.message_label.text()


def test_grant_with_the_notice_handed_over_counts(qtbot, window):
    vault, detail = open_contact(qtbot, window)

    def fill(dialog):
        assert dialog.ui.with_notice_check.isEnabled() and dialog.ui.purpose_combo.isEnabled()
        dialog.ui.with_notice_check.setChecked(True)
        purposes = dialog.ui.purpose_combo
        purposes.setCurrentIndex(purposes.findData("advertising"))
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    ask.preset("dialog", fill)
    detail.consent_button.click()
    [event] = consent.history(window.ctx, NUMBER)
    assert (event.kind, event.with_notice, event.purpose) == ("granted", True, "advertising")
    assert detail.numbers_tree.topLevelItem(0).text(1) == "allowed"
    assert detail.message_label.text() == "Recorded."


def test_another_legal_basis_has_no_purpose_or_notice_and_is_not_called_consent(qtbot,
                                                                                 window):
    vault, detail = open_contact(qtbot, window)
    seen = {}

    def fill(dialog):
        dialog.ui.with_notice_check.setChecked(True)
        basis = dialog.ui.basis_combo
        basis.setCurrentIndex(basis.findData("legitimate_interest"))
        seen["notice"] = dialog.ui.with_notice_check.isEnabled()
        seen["purpose"] = dialog.ui.purpose_combo.isEnabled()
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    ask.preset("dialog", fill)
    detail.consent_button.click()
    assert seen == {"notice": False, "purpose": False}
    [event] = consent.history(window.ctx, NUMBER)
    assert (event.basis, event.with_notice, event.purpose) == \
        ("legitimate_interest", False, "service")
    assert "legitimate interest (GDPR Art. 6(1)(f))" in detail.message_label.text()
    assert "not enough under the current settings" in detail.message_label.text()


def test_consent_dialog_in_german(qtbot, window, app):
    from contactvault.gui import i18n

    vault, detail = open_contact(qtbot, window)
    texts = {}

    def fill(dialog):
        texts["notice"] = dialog.ui.with_notice_check.text()
        texts["purpose"] = dialog.ui.purpose_label.text()
        texts["purposes"] = [dialog.ui.purpose_combo.itemText(i)
                             for i in range(dialog.ui.purpose_combo.count())]
        texts["kinds"] = [dialog.ui.kind_combo.itemText(i)
                          for i in range(dialog.ui.kind_combo.count())]
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    i18n.install(app, "de")
    try:
        ask.preset("dialog", fill)
        detail.consent_button.click()
        message = detail.message_label.text()
    finally:
        i18n.install(app, "en")
    assert texts["notice"].replace("&", "").startswith("Der Datenschutzhinweis wurde mit der")
    assert texts["purpose"].replace("&", "") == "Zweck:"
    assert texts["purposes"] == ["Service-Kommunikation", "Werbung"]
    assert "schlüssige Einwilligung (durch Verhalten; Kunde schrieb zuerst)" in texts["kinds"]
    assert not any("stillschweigend" in t for t in texts["kinds"])
    assert message.startswith("Erfasst, aber die Nummer darf nicht auf ein WhatsApp-Telefon")


def test_cancelled_dialog_records_nothing(qtbot, window):
    vault, detail = open_contact(qtbot, window)
    ask.preset("dialog", lambda dialog: dialog.reject())
    detail.consent_button.click()
    assert consent.history(window.ctx, NUMBER) == []
    assert detail.numbers_tree.topLevelItem(0).childCount() == 0


def test_revocation_offers_the_confirmation_text(qtbot, window):
    vault, detail = open_contact(qtbot, window)
    ask.preset("dialog", press_ok(qtbot))
    detail.consent_button.click()
    ask.preset("dialog", press_ok(qtbot, "Anruf"))
    ask.preset("confirm", True)
    ask.preset("dialog", lambda sent_dialog: sent_dialog.press_sent())
    detail.revoke_button.click()

    assert [e.kind for e in consent.history(window.ctx, NUMBER)] == ["granted", "revoked"]
    assert ask.shown[-1][:2] == ("confirm", "Revocation recorded")
    assert "Copy a confirmation text" in ask.shown[-1][2]
    assert [m.kind for m in consent.messages(window.ctx, NUMBER)] == ["revocation_confirmation"]
    assert QGuiApplication.clipboard().text() == \
        consent.revocation_confirmation(window.ctx, NUMBER, "de")
    assert detail.numbers_tree.topLevelItem(0).text(1) == "revoked"
    assert "the confirmation was sent on" in detail.message_label.text()


def test_revocation_without_confirmation_copies_nothing(qtbot, window):
    vault, detail = open_contact(qtbot, window)
    QGuiApplication.clipboard().clear()
    ask.preset("dialog", press_ok(qtbot, kind="revoked"))
    ask.preset("confirm", False)
    detail.consent_button.click()
    assert [e.kind for e in consent.history(window.ctx, NUMBER)] == ["revoked"]
    assert consent.messages(window.ctx, NUMBER) == []
    assert QGuiApplication.clipboard().text() == ""
    assert detail.message_label.text() == "Revocation recorded."
