"""The phone's CardDAV dialog against a real Radicale: settings checked with the server
and stored (the password in no vault table), the changes shown, published, a wrong
password said inline; and the phones page opens it."""

from __future__ import annotations

from contactvault.carddav.client import CardDavClient
from contactvault.services import consent, devices, exporting
from tests.carddav.conftest import (  # noqa: F401 - the fixtures
    OFFICE_PASSWORD,
    _shared_radicale,
    radicale,
)
from tests.carddav.radicale_server import OFFICE
from tests.core.consent_helpers import fill_company, insert_person, two_consented_customers

DEVICE = "Werkstatt"


def shop(ctx):
    two_consented_customers(ctx)
    devices.add_device(ctx, DEVICE)


def idle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)


def test_settings_changes_and_publish(app, qtbot, ctx, radicale):  # noqa: F811
    from contactvault.gui.dialogs.carddav_dialog import CarddavDialog

    shop(ctx)
    dialog = CarddavDialog(ctx, DEVICE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.publish_button.isEnabled()  # no address book yet
    ui = dialog.ui
    ui.url_edit.setText(radicale.book_url("anna"))
    ui.user_edit.setText(OFFICE)
    ui.password_edit.setText("wrong")
    ui.remember_check.setChecked(False)
    ui.save_button.click()
    idle(qtbot, dialog)
    assert "refused the login office" in ui.message_label.text()
    assert not devices.get_device(ctx, DEVICE).publishes

    ui.password_edit.setText(OFFICE_PASSWORD)
    ui.save_button.click()
    idle(qtbot, dialog)
    assert ui.message_label.text() == "Saved: the server accepted the login."
    assert devices.get_device(ctx, DEVICE).carddav_url == radicale.book_url("anna")
    assert ui.publish_button.isEnabled()

    ui.password_edit.setText(OFFICE_PASSWORD)  # not kept: typed again
    ui.plan_button.click()
    idle(qtbot, dialog)
    rows = [[ui.changes_tree.topLevelItem(i).text(c) for c in range(3)]
            for i in range(ui.changes_tree.topLevelItemCount())]
    assert sorted(rows) == [["new", "Anna Adler", "+49 171 1000001"],
                            ["new", "Bert Berg", "+49 171 1000002"]]
    assert radicale.card_files("anna") == []  # showing changes changes nothing

    ui.publish_button.click()
    idle(qtbot, dialog)
    assert ui.message_label.text().startswith("Published: new 2, changed 0, deleted 0")
    with CardDavClient(radicale.book_url("anna"), OFFICE, OFFICE_PASSWORD) as client:
        assert len(client.list()) == 2
    assert {i.e164 for i in exporting.on_phone(ctx, DEVICE)} == {"+491711000001",
                                                               "+491711000002"}
    radicale.stop()
    ui.plan_button.click()
    idle(qtbot, dialog)
    assert ui.message_label.text().startswith("Cannot reach the CardDAV server")


def test_phones_page_opens_the_dialog(app, qtbot, window):
    from contactvault.gui.ask import ask
    from tests.gui.test_daily_flow import create_vault

    create_vault(qtbot, window)
    devices.add_device(window.ctx, DEVICE)
    window.tabs.setCurrentWidget(window.devices_view)
    window.devices_view.reload()
    window.devices_view.device_list.setCurrentRow(0)
    seen = []
    ask.preset("dialog", lambda dialog: seen.append(dialog.windowTitle()))
    window.devices_view.carddav_button.click()
    assert seen == [f"CardDAV address book of {DEVICE}"]


def test_revocation_publishes_at_once(app, qtbot, ctx, radicale, monkeypatch):  # noqa: F811
    from contactvault.gui.publish_at_once import publish_at_once
    from contactvault.services import publishing

    shop(ctx)
    devices.set_carddav(ctx, DEVICE, radicale.book_url("anna"), OFFICE,
                        password=OFFICE_PASSWORD)
    publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    assert publish_at_once(ctx, lambda *_: None) is None  # nothing must go: nothing started
    consent.record_event(ctx, "0171 1000002", "revoked")
    reports = []
    monkeypatch.setenv("CONTACTVAULT_CARDDAV_PASSWORD", OFFICE_PASSWORD)
    assert publish_at_once(ctx, lambda text, kind: reports.append((text, kind))) is not None
    qtbot.waitUntil(lambda: bool(reports), timeout=20000)
    assert reports == [(f"Published to {DEVICE} at once: removed from the server, the phone "
                        "syncs itself.", "success")]
    with CardDavClient(radicale.book_url("anna"), OFFICE, OFFICE_PASSWORD) as client:
        assert len(client.list()) == 1
    assert exporting.removals(ctx, DEVICE) == []
    from contactvault.gui.dialogs.carddav_dialog import CarddavDialog

    dialog = CarddavDialog(ctx, DEVICE)
    qtbot.addWidget(dialog)
    tree = dialog.ui.removed_tree
    assert tree.topLevelItemCount() == 1
    row = [tree.topLevelItem(0).text(c) for c in range(3)]
    assert row[:2] == ["Bert Berg", "+49 171 1000002"]
    assert row[2].startswith("removed from the server on ") and row[2].endswith(
        ", the phone syncs itself")
    assert dialog.ui.tabs.tabText(1) == "Removed from the server (1)"


def test_a_revocation_from_a_chat_publishes_at_once(
        app, qtbot, ctx, radicale, tmp_path, monkeypatch):  # noqa: F811
    """The chat dialog records a revocation as the contact pane does: the phone's card is
    deleted on the server at once, and the dialog says so after the recorded line."""
    from contactvault.gui.dialogs.chat_consent_dialog import ChatConsentDialog
    from contactvault.services import publishing

    fill_company(ctx)
    with ctx.vault.transaction() as conn:
        insert_person(conn, "Anna Adler", ["0171 1000001"])
        insert_person(conn, "Bert Berg", ["0171 1000002"])
    for number in ("0171 1000001", "0171 1000002"):  # before the chat's revocation
        consent.record_event(ctx, number, "granted", with_notice=True,
                             occurred_at="2026-12-01T09:00:00+00:00")
    devices.add_device(ctx, DEVICE)
    devices.set_carddav(ctx, DEVICE, radicale.book_url("anna"), OFFICE,
                        password=OFFICE_PASSWORD)
    publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    monkeypatch.setenv("CONTACTVAULT_CARDDAV_PASSWORD", OFFICE_PASSWORD)
    chat = tmp_path / "WhatsApp Chat with +49 171 1000002.txt"
    chat.write_text("04.12.26, 09:00 - Malerbetrieb Kunz: Ihr Termin ist am Montag.\n"
                    "05.12.26, 10:00 - +49 171 1000002: Widerruf der Einwilligung, ich "
                    "möchte nicht über WhatsApp kommunizieren\n", encoding="utf-8")
    dialog = ChatConsentDialog(ctx, chat)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.scan()
    assert dialog.apply_button.isEnabled(), dialog.ui.message_label.text()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "at once" in dialog.ui.message_label.text(), timeout=20000)
    assert dialog.ui.message_label.text().startswith("Recorded: 1 event.")
    with CardDavClient(radicale.book_url("anna"), OFFICE, OFFICE_PASSWORD) as client:
        assert len(client.list()) == 1  # only Anna's card is left
    assert exporting.removals(ctx, DEVICE) == []


def test_phones_page_shows_what_the_server_removed(app, qtbot, window, radicale):  # noqa: F811
    """A phone that publishes: a revoked number the publish took off the server is not an
    open removal on the phones page; it is listed as removed from the server (the CardDAV
    dialog's wording), with what is left by hand: the chat. In German too."""
    from contactvault.gui import i18n
    from contactvault.gui.widgets.devices_view import DevicesView
    from contactvault.services import publishing
    from tests.gui.test_daily_flow import create_vault
    from tests.gui.test_german_everywhere import texts_of, untranslated

    create_vault(qtbot, window)
    ctx = window.ctx
    shop(ctx)
    devices.set_carddav(ctx, DEVICE, radicale.book_url("anna"), OFFICE,
                        password=OFFICE_PASSWORD)
    publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    consent.record_event(ctx, "0171 1000002", "revoked")
    view = window.devices_view
    view.reload()
    assert view.removals_tree.topLevelItemCount() == 1  # not yet published: still open
    assert view.server_tree.topLevelItemCount() == 0
    assert not view.server_label.isHidden()  # the phone publishes: the section is there

    publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    view.reload()
    assert view.removals_tree.topLevelItemCount() == 0
    assert view.tabs.tabText(2) == "Open removals (0)"
    assert not view.confirm_button.isEnabled()
    row = [view.server_tree.topLevelItem(0).text(c) for c in range(3)]
    (removed,) = publishing.server_removals(ctx, DEVICE)
    assert row == ["Bert Berg", "+49 171 1000002", publishing.server_removal_text(removed)]
    assert row[2].startswith("removed from the server on ")
    assert row[2].endswith(", the phone syncs itself")
    assert view.server_label.text() == (
        "Removed from the CardDAV server (1); on the phone, delete a chat with the number "
        "by hand if there is one:")
    assert "1 number removed from the server" in view.summary_label.text()

    def page():
        built = DevicesView(window)
        built.reload()
        built.tabs.setCurrentIndex(2)
        return built

    shown = {}
    for language in ("en", "de"):
        i18n.install(app, language)
        try:
            built = page()
            qtbot.addWidget(built)
            built.show()
            shown[language] = texts_of(built)
            german_row = [built.server_tree.topLevelItem(0).text(c) for c in range(3)]
            german_label = built.server_label.text()
        finally:
            i18n.install(app, "en")
    assert untranslated(shown["en"], shown["de"]) == []
    assert german_row[2].startswith("vom Server entfernt am ")
    assert german_row[2].endswith(", das Telefon gleicht sich selbst ab")
    assert german_label.startswith("Vom CardDAV-Server entfernt (1); löschen Sie auf dem "
                                   "Telefon von Hand einen Chat")
