"""Checking the audit trail from the desktop, in German: intact with its head, against a
head printed earlier, and a record changed behind the program's back."""

from __future__ import annotations

from contactvault.gui import i18n
from contactvault.gui.ask import ask
from contactvault.gui.dialogs.audit_dialog import AuditDialog
from contactvault.services import audit_ops, consent, contacts, vaults
from tests.core.consent_helpers import fill_company
from tests.gui.conftest import PASSPHRASE


def _checked(qtbot, dialog, expect: str = "") -> str:
    dialog.ui.expect_edit.setText(expect)
    dialog.ui.check_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.ui.check_button.isEnabled(),
                    timeout=15000)
    return dialog.ui.message_label.text()


def test_audit_dialog_in_german(qtbot, app, window):
    vault = vaults.create_vault(window.vault_path, PASSPHRASE)
    window.on_unlocked(vault)
    ctx = window.ctx
    contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"])
    fill_company(ctx)  # the notice handed over with the grant is complete
    event = consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    printed = str(audit_ops.head(ctx))
    i18n.install(app, "de")
    try:
        dialog = AuditDialog(ctx, window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "Prüfprotokoll prüfen"
        assert dialog.ui.head_edit.text() == printed
        assert "unversehrt: 5 Einträge geprüft" in _checked(qtbot, dialog)  # with the settings
        assert "früher ausgedruckten Stand" in _checked(qtbot, dialog, printed[:20])
        assert "neu geschrieben" in _checked(qtbot, dialog, printed.split(":")[0] + ":" + "0" * 64)
        assert "mindestens" in _checked(qtbot, dialog, "kaputt")  # malformed, said in German

        trigger = vault.conn.execute("SELECT sql FROM sqlite_master WHERE name = "
                                     "'consent_events_append_only_update'").fetchone()[0]
        vault.conn.execute("DROP TRIGGER consent_events_append_only_update")
        vault.conn.execute("UPDATE consent_events SET kind = 'revoked' WHERE id = ?",
                           (event.id,))
        vault.conn.execute(trigger)
        vault.conn.execute("INSERT INTO settings(key, value) VALUES ('policy.mode', "
                           "'\"strict\"')")
        text = _checked(qtbot, dialog)
        assert "BESCHÄDIGT" in text and f"Einwilligungsereignis {event.id}" in text
        assert "\n– Einstellung policy.mode hat keinen Eintrag" in text  # every problem
        dialog.copy_head()
        assert app.clipboard().text() == printed
    finally:
        i18n.install(app, "en")


def test_the_main_window_offers_the_check_only_when_unlocked(qtbot, window):
    assert not window.audit_action.isEnabled()
    vault = vaults.create_vault(window.vault_path, PASSPHRASE)
    window.on_unlocked(vault)
    assert window.audit_action.isEnabled()
    seen = []
    ask.preset("dialog", lambda dialog: seen.append(dialog.ui.head_edit.text()))
    window.audit_action.trigger()
    assert seen == [str(audit_ops.head(window.ctx))]
