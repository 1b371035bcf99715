"""The phones page says whether a phone fetched its address book from this PC's server
(what ``serve`` noted, read from its folder), that nothing is known for a phone on
another CardDAV server, and nothing for a phone with file exports only. In German and
English."""

from __future__ import annotations

from datetime import timedelta

from contactvault import timefmt
from contactvault.carddav import server as local
from contactvault.services import devices
from tests.gui.conftest import unlocked_window

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Adler\r\nTEL:0171 1000001\r\nEND:VCARD\r\n"


def _choose(view, name: str) -> None:
    for row in range(view.device_list.count()):
        if view.device_list.item(row).text() == name:
            view.device_list.setCurrentRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def test_phones_page_says_whether_the_phone_fetched(app, qtbot, tmp_path):
    from contactvault.gui import i18n
    from contactvault.gui.widgets.devices_view import DevicesView

    def prepare(ctx):
        for name in ("Werkstatt", "Extern", "Datei"):
            devices.add_device(ctx, name)
        werkstatt = devices.get_device(ctx, "Werkstatt")
        devices.set_carddav(ctx, "Werkstatt", "https://127.0.0.1:5232"
                            f"/{local.phone_login(werkstatt.id)}/contacts/", local.APP_LOGIN,
                            check=False)
        devices.set_carddav(ctx, "Extern", "https://dav.example.org/a/", "x", check=False)

    window = unlocked_window(qtbot, tmp_path, CARD, prepare)
    try:
        ctx = window.ctx
        werkstatt = devices.get_device(ctx, "Werkstatt").id
        log = local.FetchLog(local.LocalServer(local.default_folder()).fetch_file)
        published = ctx.now() - timedelta(days=1)
        fetched = published + timedelta(hours=2)
        again = fetched + timedelta(hours=20)
        log.changed(werkstatt, published)
        log.fetched(werkstatt, log.changes(werkstatt), fetched)
        log.changed(werkstatt, again)  # published again, not fetched since

        shown = {}
        for language in ("en", "de"):
            i18n.install(app, language)
            try:
                view = DevicesView(window)
                qtbot.addWidget(view)
                view.show()
                view.reload()
                texts = {}
                for name in ("Werkstatt", "Extern", "Datei"):
                    _choose(view, name)
                    texts[name] = (view.fetch_label.text(), view.fetch_label.isVisible())
                shown[language] = texts
            finally:
                i18n.install(app, "en")
        german, english = shown["de"], shown["en"]
        assert german["Werkstatt"] == (
            f"Zuletzt abgeholt: {timefmt.format_time(fetched, 'de')} (älterer Stand: das "
            f"Telefon hat die Veröffentlichung vom {timefmt.format_time(again, 'de')} noch "
            "nicht abgeholt)", True)
        assert english["Werkstatt"] == (
            f"Last fetched: {timefmt.format_time(fetched, 'en')} (older state: the phone has "
            f"not yet fetched the publish of {timefmt.format_time(again, 'en')})", True)
        assert german["Extern"] == (
            "Ob das Telefon sein Adressbuch abgeholt hat, ist nicht bekannt: es liegt auf "
            "einem anderen CardDAV-Server, der das nicht mitteilt.", True)
        assert english["Extern"][0].startswith("Whether the phone fetched its address book "
                                               "is not known")
        assert german["Datei"] == ("", False) and english["Datei"] == ("", False)

        # the phone syncs while the page is shown: it says so at once (the current
        # state); a phone never fetched says so
        i18n.install(app, "de")
        try:
            view = DevicesView(window)
            qtbot.addWidget(view)
            view.show()
            view.reload()
            _choose(view, "Werkstatt")
            assert "älterer Stand" in view.fetch_label.text()
            log.fetched(werkstatt, log.changes(werkstatt), again + timedelta(minutes=5))
            qtbot.waitUntil(lambda: view.fetch_label.text() == (
                f"Zuletzt abgeholt: {timefmt.format_time(again + timedelta(minutes=5), 'de')}"
                " (aktueller Stand)"), timeout=10000)
            local.LocalServer(local.default_folder()).fetch_file.unlink()
            _choose(view, "Datei")
            _choose(view, "Werkstatt")
            assert view.fetch_label.text() == (
                "Noch nie abgeholt: das Telefon hat sein Adressbuch auf dem Server dieses "
                "PCs noch nicht gelesen.")
        finally:
            i18n.install(app, "en")
    finally:
        window.vault.lock()
