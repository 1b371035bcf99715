"""The dialog "Aus WhatsApp-Chat übernehmen…" (gui/dialogs/chat_consent_dialog.py), driven
in German from the main window's menu on a real vault: proposals with checkboxes, the
partner confirmed before anything is recorded, a doubtful proposal unticked, recording
the ticked ones, and a second run that adds nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from contactvault.gui.ask import ask
from contactvault.services import consent, contacts
from tests.gui.conftest import type_text, unlocked_window

IMPLIED = "schlüssige Einwilligung (durch Verhalten; Kunde schrieb zuerst)"
CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nTEL;TYPE=CELL:0171 1000001\r\n"
        "END:VCARD\r\n")


@pytest.fixture
def office(german, qtbot, tmp_path):
    window = unlocked_window(qtbot, tmp_path, CARD)
    yield window
    if window.vault is not None:
        window.vault.lock()


def consent_chat(ctx, tmp_path, answer: str, name: str = "Anna Schmidt"):
    notice = consent.render_notice(ctx, "de").text
    path = tmp_path / f"WhatsApp Chat mit {name}.txt"
    path.write_text(f"29.11.26, 14:05 - {name}: Guten Tag, ist der Termin noch frei?\n"
                    f"29.11.26, 14:07 - Malerbetrieb Kunz: {notice}\n"
                    f"29.11.26, 14:20 - {name}: {answer}\n", encoding="utf-8")
    return path


def open_dialog(window, path, act):
    done = {}

    def fill(dialog):
        done["dialog"] = dialog
        act(dialog)

    ask.preset("open_file", str(path))
    ask.preset("dialog", fill)
    window.chat_action.trigger()
    return done["dialog"]


def rows(dialog) -> list[tuple[str, bool, bool]]:
    tree = dialog.ui.proposals_tree
    return [(tree.topLevelItem(i).text(0),
             tree.topLevelItem(i).checkState(0) == Qt.CheckState.Checked,
             bool(tree.topLevelItem(i).flags() & Qt.ItemFlag.ItemIsEnabled))
            for i in range(tree.topLevelItemCount())]


def test_record_a_chat_by_confirming_the_contact(office, qtbot, tmp_path):
    window = office
    assert window.chat_action.text() == "Aus &WhatsApp-Chat übernehmen…"
    path = consent_chat(window.ctx, tmp_path, "Ja, ich will via Whats-App mit Ihnen "
                                              "kommunizieren <Diese Nachricht wurde bearbeitet>")
    anna = contacts.list_contacts(window.ctx)[0].id

    def act(dialog):
        assert dialog.windowTitle() == "Einwilligung aus einem WhatsApp-Chat"
        assert rows(dialog) == [
            (IMPLIED, True, True),
            ("Datenschutzhinweis gesendet", True, True),
            ("Einwilligung erteilt", True, True)]
        assert dialog.ui.business_combo.currentText() == "Malerbetrieb Kunz"
        assert "nur mit dem gespeicherten Namen „Anna Schmidt“" in dialog.ui.partner_label.text()
        # a name alone records nothing: the contact must be confirmed first
        assert not dialog.apply_button.isEnabled()
        combo = dialog.ui.contact_combo
        combo.setCurrentIndex(combo.findData(f"{anna} +491711000001"))
        assert dialog.apply_button.isEnabled()
        assert dialog.apply_button.text() == "Angekreuzte Ereignisse &erfassen"
        dialog.apply_button.click()
        assert "Erfasst: 3 Ereignisse." in dialog.ui.message_label.text()
        assert all(not enabled for _t, _c, enabled in rows(dialog))
        assert rows(dialog)[2][0].startswith("Einwilligung erteilt – erfasst (Ereignis ")

    open_dialog(window, path, act)
    history = consent.history(window.ctx, "+491711000001")
    assert [e.kind for e in history] == ["implied", "notice_sent", "granted"]
    assert window.contacts_view.detail.contact.id == anna

    def again(dialog):  # the same file a second time: everything shown as recorded
        assert all(text.count("erfasst (Ereignis") == 1 for text, _c, _e in rows(dialog))
        assert not dialog.apply_button.isEnabled()

    open_dialog(window, path, again)
    assert len(consent.history(window.ctx, "+491711000001")) == 3


def test_a_doubtful_proposal_starts_unticked_and_a_new_number(office, qtbot, tmp_path):
    window = office
    path = tmp_path / "WhatsApp Chat mit Bernd Bauer.txt"
    path.write_text("29.11.26, 14:05 - \u202a+49 171 2000002\u202c: Hallo, Herr Kunz?\n"
                    "29.11.26, 14:07 - Malerbetrieb Kunz: Ja, bitte?\n"
                    "29.11.26, 14:09 - \u202a+49 171 2000002\u202c: Was heißt Widerruf?\n",
                    encoding="utf-8")

    def act(dialog):
        assert [(t, c) for t, c, _e in rows(dialog)] == [
            (IMPLIED, True),
            ("Einwilligung widerrufen", False)]
        why = dialog.ui.proposals_tree.topLevelItem(1).text(3)
        assert "Prüfen: Die Nachricht ist eine Frage" in why
        assert "\u26a0 Der Chat enthält keinen Datenschutzhinweis" in dialog.ui.flags_label.text()
        assert "+49 171 2000002" in dialog.ui.partner_label.text()
        assert not dialog.apply_button.isEnabled()  # not in the vault: add it first
        assert "„Bernd Bauer“" in dialog.ui.add_contact_check.text()
        dialog.ui.add_contact_check.setChecked(True)
        dialog.apply_button.click()
        assert "+49 171 2000002 wurde als neuer Kontakt angelegt." in \
            dialog.ui.message_label.text()

    open_dialog(window, path, act)
    assert [e.kind for e in consent.history(window.ctx, "+491712000002")] == ["implied"]
    [bernd] = [c for c in contacts.list_contacts(window.ctx) if c.formatted_name == "Bernd Bauer"]
    assert bernd.category == "customer"


def test_unclear_business_and_another_number(office, qtbot, tmp_path):
    window = office
    path = tmp_path / "chat.txt"
    path.write_text("29.11.26, 14:05 - Anna: Hallo\n29.11.26, 14:07 - Kunz: Hallo\n",
                    encoding="utf-8")

    def act(dialog):
        assert "welcher Absender der Betrieb ist" in dialog.ui.message_label.text()
        assert not dialog.apply_button.isEnabled()
        combo = dialog.ui.business_combo
        combo.setCurrentIndex(combo.findData("Kunz"))
        assert [t for t, _c, _e in rows(dialog)] == [
            IMPLIED]
        assert "Kein Kontakt im Tresor heißt genau so." in dialog.ui.partner_label.text()
        contact = dialog.ui.contact_combo
        contact.setCurrentIndex(contact.findData("other"))
        type_text(qtbot, dialog.ui.number_edit, "0171 1000001")
        assert dialog.apply_button.isEnabled()
        dialog.apply_button.click()

    open_dialog(window, path, act)
    assert [e.kind for e in consent.history(window.ctx, "+491711000001")] == ["implied"]


def test_from_the_contact_with_a_short_name_and_an_open_date_order(office, qtbot, tmp_path):
    """Opened from the contact's pane: the contact is offered (still to confirm) even
    though the chat's name ("Anna") is not exactly the contact's; a chat whose dates
    cannot tell day from month asks first."""
    window = office
    anna = contacts.list_contacts(window.ctx)[0].id
    window.contacts_view.select_contact(anna)
    qtbot.waitUntil(lambda: window.contacts_view.detail.contact is not None)
    detail = window.contacts_view.detail
    assert detail.chat_button.text() == "Aus W&hatsApp-Chat…"
    path = tmp_path / "WhatsApp Chat mit Anna.txt"
    path.write_text("03.12.26, 09:15 - Anna: Guten Morgen\n"
                    "04.12.26, 10:00 - Malerbetrieb Kunz: Guten Morgen\n", encoding="utf-8")

    def act(dialog):
        assert dialog.ui.order_combo.isVisible()
        assert "ob Tag oder Monat vorne steht" in dialog.ui.message_label.text()
        assert dialog.ui.order_combo.currentText() == "Tag vorne (29.11.26)"
        dialog.ui.order_combo.setCurrentIndex(1)  # month first: 12 March
        dialog.ui.order_combo.setCurrentIndex(0)  # day first: 3 December
        assert [t for t, _c, _e in rows(dialog)] == [IMPLIED]
        assert dialog.ui.proposals_tree.topLevelItem(0).text(1) == "03.12.2026 09:15"
        combo = dialog.ui.contact_combo
        assert combo.findData(f"{anna} +491711000001") > 0
        assert not dialog.apply_button.isEnabled()
        combo.setCurrentIndex(combo.findData(f"{anna} +491711000001"))
        dialog.apply_button.click()

    done = {}

    def fill(dialog):
        done["dialog"] = dialog
        act(dialog)

    ask.preset("open_file", str(path))
    ask.preset("dialog", fill)
    detail.chat_button.click()
    assert "dialog" in done
    [event] = consent.history(window.ctx, "+491711000001")
    assert (event.kind, event.occurred_at) == ("implied", "2026-12-03T08:15:00+00:00")


def test_an_earlier_notice_the_vault_kept_is_read_with_its_phrases(office, qtbot, tmp_path):
    """A chat answering notice version 1, whose wording and phrases the vault kept: the
    dialog proposes it ticked, without a check, with the version in words."""
    from contactvault.consent import notices
    from contactvault.vault import consent as consent_store

    window = office
    old_yes = "Ja, ich möchte über WhatsApp mit Ihnen schreiben"
    new_yes = "Ja, ich will via WhatsApp mit Ihnen kommunizieren"
    body = notices.load(notices.NOTICE, "de").body.replace(new_yes, old_yes)
    with window.ctx.vault.transaction() as conn:
        consent_store.keep_template_text(conn, "notice/de/standard/1", body, (old_yes, ""))
    path = consent_chat(window.ctx, tmp_path, old_yes)
    path.write_text(path.read_text(encoding="utf-8").replace("CV-N2-de", "CV-N1-de")
                    .replace(new_yes, old_yes), encoding="utf-8")

    def act(dialog):
        assert rows(dialog) == [
            (IMPLIED, True, True),
            ("Datenschutzhinweis gesendet", True, True),
            ("Einwilligung erteilt", True, True)]
        why = dialog.ui.proposals_tree.topLevelItem(2).text(3)
        assert "(Datenschutzhinweis, Standard, Fassung 1 (deutsch))" in why
        assert "Prüfen" not in dialog.ui.proposals_tree.topLevelItem(1).text(3)

    open_dialog(window, path, act)


def test_a_chat_of_an_erased_person_asks_before_adding_them_again(office, qtbot, tmp_path):
    from contactvault.services import requests

    window = office
    path = tmp_path / "WhatsApp Chat mit Bernd Bauer.txt"
    path.write_text("29.11.26, 14:05 - \u202a+49 171 2000002\u202c: Hallo, Herr Kunz?\n"
                    "29.11.26, 14:07 - Malerbetrieb Kunz: Ja, bitte?\n", encoding="utf-8")
    bernd = contacts.add_contact(window.ctx, formatted_name="Bernd Bauer",
                                 numbers=["0171 2000002"], category="customer")
    requests.erase(window.ctx, bernd.id)

    def act(answer: bool):
        def fill(dialog):
            dialog.ui.add_contact_check.setChecked(True)
            assert dialog.apply_button.isEnabled()
            ask.preset("confirm", answer)
            dialog.apply_button.click()
        return fill

    open_dialog(window, path, act(False))
    asked = [s for s in ask.shown if s[0] == "confirm"][-1]
    assert asked[1] == "Früher gelöschte Person" and "+49 171 2000002" in asked[2]
    assert contacts.list_contacts(window.ctx, "Bernd") == []  # and so no events either
    open_dialog(window, path, act(True))
    assert [e.kind for e in consent.history(window.ctx, "+491712000002")] == ["implied"]
    assert [c.formatted_name for c in contacts.list_contacts(window.ctx, "Bernd")] == [
        "Bernd Bauer"]
